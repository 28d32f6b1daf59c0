// The .docx reader: the text of a Word document (WordprocessingML in a zip)
// as one flat text, with each piece of it mapped back to the w:t element it
// came from, so that a writer can put edits of the flat text back into the
// runs (core/text_pieces.h).
//
// The flat text, in order:
//   - the body of word/document.xml: every paragraph (w:p) is its text and
//     then "\n"; a table is read cell by cell, row by row, each cell's
//     paragraphs one per line; w:tab and w:ptab are "\t", w:br and w:cr are
//     "\n". Tabs and breaks are separators (they belong to no w:t, so an
//     edit that would delete one cannot be mapped);
//   - then each of the other story parts, each as its own block after a
//     blank line ("\n" separator): the headers, then the footers (each in
//     the order of its number), then the footnotes, then the endnotes (the
//     separator notes Word adds are not read).
// Tracked changes are read as accepted: w:ins and w:moveTo content is text,
// w:del, w:moveFrom, w:delText are not. Runs whose properties hold w:vanish
// (hidden text) are not text; neither are comments (their own part is never
// read), field instructions (w:instrText) nor the note reference marks.
// Content controls (w:sdt) are read through their w:sdtContent; hyperlinks,
// smart tags and custom XML wrappers through their content.
//
// Fails closed. Errors (kInvalidInput, the message names the part):
// not a zip archive or a damaged one, no word/document.xml, malformed XML, a
// part that is not WordprocessingML, and any w:t inside an element this
// reader does not understand (w:fldSimple, text boxes in w:drawing/w:pict,
// mc:AlternateContent, ...): such text cannot be mapped back with
// confidence. The limits of core/zip_archive.h and core/xml_document.h
// apply (kResourceExhausted for a zip bomb).
//
// DocxDocument is move-only (it owns parsed XML trees) and not synchronized;
// ReadDocx is thread-safe.
#ifndef WENSHU_CORE_DOCX_READER_H_
#define WENSHU_CORE_DOCX_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/text_pieces.h"
#include "core/xml_document.h"
#include "core/zip_archive.h"

namespace wenshu {

inline constexpr std::string_view kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// One story part whose text is read (word/document.xml, a header, ...).
struct DocxPart {
  std::string name;  // its zip entry name
  XmlDocument xml;
};

struct DocxDocument {
  std::vector<ZipEntry> entries;  // the whole package, as read
  std::vector<DocxPart> parts;    // word/document.xml first, then as above
  std::string text;               // the flat text
  std::vector<TextPiece> pieces;  // pieces[i] is the text of nodes[i]
  std::vector<XmlNode> nodes;     // each a w:t element of one of `parts`
  size_t body_end = 0;            // text[0, body_end) is the body
};

// Reads the .docx file `bytes`.
Result<DocxDocument> ReadDocx(std::string_view bytes);

// Reads a .docx from its zip entries (ReadDocx after the unzip).
Result<DocxDocument> ReadDocxEntries(std::vector<ZipEntry> entries);

}  // namespace wenshu

#endif  // WENSHU_CORE_DOCX_READER_H_
