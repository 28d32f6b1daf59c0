// Internal to the request tests: temporary register paths and file checks
// shared by request_register_test.cc and request_command_test.cc.
#ifndef WENSHU_TESTS_PIPELINE_REQUEST_TEST_SUPPORT_H_
#define WENSHU_TESTS_PIPELINE_REQUEST_TEST_SUPPORT_H_

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace wenshu {
namespace testing_support {

// A path unique per test and process (ctest runs the tests in parallel),
// with any SQLite file and side files left there removed.
inline std::string TempRegisterPath(const std::string& prefix,
                                    const std::string& name) {
  const ::testing::TestInfo* test =
      ::testing::UnitTest::GetInstance()->current_test_info();
  std::string test_name = test != nullptr ? test->name() : "none";
  std::replace(test_name.begin(), test_name.end(), '/', '_');
  const std::string path = ::testing::TempDir() + "/" + prefix +
                           std::to_string(getpid()) + "_" + test_name + "_" +
                           name;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::remove((path + suffix).c_str());
  return path;
}

inline bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

}  // namespace testing_support
}  // namespace wenshu

#endif  // WENSHU_TESTS_PIPELINE_REQUEST_TEST_SUPPORT_H_
