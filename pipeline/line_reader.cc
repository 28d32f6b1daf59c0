#include "pipeline/line_reader.h"

#include <string_view>
#include <utility>

namespace wenshu {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
}  // namespace

bool LineBatchReader::Next(LineBatch* batch) {
  batch->lines.clear();
  batch->bytes = 0;
  batch->first_line = lines_read_ + 1;
  if (at_end_ && !has_pending_) return false;
  while (batch->bytes < batch_bytes_) {
    std::string line;
    if (has_pending_) {
      line = std::move(pending_);
      has_pending_ = false;
    } else if (!std::getline(in_, line)) {
      at_end_ = true;
      break;
    }
    // A UTF-8 byte order mark opening the stream marks its encoding; it is
    // not part of the first record.
    if (lines_read_ == 0 && batch->lines.empty() && line.starts_with(kBom))
      line.erase(0, kBom.size());
    if (!batch->lines.empty() && batch->bytes + line.size() > batch_bytes_) {
      pending_ = std::move(line);
      has_pending_ = true;
      break;
    }
    batch->bytes += line.size() + 1;
    batch->lines.push_back(std::move(line));
    ++lines_read_;
  }
  return !batch->lines.empty();
}

}  // namespace wenshu
