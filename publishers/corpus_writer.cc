#include "publishers/corpus_writer.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "core/digest.h"
#include "core/hmac.h"
#include "core/json.h"
#include "core/span.h"

namespace wenshu {
namespace {

// ------------------------------------------------------------ the schema

// Type names as the manifest's schema gives them.
constexpr std::string_view kString = "string";
constexpr std::string_view kInteger = "integer";
constexpr std::string_view kBoolean = "boolean";
constexpr std::string_view kStringOrNull = "string or null";
constexpr std::string_view kStringArray = "array of strings";
constexpr std::string_view kIntegerObject = "object of integers";
constexpr std::string_view kObjectArray = "array of objects";

std::string Quoted(std::string_view name) {
  std::string out = "\"";
  out.append(name);
  out += '"';
  return out;
}

// a + b. Built by appending into a reserved string: GCC 12 warns
// (-Wrestrict, a false positive) on a string literal + std::string.
std::string Joined(std::string_view a, std::string_view b) {
  std::string out;
  out.reserve(a.size() + b.size());
  out.append(a);
  out.append(b);
  return out;
}

Status ReadString(const JsonObject& o, std::string_view name,
                  std::string* out) {
  Result<std::string> value = o.GetString(name);
  if (!value.ok()) return value.status();
  *out = std::move(value).value();
  return Status::Ok();
}

Status ReadDate(const JsonObject& o, std::string_view name,
                std::optional<Date>* out) {
  const JsonType type = o.TypeOf(name);
  if (type == JsonType::kNull) {
    out->reset();
    return Status::Ok();
  }
  if (type != JsonType::kString) {
    return Status::InvalidInput(Quoted(name) +
                                " must be a date YYYY-MM-DD or null, not " +
                                std::string(JsonTypeName(type)));
  }
  Result<std::string> text = o.GetString(name);
  if (!text.ok()) return text.status();
  *out = Date::ParseIso(text.value());
  if (!*out) {
    return Status::InvalidInput(Quoted(name) +
                                " must be a real date YYYY-MM-DD");
  }
  return Status::Ok();
}

Status ReadCounts(const JsonObject& o, std::string_view name,
                  std::map<std::string, size_t>* out) {
  Result<JsonObject> counts = o.GetObject(name);
  if (!counts.ok()) return counts.status();
  out->clear();
  for (const std::string& category : counts.value().Keys()) {
    Result<int64_t> n = counts.value().GetInt(category);
    if (!n.ok()) {
      return Status::InvalidInput(Quoted(name) + ": " + n.status().message());
    }
    if (n.value() < 0) {
      return Status::InvalidInput(Quoted(name) + ": " + Quoted(category) +
                                  " must not be negative");
    }
    (*out)[category] = static_cast<size_t>(n.value());
  }
  return Status::Ok();
}

// The fields of one person, in the order a line writes them.
struct PersonField {
  std::string_view name;
  std::string CorpusPerson::*member;
  std::string_view description;
};

constexpr std::array<PersonField, 3> kPersonFields = {{
    {"id", &CorpusPerson::id,
     "The pseudonym identifier: \"p-\" and 16 hex digits, the same for the "
     "same person across documents and releases of the same case family "
     "when the corpus is keyed (manifest keyed_pseudonyms), else \"p1\", "
     "\"p2\" ... within this document only."},
    {"pseudonym", &CorpusPerson::pseudonym,
     "The pseudonym exactly as the public text writes it (张某, 李某某, "
     "Zhang XX)."},
    {"role", &CorpusPerson::role,
     "Why the person was anonymized: victim, minor, family_party, witness "
     "and the other reasons of the redaction policy."},
}};

Status ReadPeople(const JsonObject& o, std::string_view name,
                  std::vector<CorpusPerson>* out) {
  Result<std::vector<JsonObject>> items = o.GetObjectArray(name);
  if (!items.ok()) return items.status();
  out->clear();
  for (size_t i = 0; i < items.value().size(); ++i) {
    const JsonObject& item = items.value()[i];
    const std::string where = Quoted(name) + "[" + std::to_string(i) + "]";
    for (const std::string& key : item.Keys()) {
      if (std::none_of(kPersonFields.begin(), kPersonFields.end(),
                       [&](const PersonField& f) { return f.name == key; })) {
        return Status::InvalidInput(where + ": unknown field " + Quoted(key));
      }
    }
    CorpusPerson person;
    for (const PersonField& f : kPersonFields) {
      Status s = ReadString(item, f.name, &(person.*f.member));
      if (!s.ok()) return Status::InvalidInput(where + ": " + s.message());
    }
    out->push_back(std::move(person));
  }
  return Status::Ok();
}

// One field of a corpus line: its name, JSON type and description (what
// the manifest's schema publishes), how CorpusLine writes it (after its
// key) and how ParseCorpusLine reads it back.
struct LineField {
  std::string_view name;
  std::string_view type;
  std::string_view description;
  void (*write)(const CorpusRecord&, JsonWriter&);
  Status (*read)(const JsonObject&, std::string_view name, CorpusRecord*);
};

// The one table of the line format. The public text comes last so that a
// reader skimming the file sees each document's facts first.
const std::array<LineField, 16> kLineFields = {{
    {"key", kString,
     "The document's permanent key on the public site, from its case number "
     "and document type (\"2023/京0105民初12345/\").",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.key); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->key);
     }},
    {"version", kInteger,
     "The publication version of this public text, 1 for the first; a "
     "corrected or re-redacted text gets the next number.",
     [](const CorpusRecord& r, JsonWriter& w) { w.Int(r.version); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       Result<int64_t> v = o.GetInt(n);
       if (!v.ok()) return v.status();
       if (v.value() < 1) {
         return Status::InvalidInput(Quoted(n) + " must be at least 1");
       }
       r->version = v.value();
       return Status::Ok();
     }},
    {"title", kString,
     "The title the document is published under: parties as published, "
     "cause, instance and document type.",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.title); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->title);
     }},
    {"case_number", kString,
     "The case number as the judgment writes it, or \"\" when it has none.",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.case_number); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->case_number);
     }},
    {"court", kString, "The court that decided, or \"\" when unknown.",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.court); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->court);
     }},
    {"cause", kString, "The cause of action (案由), or \"\" when unknown.",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.cause); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->cause);
     }},
    {"cause_inferred", kBoolean,
     "True when the cause was told from the words of the text rather than "
     "read from the metadata or the header.",
     [](const CorpusRecord& r, JsonWriter& w) { w.Bool(r.cause_inferred); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       Result<bool> v = o.GetBool(n);
       if (!v.ok()) return v.status();
       r->cause_inferred = v.value();
       return Status::Ok();
     }},
    {"doc_type", kString,
     "The document type (民事判决书, 刑事裁定书 ...), or \"\" when unknown.",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.doc_type); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->doc_type);
     }},
    {"decision_date", kStringOrNull,
     "The date of the decision as YYYY-MM-DD, or null when the text gives "
     "none.",
     [](const CorpusRecord& r, JsonWriter& w) {
       if (r.decision_date) {
         w.String(r.decision_date->Iso());
       } else {
         w.Null();
       }
     },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadDate(o, n, &r->decision_date);
     }},
    {"policy_version", kString,
     "The version of the redaction policy the public text was made under.",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.policy_version); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->policy_version);
     }},
    {"input_digest", kString,
     "The SHA-256 of the input record the public text was made from, as the "
     "court's audit log records it.",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.input_digest); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->input_digest);
     }},
    {"text_sha256", kString,
     "The SHA-256 of public_text as UTF-8, in 64 lower-case hex digits.",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.text_sha256); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->text_sha256);
     }},
    {"grounds", kStringArray,
     "Withholding grounds; always empty in the corpus, which holds only "
     "published documents.",
     [](const CorpusRecord& r, JsonWriter& w) {
       w.BeginArray();
       for (const std::string& g : r.grounds) w.String(g);
       w.EndArray();
     },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       Result<std::vector<std::string>> v = o.GetStringArray(n);
       if (!v.ok()) return v.status();
       r->grounds = std::move(v).value();
       return Status::Ok();
     }},
    {"redactions", kIntegerObject,
     "How many values of each category were removed or replaced, by "
     "category name (see the datasheet); a category with none is absent.",
     [](const CorpusRecord& r, JsonWriter& w) {
       w.BeginObject();
       for (const auto& [category, count] : r.redactions) {
         w.Key(category).Int(static_cast<int64_t>(count));
       }
       w.EndObject();
     },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadCounts(o, n, &r->redactions);
     }},
    {"people", kObjectArray,
     "The people the text anonymized, in order of their first anonymization, "
     "each with id, pseudonym and role; never an original name.",
     [](const CorpusRecord& r, JsonWriter& w) {
       w.BeginArray();
       for (const CorpusPerson& p : r.people) {
         w.BeginObject();
         for (const PersonField& f : kPersonFields) {
           w.Key(f.name).String(p.*f.member);
         }
         w.EndObject();
       }
       w.EndArray();
     },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadPeople(o, n, &r->people);
     }},
    {"public_text", kString,
     "The full text as published, with the removed values deleted, masked "
     "or replaced by pseudonyms.",
     [](const CorpusRecord& r, JsonWriter& w) { w.String(r.public_text); },
     [](const JsonObject& o, std::string_view n, CorpusRecord* r) {
       return ReadString(o, n, &r->public_text);
     }},
}};

// The line without its newline; with `field_starts`, where each field's key
// begins (one entry per kLineFields entry).
std::string WriteLine(const CorpusRecord& record,
                      std::vector<size_t>* field_starts) {
  std::string out;
  out.reserve(record.public_text.size() + 512 + record.people.size() * 64);
  JsonWriter w(&out);
  w.BeginObject();
  for (const LineField& field : kLineFields) {
    // The comma before a key belongs to the field before it.
    if (field_starts != nullptr) {
      field_starts->push_back(out.size() + (out.size() > 1 ? 1 : 0));
    }
    w.Key(field.name);
    field.write(record, w);
  }
  w.EndObject();
  return out;
}

Status LineError(std::string message) {
  return Status::InvalidInput("corpus line: " + message);
}

// ------------------------------------------------------------- manifest

// Compact JSON (as JsonWriter writes it) re-indented by two spaces per
// level, a key and its value separated by ": ", empty containers kept as
// {} and []. Strings are copied as they are.
std::string Pretty(std::string_view compact) {
  std::string out;
  out.reserve(compact.size() * 2);
  int depth = 0;
  auto newline = [&] {
    out.push_back('\n');
    out.append(static_cast<size_t>(depth) * 2, ' ');
  };
  for (size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    if (c == '"') {
      const size_t start = i;
      for (++i; i < compact.size() && compact[i] != '"'; ++i) {
        if (compact[i] == '\\') ++i;
      }
      out.append(compact.substr(start, i - start + 1));
      continue;
    }
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      if (i + 1 < compact.size() && compact[i + 1] == close) {
        out.push_back(c);
        out.push_back(close);
        ++i;
        continue;
      }
      out.push_back(c);
      ++depth;
      newline();
    } else if (c == '}' || c == ']') {
      --depth;
      newline();
      out.push_back(c);
    } else if (c == ',') {
      out.push_back(',');
      newline();
    } else if (c == ':') {
      out.append(": ");
    } else {
      out.push_back(c);
    }
  }
  out.push_back('\n');
  return out;
}

void WriteCounts(JsonWriter& w, std::string_view key,
                 const std::map<std::string, size_t>& counts) {
  w.Key(key).BeginObject();
  for (const auto& [name, count] : counts) {
    w.Key(name).Int(static_cast<int64_t>(count));
  }
  w.EndObject();
}

constexpr std::string_view kUnknown = "unknown";

// --------------------------------------------------------------- datasheet

// What each category removes, in words (publication rules §3, §5).
struct CategoryWords {
  Category category;
  std::string_view zh;
  std::string_view en;
};

constexpr std::array<CategoryWords, 13> kCategoryWords = {{
    {Category::kPersonName, "依规则化名的自然人姓名",
     "names of people the rules anonymize, replaced by pseudonyms"},
    {Category::kIdNumber, "身份证号码", "resident identity card numbers"},
    {Category::kTravelDocument, "护照、港澳台通行证号码",
     "passport and travel permit numbers"},
    {Category::kPhone, "电话号码", "mobile and landline numbers"},
    {Category::kEmail, "电子邮箱", "e-mail addresses"},
    {Category::kImAccount, "QQ、微信等账号", "QQ and WeChat accounts"},
    {Category::kBankAccount, "银行卡号、银行账号",
     "bank card and account numbers, of people and of companies"},
    {Category::kAddress, "自然人住址中县、区以下部分",
     "home addresses below the county or district"},
    {Category::kPlate, "车牌号码", "licence plates"},
    {Category::kVehicleId, "车架号、发动机号",
     "vehicle identification and engine numbers"},
    {Category::kPropertyCertificate, "动产、不动产权属证书编号",
     "property and vehicle certificate numbers"},
    {Category::kHealth, "自然人的健康状况",
     "diagnoses and health conditions of natural persons"},
    {Category::kCaseSpecific, "法院为本案列明的信息",
     "terms and passages the court listed for the case (trade secrets, "
     "privacy, investigation measures)"},
}};

// A value fit for one cell of a Markdown table, or one line of a list.
std::string MarkdownCell(std::string_view value) {
  std::string out;
  for (const char c : value) {
    if (c == '|') {
      out.append("\\|");
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out.empty() ? std::string("—") : out;
}

std::string CountList(const std::map<std::string, size_t>& counts,
                      size_t limit) {
  if (counts.empty()) return "—";
  std::string out;
  size_t shown = 0;
  for (const auto& [name, count] : counts) {
    if (shown == limit) {
      out += "; … " + std::to_string(counts.size() - limit) + " more / 另有 " +
             std::to_string(counts.size() - limit) + " 项 (manifest.json)";
      break;
    }
    if (shown > 0) out += "; ";
    out += MarkdownCell(name) + " " + std::to_string(count);
    ++shown;
  }
  return out;
}

}  // namespace

CorpusRecord CorpusRecordOf(const ProcessedDocument& doc) {
  CorpusRecord record;
  if (doc.header) {
    if (doc.header->case_number) {
      record.case_number = doc.header->case_number->text;
    }
    record.court = doc.header->court;
    record.cause = doc.header->cause;
    record.doc_type = doc.header->doc_type;
    record.decision_date = doc.header->decision_date;
  }
  record.public_text = doc.public_text;
  record.text_sha256 = Sha256Hex(doc.public_text);
  record.grounds = doc.grounds;
  record.redactions = RedactionCounts(doc.redactions);
  record.cause_inferred = doc.cause_inferred;
  return record;
}

Status CheckCorpusKey(std::string_view corpus_key) {
  if (corpus_key.size() >= kMinCorpusKeyBytes) return Status::Ok();
  return Status::InvalidInput("the corpus key must hold at least " +
                              std::to_string(kMinCorpusKeyBytes) +
                              " bytes; it holds " +
                              std::to_string(corpus_key.size()));
}

std::vector<CorpusPerson> CorpusPeople(
    const std::vector<PersonRecord>& people, std::string_view family,
    std::optional<std::string_view> corpus_key) {
  std::vector<CorpusPerson> out;
  out.reserve(people.size());
  std::optional<HmacSha256> mac;
  if (corpus_key) mac.emplace(*corpus_key);
  for (size_t i = 0; i < people.size(); ++i) {
    CorpusPerson person;
    person.pseudonym = people[i].pseudonym;
    person.role = people[i].reason;
    if (mac) {
      // The unit separator keeps (family, name) pairs apart that would
      // otherwise concatenate to the same bytes.
      std::string message(family);
      message.push_back('\x1F');
      message.append(people[i].name);
      person.id = Joined("p-", mac->Hex(message).substr(0, 16));
    } else {
      person.id = Joined("p", std::to_string(i + 1));
    }
    out.push_back(std::move(person));
  }
  return out;
}

std::map<std::string, size_t> RedactionCounts(
    const std::vector<Redaction>& redactions) {
  std::map<std::string, size_t> counts;
  for (const Redaction& r : redactions) {
    ++counts[std::string(CategoryName(r.category))];
  }
  return counts;
}

std::string CorpusLine(const CorpusRecord& record) {
  std::string line = WriteLine(record, nullptr);
  line.push_back('\n');
  return line;
}

Result<CorpusRecord> ParseCorpusLine(std::string_view line) {
  std::string_view body = line;
  if (!body.empty() && body.back() == '\n') body.remove_suffix(1);
  if (const size_t newline = body.find('\n');
      newline != std::string_view::npos) {
    return LineError("more than one line (a line break at byte " +
                     std::to_string(newline) + ")");
  }
  if (body.empty()) return LineError("empty");
  Result<JsonObject> parsed = JsonObject::Parse(body);
  if (!parsed.ok()) return LineError(parsed.status().message());
  const JsonObject& object = parsed.value();
  for (const std::string& key : object.Keys()) {
    if (std::none_of(kLineFields.begin(), kLineFields.end(),
                     [&](const LineField& f) { return f.name == key; })) {
      return LineError("unknown field " + Quoted(key));
    }
  }
  CorpusRecord record;
  for (const LineField& field : kLineFields) {
    if (Status s = field.read(object, field.name, &record); !s.ok()) {
      return LineError(s.message());
    }
  }
  // Only CorpusLine's own bytes are accepted: what was stored is what is
  // rebuilt, byte for byte.
  std::vector<size_t> starts;
  const std::string canonical = WriteLine(record, &starts);
  if (canonical != body) {
    const auto mismatch = std::mismatch(canonical.begin(), canonical.end(),
                                        body.begin(), body.end());
    const size_t at = static_cast<size_t>(mismatch.first - canonical.begin());
    if (at == canonical.size()) {
      return LineError("trailing bytes after the object (byte " +
                       std::to_string(at) + ")");
    }
    const size_t field = static_cast<size_t>(
        std::upper_bound(starts.begin(), starts.end(), at) - starts.begin());
    const std::string where = field == 0 ? std::string("the line's start")
                                         : Quoted(kLineFields[field - 1].name);
    return LineError(where + " is not written as CorpusLine writes it (byte " +
                     std::to_string(at) + ")");
  }
  return record;
}

void AddToManifest(const CorpusRecord& record, CorpusManifest* manifest) {
  ++manifest->documents;
  ++manifest->by_doc_type[record.doc_type.empty() ? std::string(kUnknown)
                                                  : record.doc_type];
  ++manifest
        ->by_court[record.court.empty() ? std::string(kUnknown) : record.court];
  ++manifest->by_year[record.decision_date
                          ? std::to_string(record.decision_date->year)
                          : std::string(kUnknown)];
  ++manifest->by_policy_version[record.policy_version.empty()
                                    ? std::string(kUnknown)
                                    : record.policy_version];
  for (const auto& [category, count] : record.redactions) {
    manifest->redactions[category] += count;
  }
  auto& digests = manifest->input_digests;
  const auto at =
      std::upper_bound(digests.begin(), digests.end(), record.key,
                       [](const std::string& key, const auto& entry) {
                         return key < entry.first;
                       });
  digests.insert(at, {record.key, record.input_digest});
}

std::string CorpusManifestJson(const CorpusManifest& manifest) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("format").String("wenshu research corpus");
  w.Key("format_version").Int(kCorpusFormatVersion);
  w.Key("generator").String(manifest.generator_version);
  w.Key("generated_at").String(manifest.generated_at);
  w.Key("policy_version").String(manifest.policy_version);
  w.Key("keyed_pseudonyms").Bool(manifest.keyed_pseudonyms);
  w.Key("files").BeginObject();
  w.Key("lines").String("judgments.jsonl");
  w.Key("datasheet").String("README.md");
  w.EndObject();
  w.Key("documents").Int(static_cast<int64_t>(manifest.documents));
  WriteCounts(w, "by_doc_type", manifest.by_doc_type);
  WriteCounts(w, "by_court", manifest.by_court);
  WriteCounts(w, "by_year", manifest.by_year);
  WriteCounts(w, "by_policy_version", manifest.by_policy_version);
  WriteCounts(w, "redactions", manifest.redactions);
  w.Key("input_digests").BeginObject();
  for (const auto& [key, digest] : manifest.input_digests) {
    w.Key(key).String(digest);
  }
  w.EndObject();
  w.Key("schema").BeginObject();
  for (const LineField& field : kLineFields) {
    w.Key(field.name).BeginObject();
    w.Key("type").String(field.type);
    w.Key("description").String(field.description);
    if (field.type == kObjectArray) {
      w.Key("items").BeginObject();
      for (const PersonField& p : kPersonFields) {
        w.Key(p.name).BeginObject();
        w.Key("type").String(kString);
        w.Key("description").String(p.description);
        w.EndObject();
      }
      w.EndObject();
    }
    if (field.type == kIntegerObject) {
      w.Key("keys").BeginArray();
      for (int c = 0; c < kCategoryCount; ++c) {
        const Category category = static_cast<Category>(c);
        if (category != Category::kProtected) w.String(CategoryName(category));
      }
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  return Pretty(out);
}

std::string CorpusDatasheet(const CorpusManifest& m) {
  const std::string n = std::to_string(m.documents);
  std::string out;
  out += "# 裁判文书研究语料 / Court judgments research corpus\n\n";
  out += "Generated by " + MarkdownCell(m.generator_version) + " at " +
         MarkdownCell(m.generated_at) + ", redaction policy " +
         MarkdownCell(m.policy_version) + ". Format version " +
         std::to_string(kCorpusFormatVersion) + ".\n\n";

  out += "## 内容 / What is in it\n\n";
  out += "- `judgments.jsonl`: " + n + " 份已公开的裁判文书，每行一份 / " + n +
         " published documents, one JSON object per line, sorted by key.\n";
  out +=
      "- 按文书类型 / by document type: " + CountList(m.by_doc_type, 20) + "\n";
  out += "- 按年份 / by year of decision: " + CountList(m.by_year, 30) + "\n";
  out += "- 按法院 / by court (" + std::to_string(m.by_court.size()) +
         "): " + CountList(m.by_court, 10) + "\n";
  out += "- 按脱敏规则版本 / by redaction policy version: " +
         CountList(m.by_policy_version, 10) + "\n";
  out +=
      "- `manifest.json`: all counts, the input digest of every line, and "
      "the schema / 全部统计、输入摘要与字段说明.\n\n";

  out += "## 删除了什么，为什么 / What was removed and why\n\n";
  out +=
      "Under the Supreme People's Court's provisions on publishing "
      "judgments online (法释〔2016〕19号, Art. 8–10), each text was "
      "processed before publication: the values below were deleted, "
      "masked with × where deletion would leave the text unreadable, "
      "replaced by a label, or (names) replaced by a pseudonym, as the "
      "policy sets. Names are anonymized for parties "
      "in marriage, family and inheritance disputes, victims, witnesses "
      "and other protected people in criminal cases, and every minor; "
      "judges, clerks, prosecutors, lawyers, other parties, companies, "
      "courts, case numbers, statutes and amounts are kept (Art. 11).\n\n";
  out += "| 类别 category | 删除的内容 | removed | 处数 count |\n";
  out += "|---|---|---|---|\n";
  std::map<std::string, size_t> rest = m.redactions;
  for (const CategoryWords& words : kCategoryWords) {
    const std::string name(CategoryName(words.category));
    const auto found = rest.find(name);
    const size_t count = found == rest.end() ? 0 : found->second;
    if (found != rest.end()) rest.erase(found);
    out += "| `" + name + "` | " + std::string(words.zh) + " | " +
           std::string(words.en) + " | " + std::to_string(count) + " |\n";
  }
  for (const auto& [name, count] : rest) {
    out += "| `" + MarkdownCell(name) + "` | — | — | " + std::to_string(count) +
           " |\n";
  }
  out += "\n";

  out += "## 化名与标识 / Pseudonyms and their ids\n\n";
  out +=
      "A pseudonym keeps the surname (张某, 李某某, Zhang XX); two people "
      "with the same pseudonym are told apart by a number (张某1, 张某2), "
      "and one person keeps one pseudonym in every document of the case. "
      "Each line's `people` lists them with `id`, `pseudonym` and "
      "`role`; never an original name.\n\n";
  if (m.keyed_pseudonyms) {
    out +=
        "This corpus is **keyed** / 本语料的标识跨文书稳定: an `id` is "
        "`p-` and 16 hex digits of an HMAC-SHA256, under a key the "
        "publishing court keeps, of the case family and the person. The "
        "same person in the same case family has the same id in every "
        "document and every release made with that key, so documents of "
        "one case can be linked; another family gives another id. The id "
        "cannot be reversed, nor a guessed name checked, without the "
        "key.\n\n";
  } else {
    out +=
        "This corpus is **not keyed** / 本语料的标识仅在单份文书内有效: "
        "ids are `p1`, `p2` … in the order of each document, and the same "
        "id in two documents says nothing about who they are.\n\n";
  }

  out += "## 不包括什么 / What is not in it\n\n";
  out +=
      "- 不公开的文书 / withheld documents (state secrets, juvenile crime, "
      "mediation, divorce and custody, court discretion, granted party "
      "requests: rules Art. 4); the public site shows at most their "
      "stub.\n";
  out +=
      "- 已撤回的文书 / withdrawn documents: they leave the corpus in the "
      "next release.\n";
  out +=
      "- 旧版本 / earlier versions of a corrected document: each line is "
      "the current version (`version`).\n";
  out +=
      "- 暂缓处理的文书 / documents held for review because they could "
      "not be processed with confidence.\n";
  out +=
      "- 原文、被删除的内容、审查报告 / original texts, the removed "
      "values, the staff review report.\n\n";

  out += "## 字段 / Fields\n\n";
  out += "Each line holds, in this order:";
  for (size_t i = 0; i < kLineFields.size(); ++i) {
    out += (i == 0 ? " `" : ", `") + std::string(kLineFields[i].name) + "`";
  }
  out +=
      ". Types and one-sentence descriptions are in `manifest.json` "
      "(`schema`) / 字段类型与说明见 manifest.json.\n\n";

  out += "## 许可与再利用 / Licence and reuse\n\n";
  out +=
      "These are public court documents: official documents of a judicial "
      "nature, which the Copyright Law of the PRC (Art. 5) does not "
      "protect. Reuse must not try to re-identify anyone the texts "
      "anonymize or to recover removed values, whether by linking other "
      "data or by guessing / 不得尝试识别化名者或恢复被删除的信息. "
      "Documents are corrected or withdrawn over time: always take the "
      "newest corpus and delete what it no longer holds / 请使用最新版本，"
      "并删除新版本中已不存在的文书.\n";
  return out;
}

}  // namespace wenshu
