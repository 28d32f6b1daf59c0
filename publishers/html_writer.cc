#include "publishers/html_writer.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "core/html_document.h"
#include "core/xml_document.h"

namespace wenshu {
namespace {

constexpr char kMappingError[] = "the HTML could not be mapped back: ";

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// Attributes that carry free text, removed from every element.
constexpr std::array<std::string_view, 14> kFreeTextAttributes = {
    "alt",        "title",           "placeholder",      "label",
    "summary",    "abbr",            "download",         "srcdoc",
    "aria-label", "aria-description", "aria-roledescription",
    "aria-valuetext", "aria-placeholder", "aria-braillelabel"};

// Attributes that hold a URL.
constexpr std::array<std::string_view, 14> kUrlAttributes = {
    "href",     "src",  "action",   "formaction", "poster", "cite",
    "background", "data", "longdesc", "ping",      "xlink:href", "codebase",
    "manifest", "icon"};

// Schemes whose "address" is free text or a contact: never published.
constexpr std::array<std::string_view, 7> kRefusedSchemes = {
    "javascript:", "vbscript:", "tel:", "mailto:", "sms:", "callto:", "data:"};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The URL as a browser reads its scheme: leading spaces and controls gone,
// tabs and newlines inside ignored, lower case.
std::string SchemeView(std::string_view url) {
  std::string out;
  bool leading = true;
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (leading && u <= 0x20) continue;
    leading = false;
    if (c == '\t' || c == '\n' || c == '\r') continue;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    if (out.size() >= 32) break;
  }
  return out;
}

bool IsRefusedUrl(std::string_view url) {
  const std::string scheme = SchemeView(url);
  for (std::string_view refused : kRefusedSchemes) {
    if (!StartsWith(scheme, refused)) continue;
    if (refused == "data:" && StartsWith(scheme, "data:image/") &&
        !StartsWith(scheme, "data:image/svg")) {
      return false;  // a picture's pixels
    }
    return true;
  }
  return false;
}

bool IsRemovedAttribute(std::string_view element, const HtmlAttribute& a) {
  const std::string_view name = a.name;
  if (Contains(kFreeTextAttributes, name)) return true;
  if (StartsWith(name, "data-") || StartsWith(name, "on")) return true;
  if (name == "content") return element != "meta";  // kept metas need it
  if (name == "value") {
    return element != "li" && element != "meter" && element != "progress";
  }
  if (Contains(kUrlAttributes, name) || name == "srcset") return IsRefusedUrl(a.value);
  return false;
}

// Deletes what a published page never carries (see html_writer.h).
void Scrub(XmlNode node) {
  XmlNode c = node.FirstChild();
  while (c) {
    XmlNode next = c.NextSibling();
    switch (KindOf(c)) {
      case HtmlNodeKind::kText:
      case HtmlNodeKind::kCData:
        break;
      case HtmlNodeKind::kElement:
        if (IsRemovedFromHtml(c)) {
          c.Remove();
          break;
        }
        for (const HtmlAttribute& a : Attributes(c)) {
          if (IsRemovedAttribute(c.LocalName(), a)) RemoveAttribute(c, a.name);
        }
        Scrub(c);
        break;
      case HtmlNodeKind::kComment:
      case HtmlNodeKind::kInstruction:
        c.Remove();
        break;
      case HtmlNodeKind::kDoctype:
      case HtmlNodeKind::kOther:
        break;
    }
    c = next;
  }
}

// Whether `edit` deletes whole lines: from a line's start through a line
// break, replaced by nothing (a party's contact line the engine drops).
bool DeletesWholeLines(const std::string& text, const TextEdit& edit) {
  return edit.replacement.empty() && edit.end > edit.begin && edit.end <= text.size() &&
         (edit.begin == 0 || text[edit.begin - 1] == '\n') && text[edit.end - 1] == '\n';
}

// The edits with each whole-line deletion turned into deletions of the text
// of its nodes: the paragraph breaks are structure, and a block left
// without text reads as no line at all. (A break that is a <br> stays and
// leaves an empty line, which the re-read check refuses.)
std::vector<TextEdit> NodeEdits(const std::string& text,
                                const std::vector<TextPiece>& pieces,
                                const std::vector<TextEdit>& edits) {
  std::vector<TextEdit> out;
  for (const TextEdit& edit : edits) {
    if (!DeletesWholeLines(text, edit)) {
      out.push_back(edit);
      continue;
    }
    auto it = std::upper_bound(pieces.begin(), pieces.end(), edit.begin,
                               [](size_t o, const TextPiece& p) { return o < p.end; });
    for (; it != pieces.end() && it->begin < edit.end; ++it) {
      const size_t begin = std::max(edit.begin, it->begin);
      const size_t end = std::min(edit.end, it->end);
      if (begin < end) out.push_back(TextEdit{begin, end, ""});
    }
  }
  return out;
}

}  // namespace

Result<std::string> WriteHtml(const HtmlDocument& document,
                              const std::vector<TextEdit>& edits,
                              const std::string& expected_public_text) {
  // The writer's own tree: the node handles of `document` are never touched.
  Result<HtmlDocument> copy = ReadHtml(document.source);
  if (!copy.ok()) return copy.status();
  HtmlDocument& fresh = copy.value();
  if (fresh.text != document.text) {
    return Status::Internal("the HTML read twice gave two texts");
  }
  for (const TextEdit& edit : edits) {
    if (!CanEncode(edit.replacement, fresh.encoding)) {
      return Status::InvalidInput(kMappingError + std::string("the replacement \"") +
                                  edit.replacement + "\" holds a character " +
                                  fresh.encoding + " cannot carry");
    }
  }
  Result<std::vector<PieceEdit>> mapped =
      MapEdits(fresh.pieces, NodeEdits(fresh.text, fresh.pieces, edits));
  if (!mapped.ok()) {
    return Status::InvalidInput(kMappingError + mapped.status().message());
  }
  const std::vector<PieceEdit>& piece_edits = mapped.value();
  for (size_t i = 0; i < piece_edits.size();) {
    const size_t piece = piece_edits[i].piece;
    const std::vector<uint32_t>& map = fresh.raw_offsets[piece];
    std::vector<PieceEdit> raw_edits;
    for (; i < piece_edits.size() && piece_edits[i].piece == piece; ++i) {
      const PieceEdit& e = piece_edits[i];
      raw_edits.push_back(PieceEdit{piece, map[e.begin], map[e.end], e.replacement});
    }
    XmlNode node = fresh.nodes[piece];
    SetNodeText(node, ApplyPieceEdits(NodeText(node), raw_edits));
  }
  Scrub(fresh.tree.DocumentNode());
  Result<std::string> bytes = fresh.tree.Serialize();
  if (!bytes.ok()) return bytes.status();

  // Fail closed: what was written must read back as exactly the public text.
  Result<HtmlDocument> reread = ReadHtml(bytes.value());
  const Result<std::string> text =
      reread.ok() ? Result<std::string>(reread.value().text)
                  : Result<std::string>(reread.status());
  if (Status s = CheckReadBack(text, expected_public_text, kMappingError);
      !s.ok())
    return s;
  return bytes;
}

}  // namespace wenshu
