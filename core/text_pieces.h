// Text pieces: how a structured document's text nodes (a .docx's w:t, an
// HTML text node, an XML element's text) make one flat text, and how edits
// of that flat text map back onto the nodes. Shared by every structured
// reader and writer, so that the engine sees plain text and never a format.
//
// A reader walks its document in reading order and calls FlatTextBuilder:
// AddPiece for the text of each node it can write back (the piece's index is
// the node's id in the reader's own list), AddSeparator for text that is
// structure and belongs to no node (paragraph breaks "\n", a tab, the blank
// line between a body and its headers). The writer maps the engine's edits
// (flat-text offsets, like wenshu::Redaction) with MapEdits and applies each
// piece's local edits to its node with ApplyPieceEdits.
//
// Plain values and free functions; thread-safe. Offsets are byte offsets
// into the flat text (UTF-8 for every reader that feeds it UTF-8).
#ifndef WENSHU_CORE_TEXT_PIECES_H_
#define WENSHU_CORE_TEXT_PIECES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace wenshu {

// One node's text in the flat text: [begin, end). Pieces are in order and do
// not overlap; the gaps between them are separators.
struct TextPiece {
  size_t begin = 0;
  size_t end = 0;
};

// One edit of the flat text: [begin, end) becomes `replacement`.
struct TextEdit {
  size_t begin = 0;
  size_t end = 0;
  std::string replacement;
};

// One edit of one piece's text, in offsets local to that piece.
struct PieceEdit {
  size_t piece = 0;
  size_t begin = 0;
  size_t end = 0;
  std::string replacement;
};

// Builds the flat text and its pieces. Not thread-safe.
class FlatTextBuilder {
 public:
  // Appends a node's text; returns the piece's index.
  size_t AddPiece(std::string_view text);
  void AddSeparator(std::string_view text);
  // Whether the flat text so far is empty or ends with `suffix`.
  bool EndsWith(std::string_view suffix) const;

  const std::string& text() const { return text_; }
  const std::vector<TextPiece>& pieces() const { return pieces_; }
  std::string TakeText() { return std::move(text_); }
  std::vector<TextPiece> TakePieces() { return std::move(pieces_); }

 private:
  std::string text_;
  std::vector<TextPiece> pieces_;
};

// Maps `edits` onto `pieces`. Edits must be sorted by begin and must not
// overlap (two insertions at one offset are fine; they keep their order).
// An edit's replacement goes into the first piece it touches; the rest of
// its span is deleted from the pieces that follow, so that text crossing
// several runs keeps each run's formatting. An insertion (begin == end)
// goes into the piece that contains its offset, else the piece that ends
// there, else the piece that starts there.
//
// Returns the piece edits sorted by piece and then by offset, or
// kInvalidInput when an edit covers any byte of a separator (a paragraph
// break cannot be deleted through a node), lies outside the text, or the
// edits are unsorted or overlap. On error nothing is to be applied.
Result<std::vector<PieceEdit>> MapEdits(const std::vector<TextPiece>& pieces,
                                        const std::vector<TextEdit>& edits);

// `text` with `edits` applied; every edit must have the same piece, be
// sorted, not overlap and lie inside `text` (as MapEdits returns them).
std::string ApplyPieceEdits(std::string_view text,
                            const std::vector<PieceEdit>& edits);

// One piece's text after the edits that touch it.
struct EditedPiece {
  size_t piece = 0;
  std::string text;
};

// MapEdits, then the new text of each piece an edit touches (ApplyPieceEdits
// over the piece's text in `text`, the flat text the pieces index), in
// piece order. Errors as MapEdits.
Result<std::vector<EditedPiece>> EditPieces(std::string_view text,
                                            const std::vector<TextPiece>& pieces,
                                            const std::vector<TextEdit>& edits);

// The writers' last check, fail closed: `read_back` is what reading the
// written file gave (its flat text, or the reader's error), `expected` the
// public text the file must hold. Ok when they are equal; otherwise
// kInvalidInput, `error_prefix` followed by "the output does not read back:
// <the reader's message>" or "the text written differs from the public
// text at byte N".
Status CheckReadBack(const Result<std::string>& read_back,
                     std::string_view expected, std::string_view error_prefix);

}  // namespace wenshu

#endif  // WENSHU_CORE_TEXT_PIECES_H_
