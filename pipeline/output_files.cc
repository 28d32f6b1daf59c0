#include "pipeline/output_files.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace wenshu {
namespace {

constexpr std::string_view kTemporaryFolder = "state/tmp";

Status SystemError(const std::string& what, const std::string& path) {
  return Status::IoError(what + " " + path + ": " + std::strerror(errno));
}

Status MakeDir(const std::string& dir) {
  if (mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST) return Status::Ok();
  return SystemError("cannot create", dir);
}

// Whether the files at `a` and `b` hold the same bytes (false when either
// cannot be read).
bool SameFiles(const std::string& a, const std::string& b) {
  std::ifstream x(a, std::ios::binary), y(b, std::ios::binary);
  if (!x || !y) return false;
  char bx[1 << 16], by[1 << 16];
  while (true) {
    x.read(bx, sizeof bx);
    y.read(by, sizeof by);
    const std::streamsize nx = x.gcount(), ny = y.gcount();
    if (nx != ny || std::memcmp(bx, by, static_cast<size_t>(nx)) != 0)
      return false;
    if (nx == 0) return x.eof() && y.eof();
  }
}

}  // namespace

bool IsSafeRelativePath(std::string_view path) {
  if (path.empty() || path.front() == '/') return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    const std::string_view segment = path.substr(start, slash - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    start = slash + 1;
  }
  return path.find('\0') == std::string_view::npos;
}

Result<OutputFiles> OutputFiles::Open(const std::string& root) {
  if (root.empty()) return Status::InvalidInput("no output directory");
  OutputFiles files(root);
  if (const char* kill = std::getenv("WENSHU_KILL_AFTER_WRITES"))
    files.kill_after_ = std::strtoul(kill, nullptr, 10);
  if (Status s = MakeDir(root); !s.ok()) return s;
  if (Status s = MakeDir(root + "/state"); !s.ok()) return s;
  const std::string tmp = root + "/" + std::string(kTemporaryFolder);
  if (Status s = MakeDir(tmp); !s.ok()) return s;
  // What a killed run left half written.
  if (DIR* dir = opendir(tmp.c_str())) {
    while (dirent* entry = readdir(dir)) {
      const std::string name = entry->d_name;
      if (name == "." || name == "..") continue;
      std::remove((tmp + "/" + name).c_str());
    }
    closedir(dir);
  } else {
    return SystemError("cannot read", tmp);
  }
  return files;
}

std::string OutputFiles::Absolute(std::string_view path) const {
  return root_ + "/" + std::string(path);
}

Status OutputFiles::MakeParents(const std::string& absolute) {
  for (size_t slash = absolute.find('/', root_.size() + 1);
       slash != std::string::npos; slash = absolute.find('/', slash + 1)) {
    std::string dir = absolute.substr(0, slash);
    if (made_dirs_.count(dir) > 0) continue;
    if (Status s = MakeDir(dir); !s.ok()) return s;
    made_dirs_.insert(std::move(dir));
  }
  return Status::Ok();
}

std::string OutputFiles::TemporaryPath(std::string_view name) const {
  return root_ + "/" + std::string(kTemporaryFolder) + "/" +
         std::string(name) + "." + std::to_string(temporary_count_);
}

Result<std::optional<std::string>> OutputFiles::Read(
    std::string_view path) const {
  if (!IsSafeRelativePath(path))
    return Status::InvalidInput("unsafe output path: " + std::string(path));
  const std::string absolute = Absolute(path);
  std::ifstream in(absolute, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return std::optional<std::string>();
    return SystemError("cannot read", absolute);
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::optional<std::string>(bytes.str());
}

Result<bool> OutputFiles::Write(std::string_view path, std::string_view bytes) {
  if (!IsSafeRelativePath(path))
    return Status::InvalidInput("unsafe output path: " + std::string(path));
  const std::string absolute = Absolute(path);
  struct stat st;
  if (stat(absolute.c_str(), &st) == 0 &&
      static_cast<size_t>(st.st_size) == bytes.size()) {
    std::ifstream in(absolute, std::ios::binary);
    std::string old(bytes.size(), '\0');
    if (in.read(old.data(), static_cast<std::streamsize>(old.size())) &&
        old == bytes) {
      ++unchanged_;
      return false;
    }
  }
  ++temporary_count_;
  const std::string temporary = TemporaryPath("file");
  {
    errno = 0;
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::remove(temporary.c_str());
      return SystemError("cannot write", absolute);
    }
  }
  return MoveIntoPlace(temporary, absolute);
}

Result<bool> OutputFiles::MoveIntoPlace(const std::string& temporary,
                                        const std::string& absolute) {
  if (Status s = MakeParents(absolute); !s.ok()) {
    std::remove(temporary.c_str());
    return s;
  }
  if (std::rename(temporary.c_str(), absolute.c_str()) != 0) {
    Status s = SystemError("cannot write", absolute);
    std::remove(temporary.c_str());
    return s;
  }
  Renamed();
  return true;
}

void OutputFiles::Renamed() {
  ++written_;
  if (kill_after_ > 0 && written_ == kill_after_) std::raise(SIGKILL);
}

Result<bool> OutputFiles::Commit(const std::string& temporary,
                                 std::string_view path) {
  if (!IsSafeRelativePath(path))
    return Status::InvalidInput("unsafe output path: " + std::string(path));
  const std::string absolute = Absolute(path);
  if (SameFiles(temporary, absolute)) {
    std::remove(temporary.c_str());
    ++unchanged_;
    return false;
  }
  return MoveIntoPlace(temporary, absolute);
}

Result<bool> OutputFiles::Remove(std::string_view path) {
  if (!IsSafeRelativePath(path))
    return Status::InvalidInput("unsafe output path: " + std::string(path));
  const std::string absolute = Absolute(path);
  if (std::remove(absolute.c_str()) == 0) {
    ++removed_;
    return true;
  }
  if (errno == ENOENT) return false;
  return SystemError("cannot remove", absolute);
}

}  // namespace wenshu
