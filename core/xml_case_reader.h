// The case-system XML reader: a judgment exported by a case-management
// system as XML, read as one flat text (its paragraphs, one per line) with
// each piece of it mapped back to the text node it came from, plus the
// metadata the export carries, so that a writer can put edits of the flat
// text back into the same XML (publishers/xml_case_writer.h, and
// core/text_pieces.h for the piece model).
//
// Which elements are paragraphs and where the metadata is comes from an
// XmlMapping: XPath expressions (libxml2's XPath 1.0) with namespace
// prefixes. DefaultXmlMapping() reads Wenshu's own case-export format,
// below; ParseXmlMapping() reads a mapping file for another system.
//
// Wenshu's case-export format (namespace urn:wenshu:judgment:1, written j:
// here; the elements may use any prefix or the default namespace):
//
//   <j:judgment id="...">                  root; id = the document id
//     <j:meta>                             exactly the children below, each
//                                          optional, each at most once
//                                          unless said otherwise
//       <j:court>                          InputMeta::court
//       <j:caseNumber>                     InputMeta::case_number
//       <j:docType>                        InputMeta::doc_type
//       <j:cause>                          InputMeta::cause
//       <j:decisionDate>                   InputMeta::decision_date (ISO)
//       <j:effectiveDate>                  InputMeta::effective_date (ISO)
//       <j:appealed>                       "true"/"false" (also 1/0)
//       <j:secondInstanceEffectiveDate>    ISO date
//       <j:flags><j:flag>..</j:flag>*      InputMeta::flags, one per j:flag
//       <j:caseTerms><j:term>..</j:term>*  InputMeta::case_terms
//       <j:courtDiscretion approvedOn="2024-03-01">
//         <j:reason>                       the court's written reason
//         <j:approvedBy>*                  each approver
//     <j:body>
//       <j:p>*                             one paragraph each, in order
//
// A paragraph holds text and inline elements of any name and namespace
// (j:em, j:b, a span of another vocabulary...), nested as deep as the
// parser allows; every text node and CDATA section inside it is a piece of
// the flat text, in document order. Inline elements add no text of their
// own (an empty <j:br/> is not a line break). Comments and processing
// instructions anywhere are not text: they are written back as they are.
// Metadata values are the element's (or attribute's) text with leading and
// trailing XML whitespace removed; an empty value counts as absent.
//
// The flat text: each paragraph's text, then "\n" (a separator, so that no
// edit can join two paragraphs). The XML whitespace (space, tab, CR, LF)
// at the start and the end of a paragraph's text is indentation, not text:
// it is neither in the flat text nor changed by a writer. Whitespace
// inside the paragraph, including line feeds, is text as it stands.
//
// Fail closed. Every text node and CDATA section that holds more than XML
// whitespace must be inside a paragraph, a metadata node, a node a
// mapping's `keep` XPaths select (kept verbatim, not read: e.g. a printed
// header the case system adds), or a node its `drop` XPaths select
// (removed before anything is read, and so from the output too); otherwise
// ReadXmlCase fails with kInvalidInput "text outside the mapped paragraphs
// at /j:judgment/j:body/j:note[1]/text()[1]". Also kInvalidInput: a
// paragraph inside a paragraph or inside a metadata or kept node, a
// metadata or kept node inside a paragraph, a paragraph XPath selecting
// something other than elements, a single-valued metadata XPath selecting
// more than one node or an element whose content is not text alone, an
// `appealed` value that is not a boolean, court discretion without its
// reason or approvers, a document with no paragraph at all (the mapping
// does not fit the export), malformed XML or XML in an encoding libxml2 cannot
// read, invalid byte sequences, any DOCTYPE (core/xml_document.h: entities
// and DTDs are never loaded), nesting past libxml2's depth limit (256).
// Attribute values are never judgment text: they are kept as they are, and
// the caller re-checks every string of the written file (XmlStrings) before
// it is published, so that a free-text attribute holding a protected value
// holds the document rather than passing unseen; a mapping drops such an
// attribute with a `drop` XPath ("//@remark").
//
// XmlCaseDocument is move-only (it owns its parsed tree) and not
// synchronized; ReadXmlCase, ParseXmlMapping and XmlStrings are
// thread-safe. DefaultXmlMapping() returns a reference valid for the life
// of the program.
#ifndef WENSHU_CORE_XML_CASE_READER_H_
#define WENSHU_CORE_XML_CASE_READER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/input_record.h"
#include "core/status.h"
#include "core/text_pieces.h"
#include "core/xml_document.h"

namespace wenshu {

inline constexpr std::string_view kJudgmentXmlNamespace = "urn:wenshu:judgment:1";

// Where each InputMeta field is: an XPath selecting at most one node
// (element, attribute or text), or for the lists any number of nodes, one
// value each. An empty string: the export does not carry the field.
struct XmlMetaPaths {
  std::string court;
  std::string case_number;
  std::string doc_type;
  std::string cause;
  std::string decision_date;
  std::string effective_date;
  std::string appealed;
  std::string second_instance_effective_date;
  std::string flags;
  std::string case_terms;
  std::string court_discretion_reason;
  std::string court_discretion_approved_by;
  std::string court_discretion_approved_on;
};

// How to read one kind of export. Every XPath is evaluated against the
// whole document, with `namespaces` as its prefixes.
struct XmlMapping {
  std::vector<XmlNamespace> namespaces;
  std::string paragraphs;  // selects the paragraph elements; required
  std::string id;          // at most one node; "" when there is no id
  XmlMetaPaths meta;
  std::vector<std::string> drop;  // removed before reading, and from output
  std::vector<std::string> keep;  // kept verbatim, not read as text
};

// The built-in mapping of Wenshu's own documented case-export format.
const XmlMapping& DefaultXmlMapping();

// A mapping file (JSON) for another system's export; kInvalidInput saying
// what is wrong. The file:
//   {"namespaces": {"prefix": "uri", ...},        optional
//    "paragraphs": "XPath",                        required
//    "id": "XPath",                                optional
//    "meta": {"court": "XPath", ...},              optional; keys as the
//             fields of XmlMetaPaths
//    "drop": ["XPath", ...], "keep": ["XPath", ...]}   optional
// Unknown keys are errors (a misspelt key would silently read nothing).
// Every XPath is compiled and tried on an empty document here, so that a
// bad expression, an unknown prefix or one that does not select nodes
// ("count(//p)") stops the program before the first document.
Result<XmlMapping> ParseXmlMapping(std::string_view json);

struct XmlCaseDocument {
  std::string text;               // flat text: the paragraphs, one per line
  std::vector<TextPiece> pieces;  // pieces[i] = one text node in a paragraph
  std::optional<std::string> id;  // the document id if the mapping has one
  InputMeta meta;                 // from the metadata XPaths

  // What a writer needs. `xml` is the tree after the mapping's drops;
  // nodes[i] is the text or CDATA node of pieces[i], whose content is
  // prefixes[i] + the piece's text + suffixes[i] (the paragraph's leading
  // and trailing whitespace, when the node holds some).
  std::string source;  // the bytes read
  XmlMapping mapping;
  std::optional<XmlDocument> xml;  // always set by ReadXmlCase
  std::vector<XmlNode> nodes;
  std::vector<std::string> prefixes;
  std::vector<std::string> suffixes;
  // Metadata nodes that must not be published with the document (the case
  // terms and the court-discretion record): removed by a writer.
  std::vector<XmlNode> withheld;
  std::string encoding;   // as declared, else "UTF-16" after a UTF-16
                          // byte-order mark, else "UTF-8"
  bool declaration = false;  // whether the input begins with <?xml ...?>
  bool utf8_bom = false;     // whether it begins with a UTF-8 byte-order mark
};

Result<XmlCaseDocument> ReadXmlCase(std::string_view bytes,
                                    const XmlMapping& mapping);

// Every string an XML file carries (every text node, CDATA, comment, PI,
// attribute value), UTF-8, for a final residue scan over output files.
// Fails like XmlDocument::Parse.
Result<std::vector<std::string>> XmlStrings(std::string_view bytes);

}  // namespace wenshu

#endif  // WENSHU_CORE_XML_CASE_READER_H_
