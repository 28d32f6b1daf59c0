// The HTML reader: the text of an HTML page (a judgment copied around as a
// web page) as one flat text that reads like the judgment as plain text, one
// paragraph per line, with each piece of it mapped back to the text node it
// came from, so that a writer can put edits of the flat text back into the
// page (core/text_pieces.h, publishers/html_writer.h).
//
// The flat text, in order:
//   - the <title> (it usually names the parties), each title its own line;
//   - then the rest of the page in document order. Block elements (p, div,
//     li, h1-h6, blockquote, pre, section, article, table, tr, td, th, dd,
//     dt, ...) begin and end a line; <br> is a line break; an <hr> ends a
//     line. A table is read cell by cell, each cell on its own line. Line
//     breaks are separators: they belong to no text node, so an edit that
//     would delete one cannot be mapped.
// Whitespace is read as a browser renders it: a run of spaces, tabs and
// newlines inside a paragraph is one space, dropped at the start and end of
// a line; inside pre, textarea, listing and xmp it is kept as written.
// Each piece keeps an offset map from its collapsed text to the raw text of
// its node (character references resolved), so an edit lands on exactly the
// bytes it covers. The text ends with "\n" unless empty.
//
// Never read as text: the <head> except the title, script, noscript,
// template, noembed, noframes, style, comments, processing instructions,
// every element with the `hidden` attribute, aria-hidden="true", or an
// inline style with display:none or visibility:hidden/collapse (with all
// they contain), and <meta> elements. IsRemovedFromHtml names the elements
// the writer deletes, which are exactly those read as no text at all
// besides style and head (kept in the output).
//
// Fails closed, like HtmlTree::Parse (core/html_document.h): bytes that are
// not the page's charset, nesting past 200, more than 1000 attributes on a
// tag, a NUL, more than 64 MiB. HtmlDocument is move-only (it owns the
// parsed tree) and not synchronized; ReadHtml and HtmlStrings are
// thread-safe.
#ifndef WENSHU_CORE_HTML_READER_H_
#define WENSHU_CORE_HTML_READER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/html_document.h"
#include "core/status.h"
#include "core/text_pieces.h"
#include "core/xml_document.h"

namespace wenshu {

struct HtmlDocument {
  std::string text;               // the flat text (UTF-8) the engine redacts
  std::vector<TextPiece> pieces;  // pieces[i] maps to one text node, nodes[i]
  std::string encoding;           // the input's charset (HtmlTree::encoding())
  HtmlTree tree;                  // the parsed page
  std::vector<XmlNode> nodes;     // text nodes of `tree`, one per piece
  // raw_offsets[i][k]: the byte offset in the raw text of nodes[i] that
  // byte k of pieces[i] stands at; size is the piece's length + 1.
  std::vector<std::vector<uint32_t>> raw_offsets;
  std::string source;             // the bytes read
};

// Reads the HTML page `bytes`.
Result<HtmlDocument> ReadHtml(std::string_view bytes);

// Every string an HTML file carries, for the final residue scan over output
// files: every text node (script and style content and the title
// included), every comment and processing instruction, every attribute
// value, the DOCTYPE's ids, as UTF-8. Fails like ReadHtml on bytes it
// cannot parse.
Result<std::vector<std::string>> HtmlStrings(std::string_view bytes);

// Whether `element` and all it holds is never judgment text and is deleted
// from a published page: script, noscript, template, noembed, noframes,
// hidden elements (above), and <meta> other than a charset, an http-equiv
// Content-Type or a viewport.
bool IsRemovedFromHtml(XmlNode element);

}  // namespace wenshu

#endif  // WENSHU_CORE_HTML_READER_H_
