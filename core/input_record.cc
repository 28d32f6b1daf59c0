#include "core/input_record.h"

#include "core/byte_search.h"
#include "core/encoding.h"
#include "core/json.h"

namespace wenshu {

Status ValidateText(std::string_view text, bool known_utf8) {
  if (std::optional<size_t> bad =
          known_utf8 ? std::nullopt : FirstInvalidUtf8(text)) {
    return Status::InvalidInput("text is not valid UTF-8 at byte " +
                                std::to_string(*bad));
  }
  for (size_t i = FindControlByte(text, 0, /*quote_or_backslash=*/false);
       i != std::string_view::npos;
       i = FindControlByte(text, i + 1, /*quote_or_backslash=*/false)) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c != '\t' && c != '\n' && c != '\r') {
      return Status::InvalidInput(
          std::string(c == 0 ? "text contains a NUL character"
                             : "text contains a control character") +
          " at byte " + std::to_string(i));
    }
  }
  return Status::Ok();
}

namespace {

// meta.court_discretion: {"reason": "...", "approved_by": ["...", ...],
// "approved_on": "2024-03-01"}; reason and approvers required.
Result<CourtDiscretionRecord> ParseCourtDiscretion(const JsonObject& meta) {
  Result<JsonObject> object = meta.GetObject("court_discretion");
  if (!object.ok())
    return Status::InvalidInput("meta." + object.status().message());
  CourtDiscretionRecord out;
  for (const std::string& key : object.value().Keys()) {
    if (key == "reason" || key == "approved_on") {
      Result<std::string> v = object.value().GetString(key);
      if (!v.ok()) {
        return Status::InvalidInput("meta.court_discretion." +
                                    v.status().message());
      }
      (key == "reason" ? out.reason : out.approved_on) = v.value();
    } else if (key == "approved_by") {
      Result<std::vector<std::string>> v = object.value().GetStringArray(key);
      if (!v.ok()) {
        return Status::InvalidInput("meta.court_discretion." +
                                    v.status().message());
      }
      out.approved_by = v.value();
    } else {
      return Status::InvalidInput(
          "unknown key meta.court_discretion." + key +
          " (known: reason, approved_by, approved_on)");
    }
  }
  return out;
}

}  // namespace

ParsedLine ParseInputLine(std::string_view line, size_t readable_padding) {
  ParsedLine out;
  size_t first = 0;
  while (first < line.size() &&
         (line[first] == ' ' || line[first] == '\t' || line[first] == '\r'))
    ++first;
  if (first == line.size()) {
    out.record =
        Status::InvalidInput("empty line where a JSON record was expected");
    return out;
  }
  // The parser checks every byte of the line it reads (JsonObject::Parse
  // reads no text that is not valid UTF-8): the line is looked at again only
  // when it is refused, to name the byte.
  Result<JsonObject> parsed = JsonObject::Parse(line, readable_padding);
  if (!parsed.ok()) {
    if (std::optional<size_t> bad = FirstInvalidUtf8(line)) {
      out.record = Status::InvalidInput("line is not valid UTF-8 at byte " +
                                        std::to_string(*bad));
    } else {
      out.record = parsed.status();
    }
    return out;
  }
  const JsonObject& object = parsed.value();
  if (object.TypeOf("id") == JsonType::kString)
    out.id = object.GetString("id").value();
  InputRecord record;
  Result<std::string> id = object.GetString("id");
  if (!id.ok()) {
    out.record = id.status();
    return out;
  }
  record.id = std::move(id).value();
  Result<std::string> text = object.GetString("text");
  if (!text.ok()) {
    out.record = text.status();
    return out;
  }
  record.text = std::move(text).value();  // validated when processed
  record.text_is_utf8 = object.StringsAreWellFormed();
  const JsonType meta_type = object.TypeOf("meta");
  if (meta_type != JsonType::kMissing && meta_type != JsonType::kNull) {
    Result<JsonObject> meta = object.GetObject("meta");
    if (!meta.ok()) {
      out.record = meta.status();
      return out;
    }
    for (const std::string& key : meta.value().Keys()) {
      std::optional<std::string>* field =
          key == "court"           ? &record.meta.court
          : key == "case_number"   ? &record.meta.case_number
          : key == "doc_type"      ? &record.meta.doc_type
          : key == "cause"         ? &record.meta.cause
          : key == "decision_date" ? &record.meta.decision_date
          : key == "effective_date" ? &record.meta.effective_date
          : key == "second_instance_effective_date"
              ? &record.meta.second_instance_effective_date
                                   : nullptr;
      if (field != nullptr) {
        if (meta.value().TypeOf(key) == JsonType::kNull) continue;
        Result<std::string> v = meta.value().GetString(key);
        if (!v.ok()) {
          out.record = Status::InvalidInput("meta." + v.status().message());
          return out;
        }
        *field = std::move(v).value();
      } else if (key == "flags" || key == "case_terms") {
        if (key == "case_terms" && meta.value().TypeOf(key) == JsonType::kNull)
          continue;
        Result<std::vector<std::string>> list =
            meta.value().GetStringArray(key);
        if (!list.ok()) {
          out.record = Status::InvalidInput("meta." + list.status().message());
          return out;
        }
        (key == "flags" ? record.meta.flags : record.meta.case_terms) =
            std::move(list).value();
      } else if (key == "appealed") {
        Result<bool> v = meta.value().GetBool(key);
        if (!v.ok()) {
          out.record = Status::InvalidInput("meta." + v.status().message());
          return out;
        }
        record.meta.appealed = v.value();
      } else if (key == "court_discretion") {
        if (meta.value().TypeOf(key) == JsonType::kNull) continue;
        Result<CourtDiscretionRecord> record_of =
            ParseCourtDiscretion(meta.value());
        if (!record_of.ok()) {
          out.record = record_of.status();
          return out;
        }
        record.meta.court_discretion = std::move(record_of).value();
      } else {
        out.record = Status::InvalidInput(
            "unknown key meta." + key +
            " (known: court, case_number, doc_type, cause, decision_date, "
            "flags, case_terms, court_discretion, effective_date, appealed, "
            "second_instance_effective_date)");
        return out;
      }
    }
  }
  out.record = std::move(record);
  return out;
}

}  // namespace wenshu
