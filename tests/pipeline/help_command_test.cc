#include "pipeline/help_command.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "pipeline/cli_options.h"
#include "redactors/policy.h"

namespace wenshu {
namespace {

TEST(VersionCommand, NamesTheProgramAndThePolicyVersions) {
  EXPECT_EQ(VersionLine(), "wenshu 0.1.0 (policy cn-national-2016.3)\n");
  std::ostringstream out;
  EXPECT_EQ(RunVersionCommand(out), 0);
  EXPECT_EQ(out.str(), VersionLine());
}

TEST(HelpCommand, AskedForOnStandardOutput) {
  std::ostringstream out, err;
  EXPECT_EQ(RunHelpCommand(true, out, err), 0);
  EXPECT_EQ(out.str(), kWenshuUsage);
  EXPECT_EQ(err.str(), "");
}

TEST(HelpCommand, NoCommandIsAUsageErrorOnStandardError) {
  std::ostringstream out, err;
  EXPECT_EQ(RunHelpCommand(false, out, err), 2);
  EXPECT_EQ(out.str(), "");
  EXPECT_EQ(err.str(), kWenshuUsage);
}

}  // namespace
}  // namespace wenshu
