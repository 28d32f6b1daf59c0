// The .docx writer: a redacted copy of a document read by ReadDocx
// (core/docx_reader.h), with the engine's edits put into the runs they fall
// in and everything that is not public text taken out of the package.
//
// What the output keeps: every paragraph, run, table and their formatting;
// an edit's replacement goes into the first run the span touches and the
// rest of the span is deleted from the runs that follow (a span over a bold
// and a plain run leaves both runs and their formatting; see MapEdits in
// core/text_pieces.h). w:t elements whose new text begins or ends with a
// space get xml:space="preserve".
//
// What it removes, in the story parts (body, headers, footers, notes):
// tracked changes resolved as accepted (w:del and w:moveFrom removed with
// their content, w:ins and w:moveTo unwrapped, formatting-change records
// w:*PrChange removed, so no author or date of a change is left), hidden
// runs (w:vanish), comment ranges and references, every w:rsid* attribute,
// fields flattened to their displayed result (w:instrText and w:fldChar
// removed: an instruction can name a person or a property), bookmarks
// (their names are free text), smart-tag and custom-XML properties, alt
// text (descr and title attributes, as on wp:docPr), hyperlink tooltips,
// XML comments and processing instructions. In the package: the comments parts (word/comments*.xml),
// word/people.xml, custom XML (customXml/...), docProps/custom.xml, the
// thumbnail, the glossary document, with their relationships and
// content-type overrides; w:rsid* attributes and the w:rsids list,
// w:docVars, w:attachedTemplate, w:mailMerge and XML comments from
// word/settings.xml and the other word/*.xml parts; in docProps/core.xml dc:creator, cp:lastModifiedBy, cp:revision,
// cp:lastPrinted, dc:title, dc:subject, cp:keywords, dc:description,
// cp:category, cp:contentStatus and dc:identifier; in docProps/app.xml
// Company, Manager, HyperlinkBase, Template, TitlesOfParts and HeadingPairs.
// Kept unchecked: images and fonts (word/media, word/fonts) and the
// addresses of external hyperlinks.
//
// Fails closed, nothing half-written: kInvalidInput "the .docx could not be
// mapped back to its runs: ..." when an edit crosses a paragraph break or
// tab (a separator), or when the output read back with ReadDocx does not
// give exactly `expected_public_text`; kInvalidInput "the .docx holds a
// part that cannot be checked: NAME" for any part outside the known set
// (embedded objects, macros, ActiveX, ...). Edits are flat-text offsets of
// `document.text`, sorted and not overlapping (wenshu::Redaction's begin,
// end and replacement).
//
// Thread-safe for distinct documents; `document` is not modified (the
// writer works on its own copy of the parts, so a document can be written
// again, e.g. after a held record is reviewed).
#ifndef WENSHU_PUBLISHERS_DOCX_WRITER_H_
#define WENSHU_PUBLISHERS_DOCX_WRITER_H_

#include <string>
#include <vector>

#include "core/docx_reader.h"
#include "core/status.h"
#include "core/text_pieces.h"

namespace wenshu {

// The bytes of the redacted .docx.
Result<std::string> WriteDocx(const DocxDocument& document,
                              const std::vector<TextEdit>& edits,
                              const std::string& expected_public_text);

}  // namespace wenshu

#endif  // WENSHU_PUBLISHERS_DOCX_WRITER_H_
