#include "core/text_pieces.h"

#include <algorithm>

namespace wenshu {

size_t FlatTextBuilder::AddPiece(std::string_view text) {
  pieces_.push_back(TextPiece{text_.size(), text_.size() + text.size()});
  text_.append(text);
  return pieces_.size() - 1;
}

void FlatTextBuilder::AddSeparator(std::string_view text) { text_.append(text); }

bool FlatTextBuilder::EndsWith(std::string_view suffix) const {
  return text_.empty() ||
         (text_.size() >= suffix.size() &&
          std::string_view(text_).substr(text_.size() - suffix.size()) == suffix);
}

Result<std::vector<PieceEdit>> MapEdits(const std::vector<TextPiece>& pieces,
                                        const std::vector<TextEdit>& edits) {
  std::vector<PieceEdit> out;
  const size_t text_end = pieces.empty() ? 0 : pieces.back().end;
  size_t previous_end = 0;
  // The first piece that ends after an offset: pieces are sorted.
  auto first_ending_after = [&](size_t offset) {
    return std::upper_bound(pieces.begin(), pieces.end(), offset,
                            [](size_t o, const TextPiece& p) { return o < p.end; });
  };
  for (const TextEdit& edit : edits) {
    const std::string where =
        "[" + std::to_string(edit.begin) + ", " + std::to_string(edit.end) + ")";
    if (edit.begin > edit.end || edit.begin < previous_end) {
      return Status::InvalidInput("edit " + where +
                                  " is reversed, unsorted or overlaps another");
    }
    previous_end = edit.end;
    if (edit.begin == edit.end) {
      // An insertion: inside a piece, else at the end of one, else at the
      // start of one.
      const size_t after =
          static_cast<size_t>(first_ending_after(edit.begin) - pieces.begin());
      size_t index = pieces.size();
      if (after < pieces.size() && pieces[after].begin <= edit.begin) {
        index = after;
      } else if (after > 0 && pieces[after - 1].end == edit.begin) {
        index = after - 1;
      }
      if (index == pieces.size()) {
        return Status::InvalidInput("insertion at " + std::to_string(edit.begin) +
                                    " touches no text node");
      }
      out.push_back(PieceEdit{index, edit.begin - pieces[index].begin,
                              edit.begin - pieces[index].begin, edit.replacement});
      continue;
    }
    auto it = first_ending_after(edit.begin);
    size_t covered = edit.begin;
    bool first = true;
    for (; it != pieces.end() && it->begin < edit.end; ++it) {
      if (it->begin == it->end) continue;  // an empty node takes no part
      if (it->begin > covered) break;      // a separator lies in between
      const size_t local_begin = std::max(edit.begin, it->begin) - it->begin;
      const size_t local_end = std::min(edit.end, it->end) - it->begin;
      out.push_back(PieceEdit{static_cast<size_t>(it - pieces.begin()),
                              local_begin, local_end,
                              first ? edit.replacement : std::string()});
      first = false;
      covered = std::min(edit.end, it->end);
    }
    if (covered != edit.end) {
      return Status::InvalidInput(
          "edit " + where +
          (edit.end > text_end && covered == edit.begin
               ? std::string(" lies outside the text")
               : " covers a paragraph break or other separator at " +
                     std::to_string(covered) + ", which belongs to no text node"));
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const PieceEdit& a, const PieceEdit& b) {
                     return a.piece != b.piece ? a.piece < b.piece
                                               : a.begin < b.begin;
                   });
  return out;
}

std::string ApplyPieceEdits(std::string_view text,
                            const std::vector<PieceEdit>& edits) {
  std::string out;
  size_t at = 0;
  for (const PieceEdit& edit : edits) {
    out.append(text.substr(at, edit.begin - at));
    out.append(edit.replacement);
    at = edit.end;
  }
  out.append(text.substr(at));
  return out;
}

Result<std::vector<EditedPiece>> EditPieces(
    std::string_view text, const std::vector<TextPiece>& pieces,
    const std::vector<TextEdit>& edits) {
  Result<std::vector<PieceEdit>> mapped = MapEdits(pieces, edits);
  if (!mapped.ok()) return mapped.status();
  const std::vector<PieceEdit>& piece_edits = mapped.value();
  std::vector<EditedPiece> edited;
  for (size_t i = 0; i < piece_edits.size();) {
    const size_t index = piece_edits[i].piece;
    std::vector<PieceEdit> mine;
    for (; i < piece_edits.size() && piece_edits[i].piece == index; ++i)
      mine.push_back(piece_edits[i]);
    const TextPiece& piece = pieces[index];
    edited.push_back(
        {index, ApplyPieceEdits(text.substr(piece.begin, piece.end - piece.begin),
                                mine)});
  }
  return edited;
}

Status CheckReadBack(const Result<std::string>& read_back,
                     std::string_view expected, std::string_view error_prefix) {
  if (!read_back.ok()) {
    return Status::InvalidInput(std::string(error_prefix) +
                                "the output does not read back: " +
                                read_back.status().message());
  }
  const std::string& text = read_back.value();
  if (text == expected) return Status::Ok();
  size_t at = 0;
  while (at < text.size() && at < expected.size() && text[at] == expected[at])
    ++at;
  return Status::InvalidInput(
      std::string(error_prefix) +
      "the text written differs from the public text at byte " +
      std::to_string(at));
}

}  // namespace wenshu
