// The libxml2 HTML adapter: one parsed HTML page, its serialization back to
// bytes in the page's own encoding, and the few node operations the HTML
// reader and writer need beyond XmlNode (an HTML tree is a libxml2 tree, so
// XmlNode handles walk it: LocalName() is the lower-case tag name, and
// Parent/FirstChild/NextSibling/Attribute/Remove work as for XML).
//
// Parsing treats the input as hostile. The charset is settled before libxml2
// sees a byte: a byte-order mark, else a <meta charset> (or http-equiv
// Content-Type) in the first 4096 bytes, else UTF-8 when the bytes are valid
// UTF-8, else GB18030 as core/encoding.h detects it. The bytes are decoded
// with ICU, refusing any byte the charset does not define, and libxml2 parses
// the UTF-8 (HTML_PARSE_IGNORE_ENC, so a <meta> cannot switch it): never the
// network (HTML_PARSE_NONET), never an external entity or DTD, no default
// DOCTYPE added (the implied <html>, <head> and <body> are, as a browser
// adds them), blank text nodes kept, nothing printed to stderr. Limits,
// each an error value before libxml2 can spend quadratic time or deep
// recursion on them: 64 MiB of input (kResourceExhausted), elements nested
// more than 200 deep (the parse is stopped there, kInvalidInput), more than
// 1000 attributes on one tag (kInvalidInput, found by a scan of the bytes
// before parsing), a NUL character (kInvalidInput).
//
// Serialize writes the tree as libxml2 prints HTML, then encodes it in the
// page's charset (with its byte-order mark if it had one). A character the
// charset cannot carry is written as a character reference &#x...; in text
// and attributes (the page may have carried it that way); callers that must
// refuse such characters check them first with CanEncode.
//
// HtmlTree owns its libxml2 tree (move-only). XmlNode handles into it are
// valid while the tree lives and the node has not been removed. Neither is
// synchronized: one tree, one thread at a time; distinct trees may be used
// from different threads. The charset conversion uses ICU's converters
// directly (the only converter use outside core/encoding.cc).
#ifndef WENSHU_CORE_HTML_DOCUMENT_H_
#define WENSHU_CORE_HTML_DOCUMENT_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/xml_document.h"

struct _xmlDoc;

namespace wenshu {

inline constexpr size_t kMaxHtmlBytes = size_t{64} << 20;
inline constexpr int kMaxHtmlDepth = 200;
inline constexpr size_t kMaxHtmlAttributes = 1000;

enum class HtmlNodeKind {
  kElement,
  kText,
  kCData,        // script and style content
  kComment,
  kInstruction,  // <?...>
  kDoctype,
  kOther,
};

struct HtmlAttribute {
  std::string name;   // as written, lower-cased by the parser
  std::string value;  // UTF-8, character references resolved
};

class HtmlTree {
 public:
  // Parses a whole page. kInvalidInput "the HTML cannot be read: ..." for
  // bytes the charset does not define, an unknown charset, a NUL, nesting
  // or attribute counts past the limits; kResourceExhausted past 64 MiB.
  static Result<HtmlTree> Parse(std::string_view bytes);

  HtmlTree() = default;
  HtmlTree(HtmlTree&&) noexcept = default;
  HtmlTree& operator=(HtmlTree&&) noexcept = default;
  ~HtmlTree();

  // The document node: its children are the DOCTYPE, comments and <html>.
  XmlNode DocumentNode() const;
  // The charset the page was read in: "UTF-8", "UTF-8 (BOM)",
  // "UTF-16LE (BOM)", "UTF-16BE (BOM)", "UTF-16LE", "UTF-16BE" (as
  // DecodeToUtf8 names them: written back with a byte-order mark exactly
  // when it had one), "GB18030", "GBK", "Big5", or the label of another
  // charset ICU knows.
  const std::string& encoding() const { return encoding_; }

  // The page as bytes in encoding().
  Result<std::string> Serialize() const;

 private:
  struct Deleter {
    void operator()(_xmlDoc* doc) const;
  };
  std::unique_ptr<_xmlDoc, Deleter> doc_;
  std::string encoding_;
};

HtmlNodeKind KindOf(XmlNode node);
// The text of a text, CDATA (script and style content) or comment node, as
// the page means it (UTF-8, character references resolved); "" otherwise.
std::string_view NodeText(XmlNode node);
// Replaces the text of a text node; it is escaped when serialized.
void SetNodeText(XmlNode node, std::string_view text);
// An element's attributes in order; values UTF-8.
std::vector<HtmlAttribute> Attributes(XmlNode element);
// Removes every attribute called `name` from the element.
void RemoveAttribute(XmlNode element, std::string_view name);
// The DOCTYPE's name, public and system ids (the strings it carries).
std::vector<std::string> DoctypeStrings(XmlNode doctype);

// Whether every character of `utf8` can be written in `encoding` (a name
// HtmlTree::encoding() returns). Thread-safe.
bool CanEncode(std::string_view utf8, std::string_view encoding);

}  // namespace wenshu

#endif  // WENSHU_CORE_HTML_DOCUMENT_H_
