#include "core/html_reader.h"

#include <algorithm>
#include <array>
#include <utility>

namespace wenshu {
namespace {

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// Elements that begin and end a line.
constexpr std::array<std::string_view, 52> kBlocks = {
    "address", "article", "aside",   "blockquote", "body",     "caption",
    "center",  "dd",      "details", "dialog",     "dir",      "div",
    "dl",      "dt",      "fieldset", "figcaption", "figure",  "footer",
    "form",    "h1",      "h2",      "h3",         "h4",       "h5",
    "h6",      "header",  "hgroup",  "hr",         "html",     "legend",
    "li",      "listing", "main",    "menu",       "nav",      "ol",
    "p",       "plaintext", "pre",   "section",    "summary",  "table",
    "tbody",   "td",      "tfoot",   "th",         "thead",    "tr",
    "ul",      "xmp",     "option",  "optgroup"};

// Elements whose whitespace is kept as written.
constexpr std::array<std::string_view, 5> kPreformatted = {
    "pre", "textarea", "listing", "xmp", "plaintext"};

// Never text, and deleted from a published page.
constexpr std::array<std::string_view, 5> kRemoved = {
    "script", "noscript", "template", "noembed", "noframes"};

// Never text, kept in a published page (the title is read on its own).
constexpr std::array<std::string_view, 3> kNotText = {"style", "head", "title"};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Trimmed(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

bool IsCollapsible(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool IsHidden(XmlNode element) {
  if (element.Attribute("", "hidden")) return true;
  if (std::optional<std::string> aria = element.Attribute("", "aria-hidden")) {
    if (LowerAscii(Trimmed(*aria)) == "true") return true;
  }
  if (std::optional<std::string> style = element.Attribute("", "style")) {
    std::string compact;
    for (char c : LowerAscii(*style)) {
      if (!IsCollapsible(c)) compact.push_back(c);
    }
    for (std::string_view hiding :
         {"display:none", "visibility:hidden", "visibility:collapse"}) {
      if (compact.find(hiding) != std::string::npos) return true;
    }
  }
  return false;
}

bool IsKeptMeta(XmlNode meta) {
  if (meta.Attribute("", "charset")) return true;
  if (LowerAscii(Trimmed(meta.Attribute("", "http-equiv").value_or(""))) ==
      "content-type") {
    return true;
  }
  return LowerAscii(Trimmed(meta.Attribute("", "name").value_or(""))) == "viewport";
}

// Builds the flat text with a browser's whitespace collapsing. A run of
// whitespace after some text is "pending": it becomes one space only when
// more text follows on the same line, and then belongs to the piece of the
// node it came from.
class HtmlTextBuilder {
 public:
  explicit HtmlTextBuilder(HtmlDocument& doc) : doc_(doc) {}

  void LineBreak() {
    pending_ = false;
    doc_.text.push_back('\n');
  }
  void EndLine() {
    pending_ = false;
    if (!doc_.text.empty() && doc_.text.back() != '\n') doc_.text.push_back('\n');
  }

  void AddText(XmlNode node, bool preformatted) {
    const std::string_view raw = NodeText(node);
    const size_t index = doc_.pieces.size();
    std::string local;
    std::vector<uint32_t> map;
    if (preformatted) {
      if (!raw.empty()) FlushPending();
      local.assign(raw);
      for (size_t i = 0; i <= raw.size(); ++i) map.push_back(static_cast<uint32_t>(i));
    } else {
      size_t i = 0;
      size_t content_end = 0;  // raw offset after the last byte kept
      while (i < raw.size()) {
        if (IsCollapsible(raw[i])) {
          size_t j = i;
          while (j < raw.size() && IsCollapsible(raw[j])) ++j;
          if (!local.empty()) {
            // After text of this node: pending, owned here.
            pending_ = true;
            pending_piece_ = index;
            pending_begin_ = i;
            pending_end_ = j;
          } else if (!pending_ && !AtLineStart()) {
            pending_ = true;
            pending_piece_ = index;
            pending_begin_ = i;
            pending_end_ = j;
          }
          i = j;
          continue;
        }
        if (pending_) {
          if (pending_piece_ == index) {
            map.push_back(static_cast<uint32_t>(pending_begin_));
            local.push_back(' ');
          } else {
            FlushPending();
          }
          pending_ = false;
        }
        map.push_back(static_cast<uint32_t>(i));
        local.push_back(raw[i]);
        ++i;
        content_end = i;
      }
      map.push_back(static_cast<uint32_t>(
          pending_ && pending_piece_ == index ? pending_begin_ : content_end));
    }
    const size_t begin = doc_.text.size();
    doc_.text.append(local);
    doc_.pieces.push_back(TextPiece{begin, doc_.text.size()});
    doc_.nodes.push_back(node);
    doc_.raw_offsets.push_back(std::move(map));
  }

 private:
  bool AtLineStart() const {
    return doc_.text.empty() || doc_.text.back() == '\n';
  }

  // The pending space of an earlier node goes into that node's piece; the
  // pieces after it, which are empty (else the space would have been
  // flushed), move behind it.
  void FlushPending() {
    if (!pending_) return;
    pending_ = false;
    doc_.text.push_back(' ');
    TextPiece& owner = doc_.pieces[pending_piece_];
    owner.end += 1;
    std::vector<uint32_t>& map = doc_.raw_offsets[pending_piece_];
    map.back() = static_cast<uint32_t>(pending_begin_);
    map.push_back(static_cast<uint32_t>(pending_end_));
    for (size_t k = pending_piece_ + 1; k < doc_.pieces.size(); ++k) {
      doc_.pieces[k].begin = doc_.pieces[k].end = owner.end;
    }
  }

  HtmlDocument& doc_;
  bool pending_ = false;
  size_t pending_piece_ = 0;
  size_t pending_begin_ = 0;
  size_t pending_end_ = 0;
};

void CollectTitles(XmlNode node, std::vector<XmlNode>& titles) {
  for (XmlNode c = node.FirstChild(); c; c = c.NextSibling()) {
    if (!c.IsElement() || IsRemovedFromHtml(c)) continue;
    if (c.LocalName() == "title") {
      titles.push_back(c);
      continue;
    }
    CollectTitles(c, titles);
  }
}

void Walk(XmlNode node, bool preformatted, HtmlTextBuilder& builder) {
  for (XmlNode c = node.FirstChild(); c; c = c.NextSibling()) {
    const HtmlNodeKind kind = KindOf(c);
    if (kind == HtmlNodeKind::kText) {
      builder.AddText(c, preformatted);
      continue;
    }
    if (kind != HtmlNodeKind::kElement) continue;
    if (IsRemovedFromHtml(c)) continue;
    const std::string_view name = c.LocalName();
    if (Contains(kNotText, name)) continue;
    if (name == "br") {
      builder.LineBreak();
      continue;
    }
    const bool block = Contains(kBlocks, name);
    if (block) builder.EndLine();
    Walk(c, preformatted || Contains(kPreformatted, name), builder);
    if (block) builder.EndLine();
  }
}

void CollectStrings(XmlNode node, std::vector<std::string>& out) {
  for (XmlNode c = node.FirstChild(); c; c = c.NextSibling()) {
    switch (KindOf(c)) {
      case HtmlNodeKind::kElement:
        for (HtmlAttribute& a : Attributes(c)) out.push_back(std::move(a.value));
        CollectStrings(c, out);
        break;
      case HtmlNodeKind::kDoctype:
        for (std::string& s : DoctypeStrings(c)) out.push_back(std::move(s));
        break;
      case HtmlNodeKind::kOther:
        break;
      default:
        out.emplace_back(NodeText(c));
    }
  }
}

}  // namespace

bool IsRemovedFromHtml(XmlNode element) {
  if (!element.IsElement()) return false;
  const std::string_view name = element.LocalName();
  if (Contains(kRemoved, name)) return true;
  if (name == "meta" && !IsKeptMeta(element)) return true;
  return IsHidden(element);
}

Result<HtmlDocument> ReadHtml(std::string_view bytes) {
  Result<HtmlTree> tree = HtmlTree::Parse(bytes);
  if (!tree.ok()) return tree.status();
  HtmlDocument doc;
  doc.tree = std::move(tree).value();
  doc.encoding = doc.tree.encoding();
  doc.source = std::string(bytes);
  HtmlTextBuilder builder(doc);
  std::vector<XmlNode> titles;
  CollectTitles(doc.tree.DocumentNode(), titles);
  for (XmlNode title : titles) {
    builder.EndLine();
    Walk(title, false, builder);
    builder.EndLine();
  }
  Walk(doc.tree.DocumentNode(), false, builder);
  builder.EndLine();
  return doc;
}

Result<std::vector<std::string>> HtmlStrings(std::string_view bytes) {
  Result<HtmlTree> tree = HtmlTree::Parse(bytes);
  if (!tree.ok()) return tree.status();
  std::vector<std::string> out;
  CollectStrings(tree.value().DocumentNode(), out);
  return out;
}

}  // namespace wenshu
