#include "redactors/clause.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>

#include "core/normalized_text.h"

namespace wenshu {
namespace {

struct Case {
  Case(const char* n, std::string in, std::string v,
       std::optional<std::string> r)
      : name(n),
        input(std::move(in)),
        value(std::move(v)),
        removed(std::move(r)) {}
  const char* name;
  std::string input;                   // as written; normalized by the test
  std::string value;                   // the identifier, in the normalized text
  std::optional<std::string> removed;  // what goes with it; nullopt: embedded
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

std::string Normalized(const std::string& input) {
  Result<NormalizedText> n = NormalizedText::Normalize(input);
  EXPECT_TRUE(n.ok()) << n.status().message();
  return n.ok() ? n.value().text() : std::string();
}

class ClauseFinderTest : public ::testing::TestWithParam<Case> {};

TEST_P(ClauseFinderTest, RemovableRange) {
  const Case& c = GetParam();
  const std::string text = Normalized(c.input);
  const size_t begin = text.find(c.value);
  ASSERT_NE(begin, std::string::npos) << c.value;

  const ClauseFinder finder;
  const std::optional<ByteRange> range =
      finder.RemovableRange(text, {begin, begin + c.value.size()});
  if (!c.removed) {
    EXPECT_FALSE(range.has_value())
        << "removes \"" << text.substr(range->begin, range->end - range->begin)
        << "\"";
    return;
  }
  // The removed text contains the value; find it around the value.
  const size_t expected_begin = text.rfind(*c.removed, begin);
  ASSERT_NE(expected_begin, std::string::npos) << *c.removed;
  ASSERT_TRUE(range.has_value()) << "no removable clause in \"" << text << "\"";
  EXPECT_EQ(text.substr(range->begin, range->end - range->begin), *c.removed);
  EXPECT_EQ(range->begin, expected_begin);
  EXPECT_EQ(range->end, expected_begin + c.removed->size());
}

INSTANTIATE_TEST_SUITE_P(
    ClauseFinder, ClauseFinderTest,
    ::testing::Values(
        // Rules §5: ", 公民身份号码…" goes with the comma before it.
        Case{"LabelAndCommaBefore",
             "原告张三，男，公民身份号码110105198001011238，汉族。",
             "110105198001011238", ",公民身份号码110105198001011238"},
        Case{"LabelWithColonAndSpace", "男，电话： 13812345678，汉族",
             "13812345678", ",电话: 13812345678"},
        Case{"LabelWithQiAndWei", "男，其身份证号码为110105198001011238，汉族",
             "110105198001011238", ",其身份证号码为110105198001011238"},
        Case{"BankNameBeforeAccountLabel",
             "被告，中国工商银行北京分行账号6222021001123456789，",
             "6222021001123456789",
             ",中国工商银行北京分行账号6222021001123456789"},
        // A label is at most 24 characters: a bank's name of 22 before
        // 账号 is one; one of 25 (27 with 账号) is not a label.
        Case{"LongBankNameWithinLabelLimit",
             "被告，甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己农村商业银行账号6222021001123456789，",
             "6222021001123456789",
             ",甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己农村商业银行账号6222021001123456789"},
        Case{"BankNamePastLabelLimit",
             "被告，甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬农村商业银行账号6222021001123456789，",
             "6222021001123456789", std::nullopt},
        Case{"PassportLabelWithCountry",
             "张三，中华人民共和国护照号码E12345678，男", "E12345678",
             ",中华人民共和国护照号码E12345678"},
        Case{"PermitLabelWithIssuer",
             "张三，港澳居民来往内地通行证号码C12345678，男", "C12345678",
             ",港澳居民来往内地通行证号码C12345678"},
        // "（卡号…）": the brackets go too.
        Case{"BracketedClause", "被告李四（卡号6222021001123456789）未到庭。",
             "6222021001123456789", "(卡号6222021001123456789)"},
        // "（身份证号码…，男）": the clause and its comma, the brackets stay.
        Case{"FirstClauseInBrackets",
             "被告李四（身份证号码110105198001011238，男）未到庭。",
             "110105198001011238", "身份证号码110105198001011238,"},
        // A sentence of its own goes with its full stop.
        Case{"SentenceOfItsOwn", "住北京市朝阳区。电话13812345678。本院受理。",
             "13812345678", "电话13812345678。"},
        Case{"SentenceWithTrailingSpaces",
             "住北京市朝阳区。电话13812345678  。本院", "13812345678",
             "电话13812345678  。"},
        // Spaces that open a paragraph stay.
        Case{"ParagraphIndentStays", "本院受理。\u3000\u3000电话13812345678。",
             "13812345678", "电话13812345678。"},
        // A whole list after one label is one clause.
        Case{"ListAfterOneLabel",
             "住北京市朝阳区。电话13812345678、13912345678。本院",
             "13812345678、13912345678", "电话13812345678、13912345678。"},
        // One item alone would leave the list broken.
        Case{"ListItemAloneIsNotRemovable", "QQ号12345678、87654321。",
             "87654321", std::nullopt},
        Case{"AtStartOfText", "13812345678，张三", "13812345678",
             "13812345678,"},
        Case{"LineOfItsOwnGoesWithItsLineBreak",
             "原告张三\n电话13812345678\n本院", "13812345678",
             "电话13812345678\n"},
        Case{"AtEndOfText", "原告张三，电话13812345678", "13812345678",
             ",电话13812345678"},
        // Deleting these would break the sentence: the caller masks.
        Case{"EmbeddedInSentence", "转入卡号为6222021001123456789的账户",
             "6222021001123456789", std::nullopt},
        Case{"PartyNameBeforeLabel", "原告电话13812345678，汉族", "13812345678",
             std::nullopt},
        Case{"TextAfterValue", "男，电话13812345678转123，汉族", "13812345678",
             std::nullopt},
        Case{"OpenBracketThenFullStop", "（电话13812345678。", "13812345678",
             std::nullopt},
        // Labels may repeat ("电话号码手机号码…"), within 24 characters.
        Case{"LabelsWithinTheLimit",
             "，电话号码手机号码电话号码手机号码13812345678，", "13812345678",
             ",电话号码手机号码电话号码手机号码13812345678"},
        Case{"LabelsBeyondTheLimit",
             "，电话号码手机号码电话号码手机号码电话号码手机号码电话13812345678"
             "，",
             "13812345678", std::nullopt}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

// Tidy: what a removal takes with it so that the text stays grammatical.
struct TidyCase {
  const char* name;
  std::string text;      // normalized
  std::string removal;   // the removal before tidying
  std::string expected;  // the removal after tidying (contains `removal`)
};

void PrintTo(const TidyCase& c, std::ostream* os) { *os << c.name; }

class ClauseTidyTest : public ::testing::TestWithParam<TidyCase> {};

TEST_P(ClauseTidyTest, WidensTheRemoval) {
  const TidyCase& c = GetParam();
  const size_t begin = c.text.find(c.removal);
  ASSERT_NE(begin, std::string::npos) << c.removal;
  const size_t expected_begin = c.text.find(c.expected);
  ASSERT_NE(expected_begin, std::string::npos) << c.expected;
  const ClauseFinder finder;
  const ByteRange r = finder.Tidy(c.text, {begin, begin + c.removal.size()});
  EXPECT_EQ(c.text.substr(r.begin, r.end - r.begin), c.expected);
  EXPECT_EQ(r.begin, expected_begin);
  EXPECT_EQ(r.end, expected_begin + c.expected.size());
}

INSTANTIATE_TEST_SUITE_P(
    ClauseFinder, ClauseTidyTest,
    ::testing::Values(
        TidyCase{"EmptyBracketsGo", "李四(卡号6222021001123456789)未",
                 "卡号6222021001123456789", "(卡号6222021001123456789)"},
        TidyCase{"EmptyLenticularBracketsGo", "李四【电话13812345678】未",
                 "电话13812345678", "【电话13812345678】"},
        TidyCase{"NestedEmptyBracketsGo", "李四((卡号6222021001123456789))未",
                 "卡号6222021001123456789", "((卡号6222021001123456789))"},
        TidyCase{"CommaAfterOpenBracketGoes",
                 "李四(身份证号码110105198001011238,男)未",
                 "身份证号码110105198001011238",
                 "身份证号码110105198001011238,"},
        TidyCase{"CommaBeforeCloseBracketGoes",
                 "李四(男,身份证号码110105198001011238)未",
                 "身份证号码110105198001011238",
                 ",身份证号码110105198001011238"},
        TidyCase{"CommaAfterSentenceStartGoes",
                 "本院受理。电话13812345678,男。", "电话13812345678",
                 "电话13812345678,"},
        TidyCase{"DoubledFullStopGoes", "本院受理。电话13812345678。本院",
                 "电话13812345678", "电话13812345678。"},
        TidyCase{"CommaAtTextStartGoes", "电话13812345678,男",
                 "电话13812345678", "电话13812345678,"},
        TidyCase{"TwoCommasMeet", "男,电话13812345678,汉族", "电话13812345678",
                 "电话13812345678,"},
        TidyCase{"BracketsStillHoldingTextStay",
                 "李四(身份证号码110105198001011238,男)未",
                 "身份证号码110105198001011238,",
                 "身份证号码110105198001011238,"},
        TidyCase{"NothingToTidyInsideASentence", "张三电话13812345678李四",
                 "电话13812345678", "电话13812345678"},
        TidyCase{"WholeText", "13812345678", "13812345678", "13812345678"}),
    [](const ::testing::TestParamInfo<TidyCase>& info) {
      return info.param.name;
    });

}  // namespace
}  // namespace wenshu
