// LineBatchReader: the lines of a stream, handed out in batches of about a
// given number of bytes, each batch knowing the 1-based number of its first
// line. Batches let the batch loop hand lines to worker threads at a cost
// that is nothing next to the work; a line longer than the batch size
// travels alone. Lines are split as std::getline splits them ('\n' removed,
// a last line without '\n' still a line). A UTF-8 byte order mark at the
// start of the stream is dropped.
//
// A line longer than max_line_bytes is not kept: its bytes are read and
// dropped as they come, so that one huge line costs no memory, and the
// batch reports it empty with its true size (LineBatch::sizes) for the
// caller to hold.
//
// Not thread-safe: one reader per stream, called from one thread. Returned
// lines are the caller's. A read error ends the input like end of file
// (std::getline's contract); nothing else fails.
#ifndef WENSHU_PIPELINE_LINE_READER_H_
#define WENSHU_PIPELINE_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <vector>

namespace wenshu {

struct LineBatch {
  size_t first_line = 0;  // the number of lines[0] in the stream, from 1
  std::vector<std::string> lines;
  // Each line's size as read, without its line break: larger than
  // lines[k].size() when the line was over max_line_bytes and dropped.
  std::vector<size_t> sizes;
  size_t bytes = 0;  // the lines' kept sizes, each with its line break
};

class LineBatchReader {
 public:
  static constexpr size_t kDefaultBatchBytes = 256 << 10;

  explicit LineBatchReader(std::istream& in,
                           size_t batch_bytes = kDefaultBatchBytes,
                           size_t max_line_bytes = SIZE_MAX)
      : in_(in), batch_bytes_(batch_bytes), max_line_bytes_(max_line_bytes) {}

  // Replaces `batch` with the next lines: as many as fit in the batch size,
  // at least one. Returns false, with `batch` empty, at the end of input.
  bool Next(LineBatch* batch);

 private:
  // Reads the next line into `line` (emptied first), keeping none of it
  // past max_line_bytes_; sets `*size` to its length. False at the end of
  // input with nothing read.
  bool ReadLine(std::string* line, size_t* size);
  // Reads the next block of the stream into buffer_. False at its end.
  bool Fill();

  std::istream& in_;
  // The stream is read in blocks; lines are cut from them with memchr.
  // Not zeroed: a small input touches only the pages a read fills.
  std::unique_ptr<char[]> buffer_;
  size_t begin_ = 0;  // the first byte of buffer_ not yet taken
  size_t end_ = 0;    // the end of what the last read put in buffer_
  const size_t batch_bytes_;
  const size_t max_line_bytes_;
  size_t lines_read_ = 0;
  bool at_end_ = false;
  // A line read that did not fit in the previous batch.
  std::string pending_;
  size_t pending_size_ = 0;
  bool has_pending_ = false;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_LINE_READER_H_
