#include "pipeline/input_tree.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <utility>

namespace wenshu {
namespace {

struct FileId {
  dev_t device = 0;
  ino_t inode = 0;
};

std::string BaseName(const std::string& path) {
  std::string trimmed = path;
  while (trimmed.size() > 1 && trimmed.back() == '/') trimmed.pop_back();
  const size_t slash = trimmed.find_last_of('/');
  return slash == std::string::npos ? trimmed : trimmed.substr(slash + 1);
}

// The directory `dir` (opened as `path`) and everything below it, its
// files named `prefix` + their relative path.
Status Walk(const std::string& path, const std::string& prefix,
            const std::optional<FileId>& skip, InputTree* tree) {
  DIR* dir = opendir(path.c_str());
  if (dir == nullptr) {
    return Status::InvalidInput("cannot list " + path + ": " +
                                std::strerror(errno));
  }
  std::vector<std::string> names;
  errno = 0;
  while (const dirent* entry = readdir(dir)) {
    const std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    names.push_back(name);
  }
  const int read_error = errno;
  closedir(dir);
  if (read_error != 0) {
    return Status::InvalidInput("cannot list " + path + ": " +
                                std::strerror(read_error));
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    if (name[0] == '.') {
      ++tree->skipped;
      continue;
    }
    const std::string child = path + (path.ends_with('/') ? "" : "/") + name;
    struct stat st;
    if (lstat(child.c_str(), &st) != 0) {
      // Gone since the listing: read as a file, and held with the reason.
      tree->files.push_back({child, prefix + name});
      continue;
    }
    if (S_ISLNK(st.st_mode)) {
      ++tree->skipped;
    } else if (S_ISDIR(st.st_mode)) {
      if (skip && skip->device == st.st_dev && skip->inode == st.st_ino) {
        ++tree->skipped;
        continue;
      }
      if (Status s = Walk(child, prefix + name + "/", skip, tree); !s.ok())
        return s;
    } else if (S_ISREG(st.st_mode)) {
      tree->files.push_back({child, prefix + name});
    } else {
      ++tree->skipped;  // devices, pipes, sockets
    }
  }
  return Status::Ok();
}

}  // namespace

Result<InputTree> ListInputs(const std::vector<std::string>& arguments,
                             const std::string& skip) {
  std::optional<FileId> skip_id;
  struct stat st;
  if (!skip.empty() && stat(skip.c_str(), &st) == 0)
    skip_id = FileId{st.st_dev, st.st_ino};
  InputTree tree;
  for (const std::string& argument : arguments) {
    if (stat(argument.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      if (Status s = Walk(argument, "", skip_id, &tree); !s.ok()) return s;
    } else {
      tree.files.push_back({argument, BaseName(argument)});
    }
  }
  return tree;
}

}  // namespace wenshu
