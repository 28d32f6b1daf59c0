// Internal to the tests in tests/pipeline: the one harness for end-to-end
// tests of the wenshu binary and for the tests of the commands — temporary
// paths unique per test and process (ctest runs tests in parallel), file
// helpers, running `wenshu ARGS < input` and capturing its exit status,
// standard output and standard error, and reading what it wrote (lines,
// JSON records).
//
// Not thread-safe across tests that share a prefix and a name; each test
// gets its own paths. Needs WENSHU_BINARY (the wenshu program) for
// RunWenshu*; a file that cannot be read reads as empty.
#ifndef WENSHU_TESTS_PIPELINE_CLI_HARNESS_H_
#define WENSHU_TESTS_PIPELINE_CLI_HARNESS_H_

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <istream>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"

namespace wenshu {
namespace testing_support {

// A path in the test directory, unique per test (parameters included) and
// process: TempDir/PREFIX<pid>_<test>_NAME.
inline std::string TempPath(const std::string& prefix,
                            const std::string& name) {
  const ::testing::TestInfo* test =
      ::testing::UnitTest::GetInstance()->current_test_info();
  std::string test_name = test != nullptr ? test->name() : "none";
  std::replace(test_name.begin(), test_name.end(), '/', '_');  // parameters
  return ::testing::TempDir() + "/" + prefix + std::to_string(getpid()) + "_" +
         test_name + "_" + name;
}

// TempPath with any SQLite register and side files left there removed.
inline std::string TempRegisterPath(const std::string& prefix,
                                    const std::string& name) {
  const std::string path = TempPath(prefix, name);
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::remove((path + suffix).c_str());
  return path;
}

inline bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

inline void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream f(path, std::ios::binary);
  f << content;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// The lines of `s` without their line breaks (a last line without one
// counts).
inline std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// `line` parsed as a JSON object; a test failure and {} when it is not one.
inline JsonObject Record(const std::string& line) {
  Result<JsonObject> o = JsonObject::Parse(line);
  EXPECT_TRUE(o.ok()) << line.substr(0, 200);
  return o.ok() ? o.value() : JsonObject::Parse("{}").value();
}

// The string at `key`, or "(what is wrong)" to show in a failed comparison.
inline std::string Field(const JsonObject& o, std::string_view key) {
  Result<std::string> v = o.GetString(key);
  return v.ok() ? v.value() : "(" + v.status().message() + ")";
}

// A JSON Lines input record {"id", "text"}, with meta.doc_type when given
// (for snippets without a header), ending in a line break.
inline std::string DocLine(const std::string& id, const std::string& text,
                           const std::string& doc_type = "") {
  std::string line;
  JsonWriter json(&line);
  json.BeginObject().Key("id").String(id).Key("text").String(text);
  if (!doc_type.empty()) {
    json.Key("meta").BeginObject().Key("doc_type").String(doc_type).EndObject();
  }
  json.EndObject();
  return line + "\n";
}

// What a command did: its exit status and what it wrote.
struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `wenshu ARGS < input_file` (ARGS as a shell would split them);
// standard output and error go through TempPath(prefix, "out"/"err").
inline CliRun RunWenshuOn(const std::string& prefix, const std::string& args,
                          const std::string& input_file) {
  const std::string out = TempPath(prefix, "out");
  const std::string err = TempPath(prefix, "err");
  const std::string command = std::string(WENSHU_BINARY) + " " + args + " < " +
                              input_file + " > " + out + " 2> " + err;
  const int status = std::system(command.c_str());
  CliRun r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

// Runs `wenshu ARGS` with `input` on standard input (through
// TempPath(prefix, "in")).
inline CliRun RunWenshu(const std::string& prefix, const std::string& args,
                        const std::string& input) {
  const std::string in = TempPath(prefix, "in");
  WriteFile(in, input);
  return RunWenshuOn(prefix, args, in);
}

// Runs a command in this process with `input` on `in`, capturing what it
// writes to `out` and `err` (what it writes to standard error itself is
// not captured).
inline CliRun RunInProcess(
    const std::function<int(std::istream& in, std::ostream& out,
                            std::ostream& err)>& command,
    const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  CliRun r;
  r.exit_code = command(in, out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

}  // namespace testing_support
}  // namespace wenshu

#endif  // WENSHU_TESTS_PIPELINE_CLI_HARNESS_H_
