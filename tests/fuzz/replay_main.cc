// Runs the fuzz target over files and directories given on the command line,
// so that the target builds and runs with any compiler, in CI, over the
// corpora.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

int RunFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const std::string data = bytes.str();
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.data()),
                         data.size());
  // Each line of a JSON Lines file is an input of its own as well.
  if (path.extension() == ".jsonl") {
    std::istringstream lines(data);
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(line.data()),
                             line.size());
      ++n;
    }
    return n + 1;
  }
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  int inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    if (std::filesystem::is_directory(arg)) {
      for (const auto& entry :
           std::filesystem::recursive_directory_iterator(arg)) {
        if (entry.is_regular_file()) inputs += RunFile(entry.path());
      }
    } else {
      inputs += RunFile(arg);
    }
  }
  std::printf("replayed %d inputs, all invariants held\n", inputs);
  return inputs > 0 ? 0 : 1;
}
