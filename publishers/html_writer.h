// The HTML writer: a redacted copy of a page read by ReadHtml
// (core/html_reader.h), with the engine's edits put into the text nodes they
// fall in and everything that is not public text taken out of the page.
//
// What the output keeps: every element, class, id, style attribute, <style>
// element, table and link, in the page's own charset (a GBK page with
// <meta charset=gbk> comes back GBK; a UTF-8 page with a byte-order mark
// keeps it). An edit's replacement goes into the first text node the span
// touches and the rest of the span is deleted from the nodes that follow
// (a span over <b>3201</b>0219... leaves both nodes and the <b>; see
// MapEdits in core/text_pieces.h); whitespace the reader collapsed is
// mapped back through each piece's offset map, so only the bytes an edit
// covers change. libxml2 prints the markup: the implied <html>, <head>
// and <body> and implied end tags are written, attribute quoting is
// normalized, non-ASCII in href and src is percent-encoded, the file ends
// with a newline. A character the charset cannot carry that the page held
// (as a reference) is written back as a reference &#x...;.
//
// What it removes: the elements IsRemovedFromHtml names (script,
// noscript, template, noembed, noframes, hidden elements, <meta> other
// than charset / http-equiv Content-Type / viewport) with all they hold;
// comments and processing instructions; on every element the attributes
// that carry free text: alt, title, placeholder, label, summary, abbr,
// download, srcdoc, content (except on a kept <meta>), value (except on
// li, meter and progress, where it is a number), aria-label,
// aria-description, aria-roledescription, aria-valuetext,
// aria-placeholder, every data-* attribute and every on* event handler;
// URL attributes (href, src, action, formaction, poster, cite, background,
// data, longdesc, ping, xlink:href, ...) whose scheme is javascript:,
// vbscript:, tel:, mailto:, sms:, callto: or data: other than an image.
// Kept unchecked by this writer: other URLs, ids, classes, names and
// styles (CSS); the residue scan over HtmlStrings of the output is what
// finds an identifier left there.
//
// An edit that deletes whole lines (from a line's start through its line
// break, replaced by nothing) deletes the text of their nodes and leaves
// the emptied blocks, which read as no line.
//
// Fails closed, nothing half-written: kInvalidInput "the HTML could not be
// mapped back: ..." when any other edit crosses a line break (a separator), when a
// replacement holds a character the page's charset cannot carry, or when
// the output read back with ReadHtml does not give exactly
// `expected_public_text`. Edits are flat-text offsets of `document.text`,
// sorted and not overlapping.
//
// Thread-safe for distinct documents; `document` is not modified (the
// writer reads `document.source` again into its own tree).
#ifndef WENSHU_PUBLISHERS_HTML_WRITER_H_
#define WENSHU_PUBLISHERS_HTML_WRITER_H_

#include <string>
#include <vector>

#include "core/html_reader.h"
#include "core/status.h"
#include "core/text_pieces.h"

namespace wenshu {

// The bytes of the redacted page.
Result<std::string> WriteHtml(const HtmlDocument& document,
                              const std::vector<TextEdit>& edits,
                              const std::string& expected_public_text);

}  // namespace wenshu

#endif  // WENSHU_PUBLISHERS_HTML_WRITER_H_
