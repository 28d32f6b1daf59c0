#include "pipeline/file_source.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace wenshu {
namespace {

ProcessedDocument HeldFile(const std::string& path, std::string error,
                           size_t bytes) {
  ProcessedDocument doc;
  doc.id = path;
  doc.status = PublicationStatus::kHeld;
  doc.error = std::move(error);
  doc.input_bytes = bytes;
  return doc;
}

}  // namespace

bool FileListSource::Next(SourceBatch* batch) {
  batch->documents.clear();
  if (next_file_ >= files_.size()) return false;
  const std::string& path = files_[next_file_].path;
  batch->documents.push_back({path, next_file_});
  ++next_file_;
  struct stat st;
  batch->input_bytes =
      stat(path.c_str(), &st) == 0 ? static_cast<size_t>(st.st_size) : 0;
  return true;
}

ProcessedDocument FileListSource::Process(const SourceDocument& document,
                                          const CaseFamilies* families) const {
  const std::string& path = document.input;
  // Over the size budget: held without being read, whatever its size
  // (a 1 GB file is never loaded).
  struct stat st;
  if (stat(path.c_str(), &st) == 0) {
    const std::string over =
        processor_.budget().OverSize(static_cast<size_t>(st.st_size));
    if (!over.empty())
      return HeldFile(path, path + ": " + over,
                      static_cast<size_t>(st.st_size));
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  if (!in)
    return HeldFile(path, "cannot read " + path + ": " + std::strerror(errno),
                    0);
  const std::string content = bytes.str();
  return ProcessFile(processor_, path, content, formats_, families);
}

size_t FileListSource::ProgressBytes(const SourceDocument&,
                                     const ProcessedDocument& processed) const {
  return processed.input_bytes;
}

}  // namespace wenshu
