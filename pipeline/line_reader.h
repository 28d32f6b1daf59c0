// LineBatchReader: the lines of a stream, handed out in batches of about a
// given number of bytes, each batch knowing the 1-based number of its first
// line. Batches let the batch loop hand lines to worker threads at a cost
// that is nothing next to the work; a line longer than the batch size
// travels alone. Lines are split as std::getline splits them ('\n' removed,
// a last line without '\n' still a line). A UTF-8 byte order mark at the
// start of the stream is dropped.
//
// Not thread-safe: one reader per stream, called from one thread. Returned
// lines are the caller's. A read error ends the input like end of file
// (std::getline's contract); nothing else fails.
#ifndef WENSHU_PIPELINE_LINE_READER_H_
#define WENSHU_PIPELINE_LINE_READER_H_

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace wenshu {

struct LineBatch {
  size_t first_line = 0;  // the number of lines[0] in the stream, from 1
  std::vector<std::string> lines;
  size_t bytes = 0;  // the lines' sizes, each with its line break
};

class LineBatchReader {
 public:
  static constexpr size_t kDefaultBatchBytes = 256 << 10;

  explicit LineBatchReader(std::istream& in,
                           size_t batch_bytes = kDefaultBatchBytes)
      : in_(in), batch_bytes_(batch_bytes) {}

  // Replaces `batch` with the next lines: as many as fit in the batch size,
  // at least one. Returns false, with `batch` empty, at the end of input.
  bool Next(LineBatch* batch);

 private:
  std::istream& in_;
  const size_t batch_bytes_;
  size_t lines_read_ = 0;
  bool at_end_ = false;
  // A line read that did not fit in the previous batch.
  std::string pending_;
  bool has_pending_ = false;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_LINE_READER_H_
