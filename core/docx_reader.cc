#include "core/docx_reader.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace wenshu {
namespace {

constexpr std::string_view kRelationshipsNamespace =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kOfficeRelationshipPrefix =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// Story parts other than the body, in the order their text is appended.
enum class StoryKind { kHeader = 0, kFooter = 1, kFootnotes = 2, kEndnotes = 3 };
constexpr std::array<std::string_view, 4> kStoryTypes = {"header", "footer",
                                                         "footnotes", "endnotes"};

// Elements that never carry displayed text (or carry text that is not part
// of the accepted document): skipped whole, whatever they hold.
constexpr std::array<std::string_view, 40> kSkipped = {
    "pPr", "rPr", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "sdtPr",
    "sdtEndPr", "tblPrEx", "customXmlPr", "proofErr", "bookmarkStart",
    "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "commentReference",
    "del", "moveFrom", "delText", "delInstrText", "instrText", "fldChar",
    "lastRenderedPageBreak", "footnoteReference", "endnoteReference",
    "footnoteRef", "endnoteRef", "annotationRef", "separator",
    "continuationSeparator", "moveFromRangeStart", "moveFromRangeEnd",
    "moveToRangeStart", "moveToRangeEnd", "permStart", "permEnd", "softHyphen",
    "footnotePr", "endnotePr"};

// Elements whose content is read as if it stood in their place (a content
// control's w:sdtPr is skipped above, its w:sdtContent read).
constexpr std::array<std::string_view, 18> kTransparent = {
    "sdt", "body", "tbl", "tr", "tc", "ins", "moveTo", "hyperlink", "smartTag",
    "customXml", "sdtContent", "dir", "bdo", "hdr", "ftr", "footnotes",
    "endnotes", "document"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

bool IsHidden(XmlNode run) {
  for (XmlNode child : run.ChildElements()) {
    if (!child.Is(kWordNamespace, "rPr")) continue;
    for (XmlNode property : child.ChildElements()) {
      if (!property.Is(kWordNamespace, "vanish")) continue;
      std::optional<std::string> value = property.Attribute(kWordNamespace, "val");
      return !value || (*value != "false" && *value != "0" && *value != "off");
    }
  }
  return false;
}

std::string Describe(XmlNode node) {
  return node.NamespaceUri() == kWordNamespace
             ? "w:" + std::string(node.LocalName())
             : std::string(node.LocalName()) + " (" +
                   std::string(node.NamespaceUri()) + ")";
}

// Walks one story part in reading order, feeding the builder.
class StoryWalker {
 public:
  StoryWalker(std::string_view part, FlatTextBuilder& builder,
              std::vector<XmlNode>& nodes)
      : part_(part), builder_(builder), nodes_(nodes) {}

  Status Visit(XmlNode element) {
    if (element.NamespaceUri() != kWordNamespace) return Unknown(element);
    const std::string_view name = element.LocalName();
    if (Contains(kSkipped, name)) return Status::Ok();
    if (name == "t") {
      nodes_.push_back(element);
      builder_.AddPiece(element.Text());
      return Status::Ok();
    }
    if (name == "tab" || name == "ptab") {
      builder_.AddSeparator("\t");
      return Status::Ok();
    }
    if (name == "br" || name == "cr") {
      builder_.AddSeparator("\n");
      return Status::Ok();
    }
    if (name == "p") {
      Status status = VisitChildren(element);
      builder_.AddSeparator("\n");
      return status;
    }
    if (name == "r") {
      return IsHidden(element) ? Status::Ok() : VisitChildren(element);
    }
    if (name == "footnote" || name == "endnote") {
      // Word's separator and continuation notes are not part of the text.
      std::optional<std::string> type = element.Attribute(kWordNamespace, "type");
      if (type && *type != "normal") return Status::Ok();
      return VisitChildren(element);
    }
    if (Contains(kTransparent, name)) return VisitChildren(element);
    return Unknown(element);
  }

 private:
  Status VisitChildren(XmlNode element) {
    for (XmlNode child : element.ChildElements()) {
      if (Status s = Visit(child); !s.ok()) return s;
    }
    return Status::Ok();
  }

  // An element this reader does not understand is ignored when it holds no
  // text, and refused when it does.
  Status Unknown(XmlNode element) {
    if (!element.HasDescendant(kWordNamespace, "t")) return Status::Ok();
    return Status::InvalidInput(
        part_ + ": text inside " + Describe(element) +
        " cannot be mapped back to its runs; save the document without it "
        "(for a field, convert it to plain text)");
  }

  std::string part_;
  FlatTextBuilder& builder_;
  std::vector<XmlNode>& nodes_;
};

// "word/header12.xml" → (kHeader, 12, name): the order story parts are read.
std::tuple<int, long, std::string> StoryOrder(StoryKind kind,
                                              const std::string& name) {
  long number = 0;
  size_t i = name.find_last_of('/') + 1;
  while (i < name.size() && !(name[i] >= '0' && name[i] <= '9')) ++i;
  while (i < name.size() && name[i] >= '0' && name[i] <= '9' && number < 1000000) {
    number = number * 10 + (name[i++] - '0');
  }
  return {static_cast<int>(kind), number, name};
}

// The story parts besides the body: every part the body's relationships
// name as a header, footer, footnotes or endnotes, and every entry named
// like one (a part no relationship names is not displayed by Word, but its
// text is still in the file).
Result<std::vector<std::pair<StoryKind, std::string>>> StoryParts(
    const std::vector<ZipEntry>& entries) {
  std::vector<std::pair<StoryKind, std::string>> found;
  auto add = [&](StoryKind kind, const std::string& name) {
    for (const auto& f : found) {
      if (f.second == name) return;
    }
    found.emplace_back(kind, name);
  };
  if (const ZipEntry* rels = FindZipEntry(entries, "word/_rels/document.xml.rels")) {
    Result<XmlDocument> xml =
        XmlDocument::Parse(rels->data, "word/_rels/document.xml.rels");
    if (!xml.ok()) return xml.status();
    for (XmlNode rel : xml.value().Root().ChildElements()) {
      if (!rel.Is(kRelationshipsNamespace, "Relationship")) continue;
      const std::string type = rel.Attribute("", "Type").value_or("");
      const std::string target = rel.Attribute("", "Target").value_or("");
      if (rel.Attribute("", "TargetMode").value_or("") == "External") continue;
      if (type.rfind(kOfficeRelationshipPrefix, 0) != 0) continue;
      const std::string_view short_type =
          std::string_view(type).substr(kOfficeRelationshipPrefix.size());
      for (size_t k = 0; k < kStoryTypes.size(); ++k) {
        if (short_type != kStoryTypes[k]) continue;
        std::string name = target.empty() || target[0] != '/'
                               ? "word/" + target
                               : target.substr(1);
        if (FindZipEntry(entries, name) == nullptr) {
          return Status::InvalidInput("word/_rels/document.xml.rels names " +
                                      name + ", which the file does not hold");
        }
        add(static_cast<StoryKind>(k), name);
      }
    }
  }
  for (const ZipEntry& entry : entries) {
    const std::string& n = entry.name;
    if (n.rfind("word/", 0) != 0 || n.find('/', 5) != std::string::npos ||
        n.size() < 9 || n.substr(n.size() - 4) != ".xml") {
      continue;
    }
    const std::string base = n.substr(5);
    if (base.rfind("header", 0) == 0) add(StoryKind::kHeader, n);
    if (base.rfind("footer", 0) == 0) add(StoryKind::kFooter, n);
    if (base == "footnotes.xml") add(StoryKind::kFootnotes, n);
    if (base == "endnotes.xml") add(StoryKind::kEndnotes, n);
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return StoryOrder(a.first, a.second) < StoryOrder(b.first, b.second);
  });
  return found;
}

Status ReadPart(DocxDocument& doc, const std::string& name,
                std::string_view root_name, FlatTextBuilder& builder) {
  const ZipEntry* entry = FindZipEntry(doc.entries, name);
  Result<XmlDocument> xml = XmlDocument::Parse(entry->data, name);
  if (!xml.ok()) return xml.status();
  XmlNode root = xml.value().Root();
  if (!root.Is(kWordNamespace, root_name)) {
    return Status::InvalidInput(
        name + ": the root element is not w:" + std::string(root_name) +
        " of WordprocessingML (Strict Open XML is not supported; save as "
        "an ordinary Word document)");
  }
  StoryWalker walker(name, builder, doc.nodes);
  if (Status s = walker.Visit(root); !s.ok()) return s;
  doc.parts.push_back(DocxPart{name, std::move(xml.value())});
  return Status::Ok();
}

}  // namespace

Result<DocxDocument> ReadDocxEntries(std::vector<ZipEntry> entries) {
  DocxDocument doc;
  doc.entries = std::move(entries);
  if (FindZipEntry(doc.entries, "word/document.xml") == nullptr) {
    return Status::InvalidInput(
        "not a Word .docx document: the archive holds no word/document.xml");
  }
  Result<std::vector<std::pair<StoryKind, std::string>>> stories =
      StoryParts(doc.entries);
  if (!stories.ok()) return stories.status();

  FlatTextBuilder builder;
  if (Status s = ReadPart(doc, "word/document.xml", "document", builder); !s.ok()) {
    return s;
  }
  doc.body_end = builder.text().size();
  constexpr std::array<std::string_view, 4> kRoots = {"hdr", "ftr", "footnotes",
                                                      "endnotes"};
  for (const auto& [kind, name] : stories.value()) {
    builder.AddSeparator("\n");
    if (Status s = ReadPart(doc, name, kRoots[static_cast<size_t>(kind)], builder);
        !s.ok()) {
      return s;
    }
  }
  doc.text = builder.TakeText();
  doc.pieces = builder.TakePieces();
  return doc;
}

Result<DocxDocument> ReadDocx(std::string_view bytes) {
  Result<std::vector<ZipEntry>> entries = ReadZip(bytes);
  if (!entries.ok()) {
    if (entries.status().code() != StatusCode::kInvalidInput) {
      return entries.status();
    }
    return Status::InvalidInput("not a readable .docx: " +
                                entries.status().message());
  }
  return ReadDocxEntries(std::move(entries).value());
}

}  // namespace wenshu
