#include "pipeline/line_reader.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace wenshu {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kPiece = 64 << 10;
// simdjson's SIMDJSON_PADDING (JsonObject::kReadPadding): kept free after
// a line longer than a piece.
constexpr size_t kPadding = 64;
}  // namespace

bool LineBatchReader::ReadLine(std::string* line, size_t* size) {
  line->clear();
  *size = 0;
  bool read_any = false;
  char piece[kPiece];
  while (true) {
    // istream::getline stops at '\n' (extracted, not stored) or when the
    // piece is full (failbit, nothing lost: the rest stays in the stream).
    in_.getline(piece, sizeof piece);
    const size_t got = static_cast<size_t>(in_.gcount());
    const bool full = in_.fail() && !in_.eof() && got == sizeof piece - 1;
    const bool ended_by_break = !in_.fail() && !in_.eof();
    const size_t text = ended_by_break ? got - 1 : got;  // gcount counts '\n'
    if (got > 0) read_any = true;
    *size += text;
    if (*size <= max_line_bytes_) {
      // Room for the JSON parser's padding after the line (it then reads
      // the line in place), growing geometrically as append would.
      const size_t need = line->size() + text + kPadding;
      if (line->capacity() < need && need > kPiece)
        line->reserve(std::max(need, 2 * line->capacity()));
      line->append(piece, text);
    } else if (!line->empty()) {
      std::string().swap(*line);  // over the budget: drop what was kept
    }
    if (full) {
      in_.clear(in_.rdstate() & ~std::ios::failbit);
      continue;
    }
    // A line break, or the end of input (or a read error, ending the input
    // as std::getline would).
    return read_any || ended_by_break;
  }
}

bool LineBatchReader::Next(LineBatch* batch) {
  batch->lines.clear();
  batch->sizes.clear();
  batch->bytes = 0;
  batch->first_line = lines_read_ + 1;
  if (at_end_ && !has_pending_) return false;
  while (batch->bytes < batch_bytes_) {
    std::string line;
    size_t size = 0;
    if (has_pending_) {
      line = std::move(pending_);
      size = pending_size_;
      has_pending_ = false;
    } else if (at_end_ || !ReadLine(&line, &size)) {
      at_end_ = true;
      break;
    }
    // A UTF-8 byte order mark opening the stream marks its encoding; it is
    // not part of the first record.
    if (lines_read_ == 0 && batch->lines.empty() && line.starts_with(kBom)) {
      line.erase(0, kBom.size());
      size -= kBom.size();
    }
    if (!batch->lines.empty() && batch->bytes + line.size() > batch_bytes_) {
      pending_ = std::move(line);
      pending_size_ = size;
      has_pending_ = true;
      break;
    }
    batch->bytes += line.size() + 1;
    batch->lines.push_back(std::move(line));
    batch->sizes.push_back(size);
    ++lines_read_;
  }
  return !batch->lines.empty();
}

}  // namespace wenshu
