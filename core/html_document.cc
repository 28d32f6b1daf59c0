#include "core/html_document.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <optional>

#include "core/encoding.h"

namespace wenshu {
namespace {

constexpr char kUnreadable[] = "the HTML cannot be read: ";

std::string_view View(const xmlChar* s) {
  return s == nullptr ? std::string_view()
                      : std::string_view(reinterpret_cast<const char*>(s));
}

char Lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool StartsWithNoCase(std::string_view s, size_t at, std::string_view prefix) {
  if (s.size() - std::min(at, s.size()) < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[at + i]) != prefix[i]) return false;
  }
  return true;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// The ICU converter name for a charset label of a <meta>, following the
// WHATWG labels for the ones Chinese pages use; nullopt for a label ICU
// does not know.
std::optional<std::string> CharsetFromLabel(std::string_view label) {
  const std::string l = LowerAscii(label);
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" ||
      l.rfind("utf-16", 0) == 0) {
    // A page that says UTF-16 without a byte-order mark is UTF-8 to a
    // browser (the meta could not have been read otherwise).
    return std::string("UTF-8");
  }
  if (l == "gbk" || l == "gb2312" || l == "x-gbk" || l == "cp936" ||
      l == "windows-936" || l == "chinese" || l == "csgb2312" ||
      l == "csiso58gb231280" || l == "gb_2312" || l == "gb_2312-80" ||
      l == "iso-ir-58") {
    return std::string("GBK");
  }
  if (l == "gb18030") return std::string("GB18030");
  if (l == "big5" || l == "big5-hkscs" || l == "cn-big5" || l == "x-x-big5" ||
      l == "csbig5") {
    return std::string("Big5");
  }
  UErrorCode error = U_ZERO_ERROR;
  Converter probe(ucnv_open(std::string(label).c_str(), &error));
  if (U_FAILURE(error)) return std::nullopt;
  return std::string(label);
}

// The label of the first <meta charset=...> or http-equiv content type in
// the first 4096 bytes, if any.
std::optional<std::string> DeclaredCharset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  for (size_t at = 0; (at = head.find('<', at)) != std::string_view::npos; ++at) {
    if (StartsWithNoCase(head, at, "<!--")) {
      const size_t end = head.find("-->", at + 4);
      if (end == std::string_view::npos) return std::nullopt;
      at = end;
      continue;
    }
    if (!StartsWithNoCase(head, at, "<meta") || at + 5 >= head.size() ||
        !(IsSpace(head[at + 5]) || head[at + 5] == '/')) {
      continue;
    }
    const size_t end = std::min(head.find('>', at), head.size());
    const std::string tag = LowerAscii(head.substr(at, end - at));
    size_t c = tag.find("charset");
    if (c == std::string::npos) continue;
    c += 7;
    while (c < tag.size() && IsSpace(tag[c])) ++c;
    if (c >= tag.size() || tag[c] != '=') continue;
    ++c;
    while (c < tag.size() && (IsSpace(tag[c]) || tag[c] == '"' || tag[c] == '\'')) {
      ++c;
    }
    size_t e = c;
    while (e < tag.size() &&
           (std::isalnum(static_cast<unsigned char>(tag[e])) || tag[e] == '-' ||
            tag[e] == '_' || tag[e] == '.' || tag[e] == ':')) {
      ++e;
    }
    if (e > c) return tag.substr(c, e - c);
  }
  return std::nullopt;
}

// Elements whose content the HTML tokenizer does not parse as tags.
bool IsRawTextTag(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" ||
         name == "title" || name == "xmp" || name == "iframe" ||
         name == "noembed" || name == "noframes" || name == "plaintext";
}

// libxml2 checks each attribute of a tag against the ones before it, and
// appends each to the end of a list: quadratic in the attributes of one
// tag. Count them in the bytes first (quoted values and raw-text elements
// skipped, the way the tokenizer skips them).
Status CheckAttributeCounts(std::string_view s) {
  size_t at = 0;
  while ((at = s.find('<', at)) != std::string_view::npos) {
    if (s.compare(at, 4, "<!--") == 0) {
      const size_t end = s.find("-->", at + 4);
      if (end == std::string_view::npos) return Status::Ok();
      at = end + 3;
      continue;
    }
    ++at;
    if (at >= s.size() || !std::isalpha(static_cast<unsigned char>(s[at]))) continue;
    size_t name_end = at;
    while (name_end < s.size() && !IsSpace(s[name_end]) && s[name_end] != '>' &&
           s[name_end] != '/') {
      ++name_end;
    }
    const std::string name = LowerAscii(s.substr(at, name_end - at));
    size_t i = name_end;
    size_t attributes = 0;
    bool in_name = false;
    char previous = ' ';
    while (i < s.size() && s[i] != '>') {
      const char c = s[i];
      if ((c == '"' || c == '\'') && previous == '=') {
        const size_t close = s.find(c, i + 1);
        if (close == std::string_view::npos) return Status::Ok();
        i = close + 1;
        previous = c;
        in_name = false;
        continue;
      }
      if (IsSpace(c) || c == '/') {
        in_name = false;
      } else if (c == '=') {
        in_name = true;  // the value that follows is not a new name
      } else if (!in_name) {
        in_name = true;
        if (++attributes > kMaxHtmlAttributes) {
          return Status::InvalidInput(std::string(kUnreadable) + "a <" + name +
                                      "> tag has more than " +
                                      std::to_string(kMaxHtmlAttributes) +
                                      " attributes");
        }
      }
      if (!IsSpace(c)) previous = c;
      ++i;
    }
    at = i;
    if (IsRawTextTag(name)) {
      // Skip to the end tag: what lies between is text, not tags.
      const std::string close = "</" + name;
      size_t j = at;
      while (j < s.size() && !StartsWithNoCase(s, j, close)) {
        j = s.find('<', j + 1);
        if (j == std::string_view::npos) return Status::Ok();
      }
      at = j + 1;
    }
  }
  return Status::Ok();
}

// Decodes `bytes` in charset `name` with ICU, refusing any byte sequence the
// charset does not define.
Result<std::string> DecodeAs(std::string_view bytes, const std::string& name) {
  UErrorCode error = U_ZERO_ERROR;
  Converter conv(ucnv_open(name.c_str(), &error));
  if (U_FAILURE(error)) {
    return Status::InvalidInput(std::string(kUnreadable) + "unknown charset " + name);
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                      nullptr, &error);
  icu::UnicodeString unicode;
  const int32_t capacity = static_cast<int32_t>(bytes.size()) + 1;
  UChar* buffer = unicode.getBuffer(capacity);
  const int32_t length = ucnv_toUChars(conv.get(), buffer, capacity, bytes.data(),
                                       static_cast<int32_t>(bytes.size()), &error);
  unicode.releaseBuffer(U_SUCCESS(error) ? length : 0);
  if (U_FAILURE(error)) {
    return Status::InvalidInput(std::string(kUnreadable) +
                                "a byte sequence that is not " + name);
  }
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

// Encodes UTF-8 `text` in charset `name`; characters it cannot carry become
// &#x...; when `escape`, else make it fail.
Result<std::string> EncodeAs(std::string_view text, const std::string& name,
                             bool escape) {
  UErrorCode error = U_ZERO_ERROR;
  Converter conv(ucnv_open(name.c_str(), &error));
  if (U_FAILURE(error)) return Status::Internal("ICU has no converter for " + name);
  if (escape) {
    ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_ESCAPE,
                          UCNV_ESCAPE_XML_HEX, nullptr, nullptr, &error);
  } else {
    ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr,
                          nullptr, &error);
  }
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  int32_t capacity = unicode.length() * 4 + 16;
  for (int attempt = 0; attempt < 2; ++attempt) {
    out.resize(static_cast<size_t>(capacity));
    error = U_ZERO_ERROR;
    const int32_t length =
        ucnv_fromUChars(conv.get(), out.data(), capacity, unicode.getBuffer(),
                        unicode.length(), &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      capacity = length + 1;
      continue;
    }
    if (U_FAILURE(error)) {
      return Status::InvalidInput("a character cannot be written in " + name);
    }
    out.resize(static_cast<size_t>(length));
    return out;
  }
  return Status::Internal("ICU could not size the output in " + name);
}

// The ICU converter name of an HtmlTree::encoding() value: the name
// without its " (BOM)" (DecodeToUtf8's names say whether the page began
// with a byte-order mark).
constexpr std::string_view kBomSuffix = " (BOM)";
std::string ConverterName(std::string_view encoding) {
  if (encoding.ends_with(kBomSuffix))
    encoding.remove_suffix(kBomSuffix.size());
  return std::string(encoding);
}

// Stops the parse at kMaxHtmlDepth, below libxml2's own limit (256), which
// ends the parse silently with the part read so far.
int kTooDeep = 1;
void StartElementWithDepthLimit(void* ctx, const xmlChar* name,
                                const xmlChar** atts) {
  auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
  if (ctxt->nodeNr >= kMaxHtmlDepth) {
    ctxt->_private = &kTooDeep;
    xmlStopParser(ctxt);
    return;
  }
  xmlSAX2StartElement(ctx, name, atts);
}

}  // namespace

void HtmlTree::Deleter::operator()(_xmlDoc* doc) const { xmlFreeDoc(doc); }

HtmlTree::~HtmlTree() = default;

Result<HtmlTree> HtmlTree::Parse(std::string_view bytes) {
  if (bytes.size() > kMaxHtmlBytes) {
    return Status::ResourceExhausted(std::string(kUnreadable) +
                                     "larger than the 64 MiB limit");
  }
  std::string utf8;
  std::string encoding;
  const bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF" ||
                   bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
  std::optional<std::string> declared = bom ? std::nullopt : DeclaredCharset(bytes);
  if (declared) {
    std::optional<std::string> charset = CharsetFromLabel(*declared);
    if (!charset) {
      return Status::InvalidInput(std::string(kUnreadable) +
                                  "the page declares an unknown charset \"" +
                                  *declared + "\"");
    }
    encoding = *charset;
    if (encoding == "UTF-8") {
      if (std::optional<size_t> bad = FirstInvalidUtf8(bytes)) {
        return Status::InvalidInput(std::string(kUnreadable) +
                                    "invalid UTF-8 at byte " + std::to_string(*bad));
      }
      utf8 = std::string(bytes);
    } else {
      Result<std::string> decoded = DecodeAs(bytes, encoding);
      if (!decoded.ok()) return decoded.status();
      utf8 = std::move(decoded).value();
    }
  } else if (!bom && !FirstInvalidUtf8(bytes)) {
    // Valid UTF-8 is read as UTF-8 (a NUL in it is refused below, not
    // taken for a sign of UTF-16).
    encoding = "UTF-8";
    utf8 = std::string(bytes);
  } else {
    Result<DecodedText> decoded = DecodeToUtf8(bytes);
    if (!decoded.ok()) {
      return Status::InvalidInput(std::string(kUnreadable) +
                                  decoded.status().message());
    }
    utf8 = std::move(decoded.value().utf8);
    encoding = decoded.value().encoding;
  }
  if (utf8.find('\0') != std::string::npos) {
    return Status::InvalidInput(std::string(kUnreadable) + "it holds a NUL character");
  }
  if (utf8.size() > static_cast<size_t>(INT_MAX)) {
    return Status::ResourceExhausted(std::string(kUnreadable) + "too large");
  }
  if (Status s = CheckAttributeCounts(utf8); !s.ok()) return s;

  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (ctxt == nullptr) {
    return Status::ResourceExhausted("out of memory starting the HTML parser");
  }
  ctxt->sax->startElement = StartElementWithDepthLimit;
  ctxt->_private = nullptr;
  const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NODEFDTD |
                      HTML_PARSE_IGNORE_ENC;
  htmlDocPtr doc = htmlCtxtReadMemory(ctxt, utf8.data(), static_cast<int>(utf8.size()),
                                      nullptr, "UTF-8", options);
  const bool too_deep = ctxt->_private == &kTooDeep;
  // libxml2 halts (and disables its SAX calls) on a fatal error, such as
  // its own depth limit, and still returns the part it read.
  const bool halted = ctxt->disableSAX != 0;
  htmlFreeParserCtxt(ctxt);
  if (too_deep || halted || doc == nullptr) {
    if (doc != nullptr) xmlFreeDoc(doc);
    return Status::InvalidInput(
        std::string(kUnreadable) +
        (too_deep ? "elements nested more than " + std::to_string(kMaxHtmlDepth) +
                        " deep"
                  : std::string("libxml2 could not parse it")));
  }
  HtmlTree tree;
  tree.doc_.reset(doc);
  tree.encoding_ = std::move(encoding);
  return tree;
}

XmlNode HtmlTree::DocumentNode() const {
  return XmlNode(reinterpret_cast<xmlNodePtr>(doc_.get()));
}

Result<std::string> HtmlTree::Serialize() const {
  if (!doc_) return Status::Internal("serializing an empty HTML tree");
  xmlOutputBufferPtr buffer = xmlAllocOutputBuffer(nullptr);
  if (buffer == nullptr) {
    return Status::ResourceExhausted("out of memory serializing the HTML");
  }
  htmlDocContentDumpFormatOutput(buffer, doc_.get(), nullptr, 0);
  xmlOutputBufferFlush(buffer);
  const int error = buffer->error;
  std::string utf8(reinterpret_cast<const char*>(xmlOutputBufferGetContent(buffer)),
                   xmlOutputBufferGetSize(buffer));
  xmlOutputBufferClose(buffer);
  if (error != 0) return Status::Internal("libxml2 could not serialize the HTML");
  const std::string converter = ConverterName(encoding_);
  const bool bom = std::string_view(encoding_).ends_with(kBomSuffix);
  if (converter == "UTF-8") return bom ? "\xEF\xBB\xBF" + utf8 : utf8;
  Result<std::string> encoded = EncodeAs(utf8, converter, true);
  if (!encoded.ok()) return encoded.status();
  if (bom && converter == "UTF-16LE") return "\xFF\xFE" + encoded.value();
  if (bom && converter == "UTF-16BE") return "\xFE\xFF" + encoded.value();
  return encoded;
}

HtmlNodeKind KindOf(XmlNode node) {
  if (!node) return HtmlNodeKind::kOther;
  switch (node.raw()->type) {
    case XML_ELEMENT_NODE:
      return HtmlNodeKind::kElement;
    case XML_TEXT_NODE:
      return HtmlNodeKind::kText;
    case XML_CDATA_SECTION_NODE:
      return HtmlNodeKind::kCData;
    case XML_COMMENT_NODE:
      return HtmlNodeKind::kComment;
    case XML_PI_NODE:
      return HtmlNodeKind::kInstruction;
    case XML_DTD_NODE:
      return HtmlNodeKind::kDoctype;
    default:
      return HtmlNodeKind::kOther;
  }
}

std::string_view NodeText(XmlNode node) {
  const HtmlNodeKind kind = KindOf(node);
  if (kind != HtmlNodeKind::kText && kind != HtmlNodeKind::kCData &&
      kind != HtmlNodeKind::kComment && kind != HtmlNodeKind::kInstruction) {
    return std::string_view();
  }
  return View(node.raw()->content);
}

void SetNodeText(XmlNode node, std::string_view text) {
  xmlNodeSetContentLen(node.raw(), reinterpret_cast<const xmlChar*>(text.data()),
                       static_cast<int>(text.size()));
}

std::vector<HtmlAttribute> Attributes(XmlNode element) {
  std::vector<HtmlAttribute> out;
  if (!element.IsElement()) return out;
  for (xmlAttrPtr a = element.raw()->properties; a != nullptr; a = a->next) {
    xmlChar* value = xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(a));
    out.push_back(HtmlAttribute{std::string(View(a->name)), std::string(View(value))});
    if (value != nullptr) xmlFree(value);
  }
  return out;
}

void RemoveAttribute(XmlNode element, std::string_view name) {
  if (!element.IsElement()) return;
  xmlAttrPtr a = element.raw()->properties;
  while (a != nullptr) {
    xmlAttrPtr next = a->next;
    if (View(a->name) == name) xmlRemoveProp(a);
    a = next;
  }
}

std::vector<std::string> DoctypeStrings(XmlNode doctype) {
  std::vector<std::string> out;
  if (!doctype || doctype.raw()->type != XML_DTD_NODE) return out;
  auto* dtd = reinterpret_cast<xmlDtdPtr>(doctype.raw());
  for (const xmlChar* s : {dtd->name, dtd->ExternalID, dtd->SystemID}) {
    if (s != nullptr) out.emplace_back(View(s));
  }
  return out;
}

bool CanEncode(std::string_view utf8, std::string_view encoding) {
  if (FirstInvalidUtf8(utf8)) return false;
  const std::string name = ConverterName(encoding);
  if (name == "UTF-8" || name == "UTF-16LE" || name == "UTF-16BE") return true;
  return EncodeAs(utf8, name, false).ok();
}

}  // namespace wenshu
