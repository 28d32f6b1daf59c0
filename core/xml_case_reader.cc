#include "core/xml_case_reader.h"

#include <algorithm>
#include <array>
#include <unordered_set>
#include <utility>

#include "core/json.h"

namespace wenshu {
namespace {

constexpr std::string_view kDocumentName = "the XML document";

bool IsXmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view TrimXmlSpace(std::string_view s) {
  while (!s.empty() && IsXmlSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsXmlSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool AllXmlSpace(std::string_view s) { return TrimXmlSpace(s).empty(); }

// The metadata fields by their mapping-file names.
struct MetaField {
  std::string_view name;
  std::string XmlMetaPaths::*path;
};
constexpr std::array<MetaField, 13> kMetaFields = {{
    {"court", &XmlMetaPaths::court},
    {"case_number", &XmlMetaPaths::case_number},
    {"doc_type", &XmlMetaPaths::doc_type},
    {"cause", &XmlMetaPaths::cause},
    {"decision_date", &XmlMetaPaths::decision_date},
    {"effective_date", &XmlMetaPaths::effective_date},
    {"appealed", &XmlMetaPaths::appealed},
    {"second_instance_effective_date",
     &XmlMetaPaths::second_instance_effective_date},
    {"flags", &XmlMetaPaths::flags},
    {"case_terms", &XmlMetaPaths::case_terms},
    {"court_discretion_reason", &XmlMetaPaths::court_discretion_reason},
    {"court_discretion_approved_by",
     &XmlMetaPaths::court_discretion_approved_by},
    {"court_discretion_approved_on",
     &XmlMetaPaths::court_discretion_approved_on},
}};

XmlMapping BuildDefaultMapping() {
  XmlMapping m;
  m.namespaces = {{"j", std::string(kJudgmentXmlNamespace)}};
  m.paragraphs = "/j:judgment/j:body/j:p";
  m.id = "/j:judgment/@id";
  const std::string meta = "/j:judgment/j:meta/j:";
  m.meta.court = meta + "court";
  m.meta.case_number = meta + "caseNumber";
  m.meta.doc_type = meta + "docType";
  m.meta.cause = meta + "cause";
  m.meta.decision_date = meta + "decisionDate";
  m.meta.effective_date = meta + "effectiveDate";
  m.meta.appealed = meta + "appealed";
  m.meta.second_instance_effective_date = meta + "secondInstanceEffectiveDate";
  m.meta.flags = meta + "flags/j:flag";
  m.meta.case_terms = meta + "caseTerms/j:term";
  m.meta.court_discretion_reason = meta + "courtDiscretion/j:reason";
  m.meta.court_discretion_approved_by = meta + "courtDiscretion/j:approvedBy";
  m.meta.court_discretion_approved_on = meta + "courtDiscretion/@approvedOn";
  return m;
}

bool ValidPrefix(std::string_view prefix) {
  if (prefix.empty()) return false;
  auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  };
  if (!letter(prefix[0])) return false;
  for (char c : prefix) {
    if (!letter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.') {
      return false;
    }
  }
  return true;
}

// Whether the input starts with an XML declaration (after a byte-order
// mark), in UTF-8 or a UTF-16 byte order.
bool HasDeclaration(std::string_view bytes) {
  using namespace std::string_view_literals;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF"sv) bytes.remove_prefix(3);
  if (bytes.substr(0, 2) == "\xFF\xFE"sv || bytes.substr(0, 2) == "\xFE\xFF"sv) {
    bytes.remove_prefix(2);
  }
  return bytes.substr(0, 5) == "<?xml"sv ||
         bytes.substr(0, 6) == "<\0?\0x\0"sv ||
         bytes.substr(0, 6) == "\0<\0?\0x"sv;
}

class CaseReader {
 public:
  explicit CaseReader(XmlCaseDocument& doc) : doc_(doc) {}

  Status Read() {
    const XmlMapping& m = doc_.mapping;
    XmlDocument& xml = *doc_.xml;
    for (size_t i = 0; i < m.drop.size(); ++i) {
      Result<size_t> removed = xml.RemoveAll(m.drop[i], m.namespaces);
      if (!removed.ok()) return MappingError("drop", removed.status());
    }
    Result<std::vector<XmlNode>> paragraphs = xml.Select(m.paragraphs, m.namespaces);
    if (!paragraphs.ok()) return MappingError("paragraphs", paragraphs.status());
    for (XmlNode p : paragraphs.value()) {
      if (!p.IsElement()) {
        return Status::InvalidInput(
            "the mapping's paragraphs XPath selects a node that is not an "
            "element, at " + p.Path());
      }
      paragraphs_.insert(p.raw());
    }
    if (paragraphs_.empty()) {
      return Status::InvalidInput(
          "no paragraph: the mapping's paragraphs XPath selects nothing in "
          "this document (is it the right mapping for this export?)");
    }
    for (const std::string& keep : m.keep) {
      Result<std::vector<XmlNode>> kept = xml.Select(keep, m.namespaces);
      if (!kept.ok()) return MappingError("keep", kept.status());
      for (XmlNode k : kept.value()) verbatim_.insert(k.raw());
    }
    if (Status s = ReadMeta(); !s.ok()) return s;
    if (Status s = Visit(xml.Root(), State::kOutside); !s.ok()) return s;
    doc_.text = builder_.TakeText();
    doc_.pieces = builder_.TakePieces();
    return Status::Ok();
  }

 private:
  enum class State { kOutside, kParagraph, kVerbatim };

  static Status MappingError(std::string_view what, const Status& status) {
    return Status::InvalidInput("the mapping's " + std::string(what) +
                                " XPath cannot be used: " + status.message());
  }

  // The nodes `xpath` selects, each marked as metadata (read, not text).
  Result<std::vector<XmlNode>> SelectMeta(std::string_view field,
                                          const std::string& xpath) {
    std::vector<XmlNode> out;
    if (xpath.empty()) return out;
    Result<std::vector<XmlNode>> nodes =
        doc_.xml->Select(xpath, doc_.mapping.namespaces);
    if (!nodes.ok()) return MappingError(field, nodes.status());
    for (XmlNode node : nodes.value()) {
      const XmlNodeType type = node.Type();
      if (type != XmlNodeType::kElement && type != XmlNodeType::kAttribute &&
          type != XmlNodeType::kText && type != XmlNodeType::kCData) {
        return Status::InvalidInput("the mapping's " + std::string(field) +
                                    " XPath selects a node that holds no "
                                    "value, at " + node.Path());
      }
      if (type == XmlNodeType::kElement && !node.ChildElements().empty()) {
        return Status::InvalidInput(
            std::string(field) + " at " + node.Path() +
            " holds elements, not a value (the XPath selects the wrong node)");
      }
      verbatim_.insert(node.raw());
      out.push_back(node);
    }
    return out;
  }

  Result<std::vector<std::string>> Values(std::string_view field,
                                          const std::string& xpath,
                                          std::vector<XmlNode>* nodes = nullptr) {
    Result<std::vector<XmlNode>> selected = SelectMeta(field, xpath);
    if (!selected.ok()) return selected.status();
    std::vector<std::string> out;
    for (XmlNode node : selected.value()) {
      std::string value(TrimXmlSpace(node.Text()));
      if (!value.empty()) out.push_back(std::move(value));
      if (nodes != nullptr) nodes->push_back(node);
    }
    return out;
  }

  Result<std::optional<std::string>> Single(std::string_view field,
                                            const std::string& xpath,
                                            std::vector<XmlNode>* nodes = nullptr) {
    Result<std::vector<XmlNode>> selected = SelectMeta(field, xpath);
    if (!selected.ok()) return selected.status();
    if (selected.value().size() > 1) {
      return Status::InvalidInput(
          std::string(field) + " is given " +
          std::to_string(selected.value().size()) +
          " times (at most once): " + selected.value()[0].Path() + " and " +
          selected.value()[1].Path());
    }
    std::optional<std::string> out;
    for (XmlNode node : selected.value()) {
      std::string value(TrimXmlSpace(node.Text()));
      if (!value.empty()) out = std::move(value);
      if (nodes != nullptr) nodes->push_back(node);
    }
    return out;
  }

  Status ReadMeta() {
    const XmlMetaPaths& paths = doc_.mapping.meta;
    InputMeta& meta = doc_.meta;
    Result<std::optional<std::string>> id = Single("id", doc_.mapping.id);
    if (!id.ok()) return id.status();
    doc_.id = std::move(id).value();
    struct SingleField {
      std::string_view name;
      const std::string& path;
      std::optional<std::string>& target;
    };
    const SingleField singles[] = {
        {"court", paths.court, meta.court},
        {"case_number", paths.case_number, meta.case_number},
        {"doc_type", paths.doc_type, meta.doc_type},
        {"cause", paths.cause, meta.cause},
        {"decision_date", paths.decision_date, meta.decision_date},
        {"effective_date", paths.effective_date, meta.effective_date},
        {"second_instance_effective_date",
         paths.second_instance_effective_date,
         meta.second_instance_effective_date}};
    for (const SingleField& f : singles) {
      Result<std::optional<std::string>> v = Single(f.name, f.path);
      if (!v.ok()) return v.status();
      f.target = std::move(v).value();
    }

    Result<std::optional<std::string>> appealed = Single("appealed", paths.appealed);
    if (!appealed.ok()) return appealed.status();
    if (appealed.value()) {
      const std::string& v = *appealed.value();
      if (v == "true" || v == "1") {
        meta.appealed = true;
      } else if (v != "false" && v != "0") {
        return Status::InvalidInput("appealed is \"" + v +
                                    "\"; expected true, false, 1 or 0");
      }
    }

    Result<std::vector<std::string>> flags = Values("flags", paths.flags);
    if (!flags.ok()) return flags.status();
    meta.flags = std::move(flags).value();
    Result<std::vector<std::string>> terms =
        Values("case_terms", paths.case_terms, &doc_.withheld);
    if (!terms.ok()) return terms.status();
    meta.case_terms = std::move(terms).value();

    std::vector<XmlNode> discretion_nodes;
    Result<std::optional<std::string>> reason = Single(
        "court_discretion_reason", paths.court_discretion_reason, &discretion_nodes);
    if (!reason.ok()) return reason.status();
    Result<std::vector<std::string>> approvers =
        Values("court_discretion_approved_by", paths.court_discretion_approved_by,
               &discretion_nodes);
    if (!approvers.ok()) return approvers.status();
    Result<std::optional<std::string>> approved_on =
        Single("court_discretion_approved_on", paths.court_discretion_approved_on,
               &discretion_nodes);
    if (!approved_on.ok()) return approved_on.status();
    if (reason.value() || !approvers.value().empty() || approved_on.value()) {
      if (!reason.value() || approvers.value().empty()) {
        return Status::InvalidInput(
            "court discretion needs its written reason and at least one "
            "approver");
      }
      CourtDiscretionRecord record;
      record.reason = *reason.value();
      record.approved_by = std::move(approvers).value();
      record.approved_on = approved_on.value().value_or("");
      meta.court_discretion = std::move(record);
    }
    doc_.withheld.insert(doc_.withheld.end(), discretion_nodes.begin(),
                         discretion_nodes.end());
    return Status::Ok();
  }

  Status Walk(XmlNode node, State state) {
    for (XmlNode child = node.FirstChild(); child; child = child.NextSibling()) {
      if (Status s = Visit(child, state); !s.ok()) return s;
    }
    return Status::Ok();
  }

  Status Visit(XmlNode node, State state) {
    switch (node.Type()) {
      case XmlNodeType::kText:
      case XmlNodeType::kCData:
        if (state == State::kParagraph) {
          paragraph_nodes_.push_back(node);
        } else if (state == State::kOutside && verbatim_.count(node.raw()) == 0 &&
                   !AllXmlSpace(node.Text())) {
          return Status::InvalidInput(
              "text outside the mapped paragraphs at " + node.Path() +
              " (map it as a paragraph or metadata, or list it under keep or "
              "drop)");
        }
        return Status::Ok();
      case XmlNodeType::kElement:
        break;
      default:
        return Status::Ok();
    }
    const bool paragraph = paragraphs_.count(node.raw()) > 0;
    const bool verbatim = verbatim_.count(node.raw()) > 0;
    if (paragraph) {
      if (state == State::kParagraph) {
        return Status::InvalidInput("a paragraph inside a paragraph at " +
                                    node.Path());
      }
      if (state == State::kVerbatim || verbatim) {
        return Status::InvalidInput(
            "a paragraph inside metadata or kept content at " + node.Path());
      }
      paragraph_nodes_.clear();
      if (Status s = Walk(node, State::kParagraph); !s.ok()) return s;
      AddParagraph();
      return Status::Ok();
    }
    if (verbatim) {
      if (state == State::kParagraph) {
        return Status::InvalidInput(
            "metadata or kept content inside a paragraph at " + node.Path());
      }
      return Walk(node, State::kVerbatim);
    }
    return Walk(node, state);
  }

  // The paragraph's text nodes become pieces, less the whitespace that
  // begins and ends the paragraph.
  void AddParagraph() {
    std::vector<std::string> contents;
    std::string whole;
    for (XmlNode n : paragraph_nodes_) {
      contents.push_back(n.Text());
      whole += contents.back();
    }
    size_t lo = 0;
    size_t hi = whole.size();
    while (lo < hi && IsXmlSpace(whole[lo])) ++lo;
    while (hi > lo && IsXmlSpace(whole[hi - 1])) --hi;
    size_t start = 0;
    for (size_t i = 0; i < paragraph_nodes_.size(); ++i) {
      const std::string& c = contents[i];
      const size_t end = start + c.size();
      const size_t a = std::max(start, lo);
      const size_t b = std::min(end, hi);
      if (a < b) {
        builder_.AddPiece(std::string_view(c).substr(a - start, b - a));
        doc_.nodes.push_back(paragraph_nodes_[i]);
        doc_.prefixes.push_back(c.substr(0, a - start));
        doc_.suffixes.push_back(c.substr(b - start));
      }
      start = end;
    }
    builder_.AddSeparator("\n");
    paragraph_nodes_.clear();
  }

  XmlCaseDocument& doc_;
  std::unordered_set<const void*> paragraphs_;
  std::unordered_set<const void*> verbatim_;  // metadata and kept nodes
  std::vector<XmlNode> paragraph_nodes_;
  FlatTextBuilder builder_;
};

}  // namespace

const XmlMapping& DefaultXmlMapping() {
  static const XmlMapping* kMapping = new XmlMapping(BuildDefaultMapping());
  return *kMapping;
}

Result<XmlMapping> ParseXmlMapping(std::string_view json) {
  Result<JsonObject> parsed = JsonObject::Parse(json);
  if (!parsed.ok()) {
    return Status::InvalidInput("XML mapping: " + parsed.status().message());
  }
  const JsonObject& root = parsed.value();
  XmlMapping m;
  auto error = [](const std::string& message) {
    return Status::InvalidInput("XML mapping: " + message);
  };
  for (const std::string& key : root.Keys()) {
    if (key == "namespaces") {
      Result<JsonObject> ns = root.GetObject(key);
      if (!ns.ok()) return error(ns.status().message());
      for (const std::string& prefix : ns.value().Keys()) {
        Result<std::string> uri = ns.value().GetString(prefix);
        if (!uri.ok()) return error("namespaces." + uri.status().message());
        if (!ValidPrefix(prefix)) {
          return error("namespaces: \"" + prefix + "\" is not a valid prefix");
        }
        if (uri.value().empty()) {
          return error("namespaces." + prefix + " is an empty URI");
        }
        m.namespaces.push_back({prefix, uri.value()});
      }
    } else if (key == "paragraphs" || key == "id") {
      Result<std::string> v = root.GetString(key);
      if (!v.ok()) return error(v.status().message());
      (key == "id" ? m.id : m.paragraphs) = v.value();
    } else if (key == "meta") {
      Result<JsonObject> meta = root.GetObject(key);
      if (!meta.ok()) return error(meta.status().message());
      for (const std::string& name : meta.value().Keys()) {
        const MetaField* field = nullptr;
        for (const MetaField& f : kMetaFields) {
          if (f.name == name) field = &f;
        }
        if (field == nullptr) {
          std::string known;
          for (const MetaField& f : kMetaFields) {
            known += (known.empty() ? "" : ", ") + std::string(f.name);
          }
          return error("unknown key meta." + name + " (known: " + known + ")");
        }
        Result<std::string> v = meta.value().GetString(name);
        if (!v.ok()) return error("meta." + v.status().message());
        m.meta.*(field->path) = v.value();
      }
    } else if (key == "drop" || key == "keep") {
      Result<std::vector<std::string>> v = root.GetStringArray(key);
      if (!v.ok()) return error(v.status().message());
      (key == "drop" ? m.drop : m.keep) = v.value();
    } else {
      return error("unknown key " + key +
                   " (known: namespaces, paragraphs, id, meta, drop, keep)");
    }
  }
  if (m.paragraphs.empty()) return error("\"paragraphs\" (an XPath) is required");

  // Every expression is tried once, on an empty document.
  Result<XmlDocument> probe = XmlDocument::Parse("<probe/>", "XML mapping");
  if (!probe.ok()) return probe.status();
  std::vector<std::pair<std::string, const std::string*>> all = {
      {"paragraphs", &m.paragraphs}, {"id", &m.id}};
  for (const MetaField& f : kMetaFields) {
    all.push_back({"meta." + std::string(f.name), &(m.meta.*(f.path))});
  }
  for (size_t i = 0; i < m.drop.size(); ++i) {
    all.push_back({"drop[" + std::to_string(i) + "]", &m.drop[i]});
  }
  for (size_t i = 0; i < m.keep.size(); ++i) {
    all.push_back({"keep[" + std::to_string(i) + "]", &m.keep[i]});
  }
  for (const auto& [name, xpath] : all) {
    if (xpath->empty()) {
      if (name.rfind("drop[", 0) == 0 || name.rfind("keep[", 0) == 0) {
        return error(name + " is empty");
      }
      continue;
    }
    Result<std::vector<XmlNode>> tried = probe.value().Select(*xpath, m.namespaces);
    if (!tried.ok()) return error(name + ": " + tried.status().message());
  }
  return m;
}

Result<XmlCaseDocument> ReadXmlCase(std::string_view bytes,
                                    const XmlMapping& mapping) {
  Result<XmlDocument> xml = XmlDocument::Parse(bytes, kDocumentName);
  if (!xml.ok()) return xml.status();
  XmlCaseDocument doc;
  doc.source = std::string(bytes);
  doc.mapping = mapping;
  using namespace std::string_view_literals;
  std::string_view bom_encoding = "UTF-8";
  if (bytes.substr(0, 2) == "\xFF\xFE"sv) bom_encoding = "UTF-16";
  if (bytes.substr(0, 2) == "\xFE\xFF"sv) bom_encoding = "UTF-16";
  doc.encoding =
      xml.value().DeclaredEncoding().value_or(std::string(bom_encoding));
  doc.utf8_bom = bytes.substr(0, 3) == "\xEF\xBB\xBF"sv;
  doc.declaration = HasDeclaration(bytes);
  doc.xml.emplace(std::move(xml).value());
  CaseReader reader(doc);
  if (Status s = reader.Read(); !s.ok()) return s;
  return doc;
}

Result<std::vector<std::string>> XmlStrings(std::string_view bytes) {
  Result<XmlDocument> xml = XmlDocument::Parse(bytes, kDocumentName);
  if (!xml.ok()) return xml.status();
  return xml.value().Strings();
}

}  // namespace wenshu
