// The files a batch reads, from the FILE and DIR arguments of `wenshu
// redact`, each with the name its output takes under --out, so that the
// output mirrors the input tree.
//
// A FILE argument is one input whose output name is its base name
// (a/b/c.docx → c.docx). A DIR argument stands for every regular file
// below it, in byte order of their paths, each named by its path relative
// to DIR (DIR/2024/民事/1.docx → 2024/民事/1.docx). Below a DIR, names
// starting with '.' (.git, .DS_Store, editors' lock files), symbolic links
// (a link can lead out of the tree or round in a loop) and the directory
// `skip` (the run's own --out, when it lies inside an input directory) are
// left out and counted. An argument that does not exist, or is neither a
// file nor a directory, stays a FILE: reading it holds it with the reason.
//
// Stateless and thread-safe. A directory that cannot be listed is an error
// (kInvalidInput naming it and the system's reason).
#ifndef WENSHU_PIPELINE_INPUT_TREE_H_
#define WENSHU_PIPELINE_INPUT_TREE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/status.h"

namespace wenshu {

struct InputFile {
  std::string path;         // as the file is opened
  std::string output_name;  // relative to --out, '/'-separated
};

struct InputTree {
  std::vector<InputFile> files;
  size_t skipped = 0;  // hidden names, links and --out inside an input
};

// `skip`: a directory left out wherever it appears below a DIR (compared by
// device and inode, so any spelling of the path matches); empty for none.
Result<InputTree> ListInputs(const std::vector<std::string>& arguments,
                             const std::string& skip);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_INPUT_TREE_H_
