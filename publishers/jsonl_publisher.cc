#include "publishers/jsonl_publisher.h"

#include "core/json.h"

namespace wenshu {
namespace {

void WriteHeader(JsonWriter& w, const DocumentHeader& h) {
  w.Key("header").BeginObject();
  w.Key("court").String(h.court);
  w.Key("doc_type").String(h.doc_type);
  w.Key("case_number");
  if (h.case_number) {
    w.BeginObject()
        .Key("text")
        .String(h.case_number->text)
        .Key("year")
        .Int(h.case_number->year)
        .Key("court_code")
        .String(h.case_number->court_code)
        .Key("type_code")
        .String(h.case_number->type_code)
        .Key("sequence")
        .String(h.case_number->sequence)
        .EndObject();
  } else {
    w.Null();
  }
  w.Key("cause").String(h.cause);
  w.Key("decision_date");
  if (h.decision_date)
    w.String(h.decision_date->Iso());
  else
    w.Null();
  w.Key("zones").BeginArray();
  for (const ZoneSpan& z : h.zones) {
    w.BeginObject()
        .Key("zone")
        .String(ZoneName(z.zone))
        .Key("begin")
        .Int(static_cast<int64_t>(z.begin))
        .Key("end")
        .Int(static_cast<int64_t>(z.end))
        .EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string FormatJsonRecord(const ProcessedDocument& doc, const Policy& policy,
                             bool include_text) {
  // Room for the whole record at once, so that it is never copied while
  // it grows: the text, about 160 bytes per redaction or conflict, and the
  // fields around them (the header, the decision, the policy: 1-2 KB).
  std::string out;
  out.reserve(doc.public_text.size() + 2048 +
              (doc.redactions.size() + doc.kept_conflicts.size()) * 160);
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id");
  if (doc.id)
    w.String(*doc.id);
  else
    w.Null();
  w.Key("status").String(PublicationStatusName(doc.status));
  w.Key("grounds").BeginArray();
  for (const std::string& g : doc.grounds) w.String(g);
  w.EndArray();
  if (doc.status == PublicationStatus::kPublished && include_text) {
    w.Key("text").String(doc.public_text);
  }
  // Rules Art. 6: a withheld document's public stub, except for state
  // secrets, where nothing is shown.
  if (doc.status == PublicationStatus::kWithheld && doc.header &&
      !doc.stub_withheld) {
    w.Key("stub").BeginObject();
    w.Key("case_number");
    if (doc.header->case_number)
      w.String(doc.header->case_number->text);
    else
      w.Null();
    w.Key("court").String(doc.header->court);
    w.Key("decision_date");
    if (doc.header->decision_date)
      w.String(doc.header->decision_date->Iso());
    else
      w.Null();
    w.Key("ground").String(doc.grounds.empty() ? "" : doc.grounds.front());
    w.Key("grounds").BeginArray();
    for (const std::string& g : doc.grounds) w.String(g);
    w.EndArray();
    w.EndObject();
  }
  w.Key("redactions").BeginArray();
  for (const Redaction& r : doc.redactions) {
    w.BeginObject()
        .Key("begin")
        .Int(static_cast<int64_t>(r.begin))
        .Key("end")
        .Int(static_cast<int64_t>(r.end))
        .Key("category")
        .String(CategoryName(r.category))
        .Key("action")
        .String(ActionName(r.action))
        .Key("replacement")
        .String(r.replacement)
        .Key("rule")
        .String(r.rule)
        .EndObject();
  }
  w.EndArray();
  // Spans a kept name outranked (rules Art. 11), only when there are any.
  if (!doc.kept_conflicts.empty()) {
    w.Key("kept_conflicts").BeginArray();
    for (const KeptConflict& c : doc.kept_conflicts) {
      w.BeginObject()
          .Key("begin")
          .Int(static_cast<int64_t>(c.begin))
          .Key("end")
          .Int(static_cast<int64_t>(c.end))
          .Key("category")
          .String(CategoryName(c.category))
          .Key("rule")
          .String(c.rule)
          .Key("kept_begin")
          .Int(static_cast<int64_t>(c.kept_begin))
          .Key("kept_end")
          .Int(static_cast<int64_t>(c.kept_end))
          .EndObject();
    }
    w.EndArray();
  }
  if (doc.status == PublicationStatus::kHeld) {
    w.Key("error").String(doc.error);
    if (doc.line_number > 0)
      w.Key("line").Int(static_cast<int64_t>(doc.line_number));
  }
  if (doc.header) WriteHeader(w, *doc.header);
  w.Key("due_date");
  if (doc.due_date)
    w.String(*doc.due_date);
  else
    w.Null();
  if (!doc.due_note.empty()) w.Key("due_note").String(doc.due_note);
  w.Key("decision").BeginObject();
  w.Key("inferred").Bool(doc.decision_inferred);
  w.Key("signals").BeginArray();
  for (const std::string& s : doc.decision_signals) w.String(s);
  w.EndArray();
  w.Key("cause_inferred").Bool(doc.cause_inferred);
  w.Key("reasons").BeginArray();
  for (const DecisionReason& r : doc.decision_reasons) {
    w.BeginObject()
        .Key("ground")
        .String(r.ground)
        .Key("field")
        .String(r.field)
        .Key("value")
        .String(r.value)
        .EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Key("policy").String(policy.version());
  w.Key("policy_sha256").String(policy.sha256());
  w.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace wenshu
