// FileListSource: the input files of `wenshu redact FILE|DIR...` and
// `wenshu publish`, one document each, read and processed on the worker
// in the format each holds (file_formats.h). A file over the processor's
// size budget is held unread; one that cannot be read is held with what
// the system said. Next is called from one thread; Process is thread-safe.
// The file list and the options must outlive the source.
#ifndef WENSHU_PIPELINE_FILE_SOURCE_H_
#define WENSHU_PIPELINE_FILE_SOURCE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "pipeline/batch.h"
#include "pipeline/file_formats.h"
#include "pipeline/input_tree.h"

namespace wenshu {

class FileListSource : public DocumentSource {
 public:
  FileListSource(const std::vector<InputFile>& files,
                 const DocumentProcessor& processor,
                 const FileFormatOptions& formats)
      : files_(files), processor_(processor), formats_(formats) {}

  bool Next(SourceBatch* batch) override;
  ProcessedDocument Process(const SourceDocument& document,
                            const CaseFamilies* families) const override;
  size_t ProgressBytes(const SourceDocument& document,
                       const ProcessedDocument& processed) const override;

 private:
  const std::vector<InputFile>& files_;
  const DocumentProcessor& processor_;
  const FileFormatOptions& formats_;
  size_t next_file_ = 0;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_FILE_SOURCE_H_
