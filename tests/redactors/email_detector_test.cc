#include "redactors/email_detector.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;

using EmailDetectorTest =
    detector_test::DetectorTest<EmailDetector, Category::kEmail>;

TEST_P(EmailDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }

INSTANTIATE_TEST_SUITE_P(
    EmailDetector, EmailDetectorTest,
    ::testing::Values(Case{"PlainAddress",
                           "邮箱zhangsan@example.com。",
                           {{"zhangsan@example.com", "email"}}},
                      Case{"GluedToChineseOnBothSides",
                           "联系人张三zhang.san@mail.example.com.cn李四",
                           {{"zhang.san@mail.example.com.cn", "email"}}},
                      Case{"InsideUrl",
                           "见http://x.cn/?u=zhangsan@example.com&a=1页面",
                           {{"zhangsan@example.com", "email"}}},
                      Case{"FullWidthAtAndDot",
                           "邮箱ｚｈａｎｇｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ。",
                           {{"zhangsan@example.com", "email"}}},
                      Case{"PlusTagAndHyphenatedDomain",
                           "a.b+tag@sub-domain.example.org",
                           {{"a.b+tag@sub-domain.example.org", "email"}}},
                      Case{"LeadingDotIsNotPartOfTheAddress",
                           "邮箱.zhangsan@example.com",
                           {{"zhangsan@example.com", "email"}}},
                      Case{"TwoAddresses",
                           "a1@x.cn、b2@y.com",
                           {{"a1@x.cn", "email"}, {"b2@y.com", "email"}}},
                      Case{"NoTopLevelLabel", "zhangsan@localhost", {}},
                      Case{"NoAt", "zhangsan.example.com", {}},
                      Case{"MentionIsNotAnAddress", "转发给@张三", {}}),
    detector_test::CaseName);

TEST(EmailDetector, TriggersOnlyOnTheAtSign) {
  EmailDetector detector;
  EXPECT_EQ(detector.name(), "email");
  EXPECT_EQ(detector.TriggerWords(), std::vector<std::string>{"@"});
}

}  // namespace
}  // namespace wenshu
