#include "core/input_record.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace wenshu {
namespace {

TEST(InputRecord, ParsesAFullRecord) {
  ParsedLine p = ParseInputLine(
      R"({"id":"d1","text":"正文","meta":{"court":"北京市朝阳区人民法院","case_number":"（2023）京0105民初1号","flags":["state_secret"]}})");
  ASSERT_TRUE(p.record.ok()) << p.record.status().message();
  EXPECT_EQ(p.record.value().id, "d1");
  EXPECT_EQ(p.record.value().text, "正文");
  EXPECT_EQ(p.record.value().meta.court, "北京市朝阳区人民法院");
  EXPECT_EQ(p.record.value().meta.flags,
            std::vector<std::string>{"state_secret"});
}

TEST(InputRecord, ParsesCaseTerms) {
  ParsedLine p = ParseInputLine(
      R"({"id":"d1","text":"正文","meta":{"case_terms":["配方A-17","某段落 的文字"]}})");
  ASSERT_TRUE(p.record.ok()) << p.record.status().message();
  EXPECT_EQ(p.record.value().meta.case_terms,
            (std::vector<std::string>{"配方A-17", "某段落 的文字"}));
}

TEST(InputRecord, NullOrEmptyCaseTermsAreNone) {
  for (const char* line :
       {R"({"id":"d1","text":"x","meta":{"case_terms":null}})",
        R"({"id":"d1","text":"x","meta":{"case_terms":[]}})"}) {
    ParsedLine p = ParseInputLine(line);
    ASSERT_TRUE(p.record.ok()) << p.record.status().message();
    EXPECT_TRUE(p.record.value().meta.case_terms.empty());
  }
}

TEST(InputRecord, IgnoresUnknownTopLevelKeys) {
  ParsedLine p =
      ParseInputLine(R"({"id":"d1","text":"x","source":"court-42"})");
  EXPECT_TRUE(p.record.ok());
}

struct Bad {
  const char* name;
  const char* line;
  const char* message;  // a substring of the error
  bool id_known;
};

class InputRecordBadTest : public ::testing::TestWithParam<Bad> {};

TEST_P(InputRecordBadTest, IsRefusedWithAReason) {
  ParsedLine p = ParseInputLine(GetParam().line);
  ASSERT_FALSE(p.record.ok());
  EXPECT_NE(p.record.status().message().find(GetParam().message),
            std::string::npos)
      << p.record.status().message();
  EXPECT_EQ(p.id.has_value(), GetParam().id_known);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, InputRecordBadTest,
    ::testing::Values(
        Bad{"NotJson", "this is not json", "malformed JSON", false},
        Bad{"Truncated", R"({"id":"d1","text":"abc)", "malformed JSON", false},
        Bad{"Empty", "", "empty line", false},
        Bad{"NotAnObject", "[1,2]", "expected a JSON object", false},
        Bad{"IdNotString", R"({"id":5,"text":"x"})", "\"id\" must be a string",
            false},
        Bad{"TextMissing", R"({"id":"d1"})", "\"text\" must be a string", true},
        Bad{"MetaNotObject", R"({"id":"d1","text":"x","meta":"y"})",
            "\"meta\" must be an object", true},
        Bad{"MetaUnknownKey", R"({"id":"d1","text":"x","meta":{"judge":"y"}})",
            "unknown key meta.judge", true},
        Bad{"FlagsNotStrings", R"({"id":"d1","text":"x","meta":{"flags":[1]}})",
            "flags", true},
        Bad{"CaseTermsNotAnArray",
            R"({"id":"d1","text":"x","meta":{"case_terms":"配方"}})",
            "meta.\"case_terms\" must be an array of strings, not a string",
            true},
        Bad{"CaseTermsItemNotAString",
            R"({"id":"d1","text":"x","meta":{"case_terms":["配方",["x"]]}})",
            "meta.\"case_terms\"[1] must be a string", true},
        Bad{"UnknownKeyListsCaseTerms",
            R"({"id":"d1","text":"x","meta":{"redact":["x"]}})",
            "second_instance_effective_date)", true}),
    [](const ::testing::TestParamInfo<Bad>& info) { return info.param.name; });

// The line is checked only by the JSON parser: every ill-formed sequence,
// wherever it stands in the line, is still refused with its byte.
TEST(InputRecord, RefusesALineThatIsNotValidUtf8WhereverTheByteStands) {
  const std::string prefix = R"({"id":"d1","text":"正文)";
  const std::vector<std::string> ill_formed = {
      "\xFF",              // never in UTF-8
      "\xC0\xAF",          // overlong '/'
      "\xE0\x80\xAF",      // overlong, three bytes
      "\xED\xA0\x80",      // a surrogate
      "\xF4\x90\x80\x80",  // past U+10FFFF
      "\xE4\xB8",          // cut short before the quote
      "\x80",              // a continuation byte alone
  };
  for (const std::string& bad : ill_formed) {
    // What comes before the ill-formed bytes and what after them.
    const std::vector<std::pair<std::string, std::string>> places = {
        {prefix, R"("})"},
        {R"({"id":"d)", R"(","text":"x"})"},
        {R"({"id":"d1","text":"x","meta":{"court":")", R"("}})"},
        {R"({"id":"d1","text":"x"})", ""},
        {R"({"id":"d1",)", R"("text":"x"})"},
    };
    for (const auto& [before, after] : places) {
      const std::string line = before + bad + after;
      const size_t at = before.size();
      ParsedLine p = ParseInputLine(line);
      ASSERT_FALSE(p.record.ok()) << line;
      EXPECT_EQ(p.record.status().message(),
                "line is not valid UTF-8 at byte " + std::to_string(at))
          << line;
    }
  }
}

TEST(InputRecord, KnowsWhenItsTextWasCheckedAsItWasRead) {
  ParsedLine read = ParseInputLine(R"({"id":"d1","text":"正文\u3002"})");
  ASSERT_TRUE(read.record.ok());
  EXPECT_TRUE(read.record.value().text_is_utf8);
  // Read by the parser that does not check the bytes: checked later.
  ParsedLine other =
      ParseInputLine(R"({"id":"d2","text":"正文","n":18446744073709551616})");
  ASSERT_TRUE(other.record.ok());
  EXPECT_EQ(other.record.value().text, "正文");
  EXPECT_FALSE(other.record.value().text_is_utf8);
}

TEST(InputRecord, ValidateTextOfACheckedTextStillLooksAtItsCharacters) {
  EXPECT_TRUE(ValidateText("正文\n第二行\t", /*known_utf8=*/true).ok());
  Status nul = ValidateText(std::string("ab\0c", 4), /*known_utf8=*/true);
  ASSERT_FALSE(nul.ok());
  EXPECT_NE(nul.message().find("NUL character at byte 2"), std::string::npos);
  Status control = ValidateText("ab\x1b", /*known_utf8=*/true);
  ASSERT_FALSE(control.ok());
  EXPECT_NE(control.message().find("control character at byte 2"),
            std::string::npos);
}

TEST(InputRecord, ValidateTextNamesTheByte) {
  EXPECT_TRUE(ValidateText("正文\n第二行\t").ok());
  Status nul = ValidateText(std::string("ab\0c", 4));
  ASSERT_FALSE(nul.ok());
  EXPECT_NE(nul.message().find("NUL character at byte 2"), std::string::npos);
  Status bad = ValidateText("ab\xFF");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("not valid UTF-8 at byte 2"), std::string::npos);
}

}  // namespace
}  // namespace wenshu
