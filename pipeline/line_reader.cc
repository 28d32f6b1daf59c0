#include "pipeline/line_reader.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

namespace wenshu {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
// What one read takes from the stream.
constexpr size_t kPiece = 256 << 10;
// simdjson's SIMDJSON_PADDING (JsonObject::kReadPadding): kept free after
// every line, so that the parser reads it where it lies.
constexpr size_t kPadding = 64;
}  // namespace

bool LineBatchReader::Fill() {
  if (buffer_ == nullptr) buffer_.reset(new char[kPiece]);
  in_.read(buffer_.get(), static_cast<std::streamsize>(kPiece));
  begin_ = 0;
  end_ = static_cast<size_t>(in_.gcount());
  // The end of input, or a read error, which ends the input as
  // std::getline would.
  return end_ > 0;
}

bool LineBatchReader::ReadLine(std::string* line, size_t* size) {
  line->clear();
  *size = 0;
  bool read_any = false;
  while (true) {
    if (begin_ == end_ && !Fill()) return read_any;
    read_any = true;
    const char* from = buffer_.get() + begin_;
    const auto* pause = static_cast<const char*>(
        std::memchr(from, '\n', end_ - begin_));
    const size_t text = pause != nullptr ? static_cast<size_t>(pause - from)
                                         : end_ - begin_;
    *size += text;
    if (*size <= max_line_bytes_) {
      // Room for the JSON parser's padding after the line (it then reads
      // the line in place), growing geometrically as append would.
      const size_t need = line->size() + text + kPadding;
      if (line->capacity() < need)
        line->reserve(line->empty() ? need
                                    : std::max(need, 2 * line->capacity()));
      line->append(from, text);
    } else if (!line->empty()) {
      std::string().swap(*line);  // over the budget: drop what was kept
    }
    begin_ += text;
    if (pause != nullptr) {
      ++begin_;  // the line break, not stored
      return true;
    }
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
