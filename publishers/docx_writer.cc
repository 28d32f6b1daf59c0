#include "publishers/docx_writer.h"

#include <array>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "core/xml_document.h"
#include "core/zip_archive.h"

namespace wenshu {
namespace {

constexpr char kMappingError[] = "the .docx could not be mapped back to its runs: ";
constexpr std::string_view kPackageRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kContentTypes =
    "http://schemas.openxmlformats.org/package/2006/content-types";

const std::vector<XmlNamespace>& Namespaces() {
  static const auto* kNamespaces = new std::vector<XmlNamespace>{
      {"w", std::string(kWordNamespace)},
      {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
      {"dc", "http://purl.org/dc/elements/1.1/"},
      {"ep", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
  };
  return *kNamespaces;
}

// Story parts: what is not accepted, visible text goes.
constexpr char kStoryRemovals[] =
    "//w:del | //w:moveFrom | //w:rPrChange | //w:pPrChange | "
    "//w:sectPrChange | //w:tblPrChange | //w:tblPrExChange | "
    "//w:trPrChange | //w:tcPrChange | //w:tblGridChange | "
    "//w:numberingChange | //w:commentRangeStart | //w:commentRangeEnd | "
    "//w:commentReference | //w:moveFromRangeStart | //w:moveFromRangeEnd | "
    "//w:moveToRangeStart | //w:moveToRangeEnd | //w:rsids | //w:rsid | "
    "//w:r[w:rPr/w:vanish[not(@w:val='false' or @w:val='0' or @w:val='off')]] | "
    "//w:instrText | //w:fldChar | //w:smartTagPr | //w:customXmlPr | "
    "//w:bookmarkStart | //w:bookmarkEnd | //comment() | //processing-instruction() | "
    "//@descr | //@title | //w:hyperlink/@w:tooltip";
constexpr char kSettingsRemovals[] =
    "//w:rsids | //w:rsid | //w:docVars | //w:attachedTemplate | "
    "//w:mailMerge | //comment()";
constexpr char kCoreRemovals[] =
    "//dc:creator | //cp:lastModifiedBy | //cp:revision | //cp:lastPrinted | "
    "//dc:title | //dc:subject | //cp:keywords | //dc:description | "
    "//cp:category | //cp:contentStatus | //dc:identifier | //comment()";
constexpr char kAppRemovals[] =
    "//ep:Company | //ep:Manager | //ep:HyperlinkBase | //ep:TitlesOfParts | "
    "//ep:HeadingPairs | //ep:Template | //comment()";

// Relationship types (their last path segment) whose targets never leave.
constexpr std::array<std::string_view, 10> kDroppedRelationshipTypes = {
    "comments", "commentsExtended", "commentsIds", "commentsExtensible",
    "people", "customXml", "custom-properties", "thumbnail",
    "glossaryDocument", "customXmlProps"};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool DroppedByName(std::string_view name) {
  return StartsWith(name, "word/comments") || name == "word/people.xml" ||
         StartsWith(name, "customXml/") || name == "docProps/custom.xml" ||
         StartsWith(name, "docProps/thumbnail.") ||
         StartsWith(name, "word/glossary/") ||
         StartsWith(name, "word/_rels/comments") ||
         name == "word/_rels/people.xml.rels";
}

// Parts kept (rewritten or as they are) when not dropped.
bool KnownKeptPart(std::string_view name) {
  static constexpr std::array<std::string_view, 10> kExact = {
      "[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
      "docProps/app.xml", "word/document.xml", "word/styles.xml",
      "word/stylesWithEffects.xml", "word/settings.xml", "word/webSettings.xml",
      "word/fontTable.xml"};
  for (std::string_view k : kExact) {
    if (name == k) return true;
  }
  if (name == "word/numbering.xml" || name == "word/footnotes.xml" ||
      name == "word/endnotes.xml") {
    return true;
  }
  if (StartsWith(name, "word/theme/") || StartsWith(name, "word/media/") ||
      StartsWith(name, "word/fonts/")) {
    return true;
  }
  if (StartsWith(name, "word/_rels/") && EndsWith(name, ".rels")) return true;
  std::string_view base = StartsWith(name, "word/") ? name.substr(5) : "";
  return base.find('/') == std::string_view::npos && EndsWith(base, ".xml") &&
         (StartsWith(base, "header") || StartsWith(base, "footer"));
}

// "word/_rels/document.xml.rels" → "word/"; "_rels/.rels" → "".
std::string SourceDirectory(std::string_view rels_name) {
  const size_t at = rels_name.rfind("_rels/");
  return std::string(rels_name.substr(0, at));
}

// The part a relationship target names, '/'-separated without a leading '/'.
std::string ResolveTarget(const std::string& directory, const std::string& target) {
  std::string path = !target.empty() && target[0] == '/' ? target.substr(1)
                                                         : directory + target;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string part = path.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "/") + part;
  return out;
}

std::string LastSegment(const std::string& type) {
  return type.substr(type.rfind('/') + 1);
}

// The names of the parts that never leave: by name, and every target of a
// relationship of a dropped type.
Result<std::set<std::string>> DroppedParts(const std::vector<ZipEntry>& entries) {
  std::set<std::string> dropped;
  for (const ZipEntry& entry : entries) {
    if (DroppedByName(entry.name)) dropped.insert(entry.name);
  }
  for (const ZipEntry& entry : entries) {
    if (!EndsWith(entry.name, ".rels")) continue;
    Result<XmlDocument> xml = XmlDocument::Parse(entry.data, entry.name);
    if (!xml.ok()) return xml.status();
    const std::string directory = SourceDirectory(entry.name);
    for (XmlNode rel : xml.value().Root().ChildElements()) {
      if (rel.Attribute("", "TargetMode").value_or("") == "External") continue;
      const std::string type = LastSegment(rel.Attribute("", "Type").value_or(""));
      for (std::string_view d : kDroppedRelationshipTypes) {
        if (type == d) {
          dropped.insert(
              ResolveTarget(directory, rel.Attribute("", "Target").value_or("")));
        }
      }
    }
  }
  // A dropped part's own relationships go with it.
  for (const ZipEntry& entry : entries) {
    const size_t at = entry.name.find("_rels/");
    if (at == std::string::npos || !EndsWith(entry.name, ".rels")) continue;
    std::string source = entry.name.substr(0, at) +
                         entry.name.substr(at + 6, entry.name.size() - at - 11);
    if (dropped.count(source) > 0) dropped.insert(entry.name);
  }
  return dropped;
}

Status RemoveRelationshipsTo(XmlDocument& rels, const std::string& rels_name,
                             const std::set<std::string>& dropped) {
  const std::string directory = SourceDirectory(rels_name);
  for (XmlNode rel : rels.Root().ChildElements()) {
    if (!rel.Is(kPackageRelationships, "Relationship")) continue;
    if (rel.Attribute("", "TargetMode").value_or("") == "External") continue;
    if (dropped.count(ResolveTarget(
            directory, rel.Attribute("", "Target").value_or(""))) > 0) {
      rel.Remove();
    }
  }
  return Status::Ok();
}

void RemoveContentTypeOverrides(XmlDocument& types,
                                const std::set<std::string>& dropped) {
  for (XmlNode node : types.Root().ChildElements()) {
    if (!node.Is(kContentTypes, "Override")) continue;
    std::string part = node.Attribute("", "PartName").value_or("");
    if (!part.empty() && part[0] == '/') part.erase(0, 1);
    if (dropped.count(part) > 0) node.Remove();
  }
}

Status ScrubStory(XmlDocument& xml) {
  Result<size_t> removed = xml.RemoveAll(kStoryRemovals, Namespaces());
  if (!removed.ok()) return removed.status();
  Result<std::vector<XmlNode>> wrappers = xml.Select("//w:ins | //w:moveTo", Namespaces());
  if (!wrappers.ok()) return wrappers.status();
  for (XmlNode wrapper : wrappers.value()) wrapper.Unwrap();
  xml.RemoveAttributesWithPrefix(kWordNamespace, "rsid");
  return Status::Ok();
}

bool NeedsSpacePreserve(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  return !text.empty() && (space(text.front()) || space(text.back()));
}

// The entries of the output, in the order of `entries`.
Result<std::vector<ZipEntry>> Package(DocxDocument& fresh,
                                      const std::set<std::string>& dropped) {
  std::map<std::string, std::string> rewritten;
  for (DocxPart& part : fresh.parts) {
    if (Status s = ScrubStory(part.xml); !s.ok()) return s;
    Result<std::string> bytes = part.xml.Serialize();
    if (!bytes.ok()) return bytes.status();
    rewritten[part.name] = std::move(bytes).value();
  }
  for (const ZipEntry& entry : fresh.entries) {
    if (dropped.count(entry.name) > 0 || rewritten.count(entry.name) > 0) continue;
    if (!KnownKeptPart(entry.name)) {
      return Status::InvalidInput(
          "the .docx holds a part that cannot be checked: " + entry.name +
          "; remove it (embedded objects, macros and controls are not "
          "published)");
    }
    const bool xml_part = EndsWith(entry.name, ".xml") || EndsWith(entry.name, ".rels");
    if (!xml_part || StartsWith(entry.name, "word/media/") ||
        StartsWith(entry.name, "word/fonts/")) {
      continue;
    }
    // A part of word/ besides the settings that holds neither a revision id
    // nor an XML comment has nothing to scrub: kept byte for byte, without
    // a parse (styles and themes are most of a package's XML).
    const bool settings = entry.name == "word/settings.xml";
    if (StartsWith(entry.name, "word/") && EndsWith(entry.name, ".xml") &&
        !settings && entry.data.find("rsid") == std::string::npos &&
        entry.data.find("<!--") == std::string::npos) {
      continue;
    }
    Result<XmlDocument> parsed = XmlDocument::Parse(entry.data, entry.name);
    if (!parsed.ok()) return parsed.status();
    XmlDocument& xml = parsed.value();
    Result<size_t> removed = size_t{0};
    if (EndsWith(entry.name, ".rels")) {
      if (Status s = RemoveRelationshipsTo(xml, entry.name, dropped); !s.ok()) return s;
    } else if (entry.name == "[Content_Types].xml") {
      RemoveContentTypeOverrides(xml, dropped);
    } else if (entry.name == "docProps/core.xml") {
      removed = xml.RemoveAll(kCoreRemovals, Namespaces());
    } else if (entry.name == "docProps/app.xml") {
      removed = xml.RemoveAll(kAppRemovals, Namespaces());
    } else if (settings) {
      removed = xml.RemoveAll(kSettingsRemovals, Namespaces());
      xml.RemoveAttributesWithPrefix(kWordNamespace, "rsid");
    } else if (StartsWith(entry.name, "word/") && EndsWith(entry.name, ".xml")) {
      // The rsid lists, document variables, template and mail merge are
      // the settings' own elements; elsewhere only rsid attributes and
      // comments.
      if (entry.data.find("<!--") != std::string::npos)
        removed = xml.RemoveAll("//comment()", Namespaces());
      xml.RemoveAttributesWithPrefix(kWordNamespace, "rsid");
    }
    if (!removed.ok()) return removed.status();
    Result<std::string> bytes = xml.Serialize();
    if (!bytes.ok()) return bytes.status();
    rewritten[entry.name] = std::move(bytes).value();
  }
  std::vector<ZipEntry> out;
  for (const ZipEntry& entry : fresh.entries) {
    if (dropped.count(entry.name) > 0) continue;
    auto it = rewritten.find(entry.name);
    ZipEntry written{entry.name, it == rewritten.end() ? entry.data : it->second};
    if (entry.name == "[Content_Types].xml") {
      out.insert(out.begin(), std::move(written));
    } else {
      out.push_back(std::move(written));
    }
  }
  return out;
}

}  // namespace

Result<std::string> WriteDocx(const DocxDocument& document,
                              const std::vector<TextEdit>& edits,
                              const std::string& expected_public_text) {
  // The writer's own copy of the parts: the node handles of `document` are
  // never touched.
  Result<DocxDocument> copy = ReadDocxEntries(document.entries);
  if (!copy.ok()) return copy.status();
  DocxDocument& fresh = copy.value();
  if (fresh.text != document.text) {
    return Status::Internal("the .docx read twice gave two texts");
  }
  Result<std::vector<EditedPiece>> edited =
      EditPieces(fresh.text, fresh.pieces, edits);
  if (!edited.ok()) {
    return Status::InvalidInput(kMappingError + edited.status().message());
  }
  for (const EditedPiece& piece : edited.value()) {
    XmlNode node = fresh.nodes[piece.piece];
    node.SetText(piece.text);
    if (NeedsSpacePreserve(piece.text)) node.SetSpacePreserve();
  }

  Result<std::set<std::string>> dropped = DroppedParts(fresh.entries);
  if (!dropped.ok()) return dropped.status();
  Result<std::vector<ZipEntry>> entries = Package(fresh, dropped.value());
  if (!entries.ok()) return entries.status();
  Result<std::string> bytes = WriteZip(entries.value());
  if (!bytes.ok()) return bytes.status();

  // Fail closed: what was written must read back as exactly the public text.
  Result<DocxDocument> reread = ReadDocx(bytes.value());
  const Result<std::string> text =
      reread.ok() ? Result<std::string>(reread.value().text)
                  : Result<std::string>(reread.status());
  if (Status s = CheckReadBack(text, expected_public_text, kMappingError);
      !s.ok())
    return s;
  return bytes;
}

}  // namespace wenshu
