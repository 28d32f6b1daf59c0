#include "core/normalized_text.h"

#include <gtest/gtest.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <random>
#include <string>
#include <vector>

namespace wenshu {
namespace {

struct Case {
  const char* name;
  std::string original;
  std::string normalized;
};

class NormalizedTextTest : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizedTextTest, Normalizes) {
  Result<NormalizedText> n = NormalizedText::Normalize(GetParam().original);
  ASSERT_TRUE(n.ok()) << n.status().message();
  EXPECT_EQ(n.value().text(), GetParam().normalized);
}

INSTANTIATE_TEST_SUITE_P(
    Folds, NormalizedTextTest,
    ::testing::Values(
        Case{"PlainTextUnchanged", "原告张三，男。", "原告张三,男。"},
        Case{"FullWidthDigitsAndLetters", "１１０１０５ＡＢｘ", "110105ABx"},
        Case{"FullWidthBrackets", "（２０２３）京0105民初1号",
             "(2023)京0105民初1号"},
        Case{"IdeographicSpace", "民\u3000事", "民 事"},
        Case{"KangxiRadical", "\u2F08", "\u4EBA"},           // ⼈ -> 人
        Case{"CompatibilityIdeograph", "\uF900", "\u8C48"},  // 豈 -> 豈
        Case{"RadicalSupplement", "\u2EC5\u2ED4",
             "\u89C1\u95E8"},  // ⻅⻔ -> 见门
        Case{"MiddleDotVariants", "买买提\u2022艾力\u30FB",
             "买买提\u00B7艾力\u00B7"},
        Case{"ZeroWidthRemoved", "138\u200B1234\uFEFF5678", "13812345678"},
        Case{"CombiningMarkComposes", "e\u0301", "\u00E9"},
        Case{"Empty", "", ""},
        // Numbers written digit by digit in Chinese numerals (issue 21).
        Case{"ChineseNumeralPhone", "电话一三九一一二八六七四五。",
             "电话13911286745。"},
        Case{"FinancialNumerals", "壹叁玖壹壹贰捌陆柒肆伍", "13911286745"},
        Case{"YaoReadAsOne", "幺三九一一二八六七四五", "13911286745"},
        Case{"MixedWithAsciiDigits", "11〇1〇5198〇〇1〇11238",
             "110105198001011238"},
        Case{"SpacedAndSplitByALineBreak", "一三九 一一二八\n六七四五",
             "139 1128\n6745"},
        Case{"ShortRunsStayWords", "二〇二三年六月一日，第一、二、三项",
             "二〇二三年六月一日,第一、二、三项"},
        Case{"ANameBeforeDigitsStaysAName", "张三13812345678李四",
             "张三13812345678李四"},
        Case{"AmountsInWordsStay", "壹拾贰万叁仟肆佰伍拾陆元",
             "壹拾贰万叁仟肆佰伍拾陆元"}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(NormalizedText, RejectsInvalidUtf8) {
  Result<NormalizedText> n = NormalizedText::Normalize("ab\xC3\x28");
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(n.status().message().find("byte 2"), std::string::npos);
}

TEST(NormalizedText, OffsetsMapBackToOriginalBytes) {
  // "电话：１３８" -> "电话:138"
  const std::string original = "电话：１３８。";
  Result<NormalizedText> n = NormalizedText::Normalize(original);
  ASSERT_TRUE(n.ok());
  const std::string& text = n.value().text();
  const size_t begin = text.find("138");
  ASSERT_NE(begin, std::string::npos);
  const OffsetMap& map = n.value().offsets();
  const size_t ob = map.ToOriginalBegin(begin);
  const size_t oe = map.ToOriginalEnd(begin + 3);
  EXPECT_EQ(original.substr(ob, oe - ob), "１３８");
  // A span of one full-width digit maps to exactly that digit.
  EXPECT_EQ(original.substr(
                map.ToOriginalBegin(begin + 1),
                map.ToOriginalEnd(begin + 2) - map.ToOriginalBegin(begin + 1)),
            "３");
}

TEST(NormalizedText, OffsetsAcrossRemovedCharacters) {
  const std::string original = "a\u200Bbc";
  Result<NormalizedText> n = NormalizedText::Normalize(original);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n.value().text(), "abc");
  const OffsetMap& map = n.value().offsets();
  EXPECT_EQ(map.ToOriginalBegin(1), 4u);  // 'b' after the removed U+200B
  EXPECT_EQ(map.ToOriginalEnd(3), original.size());
}

TEST(NormalizedText, AFoldedNumeralMapsBackToItsCharacter) {
  const std::string original = "号码一三九一一二八六七四五";
  Result<NormalizedText> n = NormalizedText::Normalize(original);
  ASSERT_TRUE(n.ok());
  const size_t at = n.value().text().find("139");
  ASSERT_NE(at, std::string::npos);
  const OffsetMap& map = n.value().offsets();
  EXPECT_EQ(original.substr(map.ToOriginalBegin(at),
                            map.ToOriginalEnd(at + 11) - map.ToOriginalBegin(at)),
            "一三九一一二八六七四五");
}

// The folding looks at the ASCII digits and at one character in 21 bytes,
// and reads a run only there: on random texts it must agree with reading
// every character.
std::string FoldedByReadingEverything(const std::vector<std::string>& chars) {
  auto digit = [](const std::string& c) -> int {
    static const std::string kChinese[] = {"〇", "一", "二", "三", "四",
                                           "五", "六", "七", "八", "九"};
    for (int d = 0; d < 10; ++d)
      if (c == kChinese[d]) return d;
    if (c.size() == 1 && c[0] >= '0' && c[0] <= '9') return 10;
    if (c == "１" || c == "７") return 10;  // full-width
    return -1;
  };
  auto separator = [](const std::string& c) { return c == " " || c == "-"; };
  std::string out;
  for (size_t i = 0; i < chars.size();) {
    if (digit(chars[i]) < 0) {
      out += chars[i++];
      continue;
    }
    // The run: digits with single separators between them.
    size_t j = i, digits = 0;
    std::vector<size_t> members;
    while (j < chars.size()) {
      if (digit(chars[j]) >= 0) {
        members.push_back(j++);
        ++digits;
      } else if (separator(chars[j]) && j + 1 < chars.size() &&
                 digit(chars[j + 1]) >= 0) {
        ++j;
      } else {
        break;
      }
    }
    std::vector<size_t> chinese;
    bool other = false;
    for (size_t m : members) {
      if (digit(chars[m]) < 10) chinese.push_back(m);
      else other = true;
    }
    size_t from = 0, to = chinese.size();
    if (other && !chinese.empty()) {
      size_t leading = 0, trailing = 0;
      for (size_t m : members) {
        if (digit(chars[m]) == 10) break;
        ++leading;
      }
      for (size_t k = members.size(); k-- > 0;) {
        if (digit(chars[members[k]]) == 10) break;
        ++trailing;
      }
      if (leading == 1) from = 1;
      if (trailing == 1 && to > from) --to;
    }
    std::vector<bool> fold(chars.size(), false);
    if (digits >= 7)
      for (size_t k = from; k < to; ++k) fold[chinese[k]] = true;
    for (size_t k = i; k < j; ++k) {
      out += fold[k] ? std::string(1, static_cast<char>('0' + digit(chars[k])))
                     : chars[k];
    }
    i = j;
  }
  return out;
}

TEST(NormalizedText, NumeralFoldingAgreesWithReadingEveryCharacter) {
  std::mt19937 random(5);
  // Short texts dense with digits, then long ones where runs (of Chinese
  // numerals alone, with full-width digits, with ASCII digits) stand far
  // apart among other characters of one to four bytes and start at any
  // offset.
  const std::vector<std::string> dense = {"一", "二", "〇", "九", "1", "2",
                                          "0",  " ",  "-",  "号", "a", "，"};
  const std::vector<std::string> sparse = {
      "一", "九", "〇", "1",  "１", "７", " ",  "-",  "号", "号", "号",
      "号", "人", "人", "人", "a",  "，", "的", "的", "😀",  "é"};
  for (int round = 0; round < 4000; ++round) {
    const bool long_text = round % 2 == 1;
    const std::vector<std::string>& alphabet = long_text ? sparse : dense;
    std::vector<std::string> chars;
    for (int k = 0, n = random() % (long_text ? 300 : 40); k < n; ++k) {
      // Now and then a run of digits in a row in a long text.
      if (long_text && random() % 40 == 0) {
        for (int d = 0, m = 5 + random() % 5; d < m; ++d)
          chars.push_back(alphabet[random() % 6]);
      }
      chars.push_back(alphabet[random() % alphabet.size()]);
    }
    std::string text;
    for (const std::string& c : chars) text += c;
    Result<NormalizedText> n = NormalizedText::Normalize(text);
    ASSERT_TRUE(n.ok());
    std::string expected = FoldedByReadingEverything(chars);
    // NFKC turns the full-width forms into ASCII.
    for (const auto& [wide, ascii] :
         std::vector<std::pair<std::string, std::string>>{
             {"，", ","}, {"１", "1"}, {"７", "7"}}) {
      for (size_t at; (at = expected.find(wide)) != std::string::npos;)
        expected.replace(at, wide.size(), ascii);
    }
    ASSERT_EQ(n.value().text(), expected) << "text " << text;
  }
}

// Against ICU's NFKC of the whole text, on random texts of characters the
// folding step leaves alone: CJK punctuation and full-width forms before
// ASCII, ideographs, combining marks, Hangul jamo that compose and
// kana with their voicing mark — the three-byte characters read as
// segments of their own and those that join their neighbours. Of the
// ideographic punctuation (E3 80 xx), the characters passed over without
// a look (。、《》〇) beside those that change (the ideographic space,
// 〶, 〸) and a tone mark that joins the character before it; every other
// text long enough for the pass that judges 64 bytes at a time.
TEST(NormalizedText, AgreesWithIcuAroundThreeByteCharacters) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(error);
  ASSERT_TRUE(U_SUCCESS(error));
  const std::vector<std::string> alphabet = {
      "，",     "。",     "、",     "《",     "》",     "（",     "）",
      "\u3000", "：",     "Ａ",     "a",      " ",      "(",      "法",
      "院",     "\u0301", "\u0308", "\u1100", "\u1161", "\u11A8", "\uAC00",
      "\u304B", "\u3099", "\u309A", "\uFF76", "\uFF9E", "e",      "\u2F08",
      "\uF900", "〇",     "\u3036", "\u3038", "\u302A"};
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int k = 0, n = random() % (round % 2 == 0 ? 12 : 90); k < n; ++k)
      text += alphabet[random() % alphabet.size()];
    std::string expected;
    icu::StringByteSink<std::string> sink(&expected);
    error = U_ZERO_ERROR;
    nfkc->normalizeUTF8(0, icu::StringPiece(text.data(),
                                            static_cast<int32_t>(text.size())),
                        sink, nullptr, error);
    ASSERT_TRUE(U_SUCCESS(error));
    Result<NormalizedText> n = NormalizedText::Normalize(text);
    ASSERT_TRUE(n.ok());
    ASSERT_EQ(n.value().text(), expected) << "text " << text;
  }
}

TEST(NormalizedText, IdentityTextHasNoChanges) {
  Result<NormalizedText> n =
      NormalizedText::Normalize("北京市朝阳区人民法院abc");
  ASSERT_TRUE(n.ok());
  EXPECT_TRUE(n.value().offsets().changes().empty());
}

struct WithoutSpacesCase {
  std::string text;
  std::string want;
};

class WithoutSpacesCases : public ::testing::TestWithParam<WithoutSpacesCase> {
};

TEST_P(WithoutSpacesCases, RemovesOnlyAsciiSpaces) {
  EXPECT_EQ(WithoutSpaces(GetParam().text), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Texts, WithoutSpacesCases,
    ::testing::Values(
        WithoutSpacesCase{"民 事 判 决 书", "民事判决书"},
        WithoutSpacesCase{"(2023) 京0105 民初 1 号", "(2023)京0105民初1号"},
        WithoutSpacesCase{"", ""}, WithoutSpacesCase{"   ", ""},
        // Tabs, line breaks and the ideographic space are not spaces here:
        // normalization has already made U+3000 a space.
        WithoutSpacesCase{"民\t事\n书", "民\t事\n书"},
        WithoutSpacesCase{"民\u3000事", "民\u3000事"}));

}  // namespace
}  // namespace wenshu
