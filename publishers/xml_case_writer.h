// The case-system XML writer: a redacted copy of a document read by
// ReadXmlCase (core/xml_case_reader.h), with the engine's edits put into the
// text nodes they fall in and everything else written back as it was read.
//
// What the output keeps: the XML declaration (as the input had one or
// not) and its encoding, so that an export in GB18030 comes back in
// GB18030 (one without a declaration: UTF-16 with a byte-order mark if it
// had one, else UTF-8; a UTF-8 byte-order mark is kept); every element, attribute, namespace declaration, comment,
// processing instruction and CDATA section, in place; the metadata
// verbatim. An edit's replacement goes into the first text node the span
// touches and the rest of the span is deleted from the nodes that follow
// (a span over <em> and plain text leaves both; see MapEdits in
// core/text_pieces.h). A paragraph's leading and trailing whitespace is
// left as it was.
//
// What it removes: what the mapping's drop XPaths select (already gone
// when the document was read), the case terms and the court-discretion
// record (the selected nodes; e.g. each j:term, leaving an empty
// j:caseTerms): they name what must not be published.
//
// The bytes are libxml2's serialization of the tree, not a patch of the
// input: attributes come out in double quotes, character and predefined
// entity references as the characters (or as references where the
// encoding or XML requires), an empty element as <x/>, and the file ends
// with one line feed. The text and the structure are unchanged.
//
// Fails closed, nothing half-written: kInvalidInput "the XML could not be
// mapped back: ..." when an edit crosses a paragraph break or lies outside
// the text, or when the output read back with ReadXmlCase (same mapping)
// does not give exactly `expected_public_text`. Edits are flat-text
// offsets of `document.text`, sorted and not overlapping
// (wenshu::Redaction's begin, end and replacement).
//
// Thread-safe for distinct documents; `document` is not modified (the
// writer reads `document.source` again and works on that copy).
#ifndef WENSHU_PUBLISHERS_XML_CASE_WRITER_H_
#define WENSHU_PUBLISHERS_XML_CASE_WRITER_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "core/text_pieces.h"
#include "core/xml_case_reader.h"

namespace wenshu {

// The bytes of the redacted XML, in the input's encoding.
Result<std::string> WriteXmlCase(const XmlCaseDocument& document,
                                 const std::vector<TextEdit>& edits,
                                 const std::string& expected_public_text);

}  // namespace wenshu

#endif  // WENSHU_PUBLISHERS_XML_CASE_WRITER_H_
