#include "redactors/digit_chain.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace {

// A chain as the test sees it: where it starts and ends, and its groups.
struct ChainView {
  size_t begin = 0;
  size_t end = 0;
  std::vector<std::string> groups;

  bool operator==(const ChainView&) const = default;
};

std::ostream& operator<<(std::ostream& os, const ChainView& c) {
  os << "[" << c.begin << "," << c.end << ") {";
  for (size_t g = 0; g < c.groups.size(); ++g)
    os << (g ? " " : "") << c.groups[g];
  return os << "}";
}

std::vector<ChainView> Chains(const std::string& text) {
  DigitChains chains(text);
  std::vector<ChainView> out;
  for (const DigitChain& chain : chains.chains()) {
    ChainView view{chain.begin, chain.end, {}};
    for (size_t g = 0; g < chain.group_count; ++g) {
      const DigitGroup& group = chain.group(g);
      view.groups.push_back(text.substr(group.begin, group.end - group.begin));
    }
    out.push_back(view);
  }
  return out;
}

// Expected chains are given by their text; offsets come from find.
struct WantChain {
  std::string text;  // the chain's bytes in the input
  std::vector<std::string> groups;
};

struct ChainCase {
  const char* name;
  std::string text;
  std::vector<WantChain> chains;
};

class DigitChainsTest : public ::testing::TestWithParam<ChainCase> {};

TEST_P(DigitChainsTest, FindsMaximalChains) {
  const ChainCase& c = GetParam();
  std::vector<ChainView> want;
  size_t from = 0;
  for (const WantChain& w : c.chains) {
    const size_t begin = c.text.find(w.text, from);
    ASSERT_NE(begin, std::string::npos) << w.text;
    want.push_back({begin, begin + w.text.size(), w.groups});
    from = begin + w.text.size();
  }
  EXPECT_EQ(Chains(c.text), want);
}

INSTANTIATE_TEST_SUITE_P(
    DigitChain, DigitChainsTest,
    ::testing::Values(
        ChainCase{"Empty", "", {}}, ChainCase{"NoDigits", "原告张三,男", {}},
        ChainCase{"SingleGroup",
                  "电话13812345678。",
                  {{"13812345678", {"13812345678"}}}},
        ChainCase{"SpaceSeparatedMobile",
                  "电话138 1234 5678。",
                  {{"138 1234 5678", {"138", "1234", "5678"}}}},
        ChainCase{"HyphenSeparatedId",
                  "1101-0519-8001-0112-38",
                  {{"1101-0519-8001-0112-38",
                    {"1101", "0519", "8001", "0112", "38"}}}},
        ChainCase{"MixedSeparators",
                  "0571-8888 8888-123",
                  {{"0571-8888 8888-123", {"0571", "8888", "8888", "123"}}}},
        ChainCase{"DoubleSpaceBreaksTheChain",
                  "12  34",
                  {{"12", {"12"}}, {"34", {"34"}}}},
        ChainCase{"DoubleHyphenBreaksTheChain",
                  "12--34",
                  {{"12", {"12"}}, {"34", {"34"}}}},
        ChainCase{"SpaceThenHyphenBreaksTheChain",
                  "12 -34",
                  {{"12", {"12"}}, {"34", {"34"}}}},
        ChainCase{"TrailingSeparatorNotIncluded", "12 ", {{"12", {"12"}}}},
        ChainCase{"LeadingSeparatorNotIncluded", " -12", {{"12", {"12"}}}},
        // Dots and middle dots join groups as spaces do (139.1128.6745): a
        // decimal is two groups of one chain, never one number.
        ChainCase{"DotJoinsGroups", "1.5", {{"1.5", {"1", "5"}}}},
        ChainCase{"MiddleDotJoinsGroups", "139\u00B71128\u00B76745",
                  {{"139\u00B71128\u00B76745", {"139", "1128", "6745"}}}},
        ChainCase{"LineBreakJoinsGroups", "1101051980\n01011238",
                  {{"1101051980\n01011238", {"1101051980", "01011238"}}}},
        ChainCase{"TwoDotsSplitChains", "12..34", {{"12", {"12"}}, {"34", {"34"}}}},
        ChainCase{
            "LettersSplitChains", "a12b34", {{"12", {"12"}}, {"34", {"34"}}}},
        ChainCase{"CjkSplitsChains",
                  "张三13812345678李四110105",
                  {{"13812345678", {"13812345678"}}, {"110105", {"110105"}}}},
        // Chains are ASCII only: run them on normalized text.
        ChainCase{
            "FullWidthDigitsAreNotDigits", "\xEF\xBC\x91\xEF\xBC\x92", {}}),
    [](const ::testing::TestParamInfo<ChainCase>& info) {
      return info.param.name;
    });

TEST(DigitChain, ChainDigitsJoinsTheChosenGroups) {
  const std::string text = "证号1101 0519 8001 0112 38。";
  DigitChains chains(text);
  ASSERT_EQ(chains.chains().size(), 1u);
  const DigitChain& chain = chains.chains()[0];
  ASSERT_EQ(chain.group_count, 5u);
  EXPECT_EQ(ChainDigits(text, chain, 0, 4), "110105198001011238");
  EXPECT_EQ(ChainDigits(text, chain, 1, 2), "05198001");
  EXPECT_EQ(ChainDigits(text, chain, 4, 4), "38");
}

TEST(DigitChain, ChainDigitsClearsTheOutput) {
  const std::string text = "138 1234 5678";
  DigitChains chains(text);
  ASSERT_EQ(chains.chains().size(), 1u);
  std::string out = "stale";
  ChainDigits(text, chains.chains()[0], 1, 2, &out);
  EXPECT_EQ(out, "12345678");
}

TEST(DigitChain, ChainsAfterLongRunsOfCjkAtEveryAlignment) {
  // Runs of multi-byte characters are skipped in blocks; a digit right
  // after one must be found whatever the alignment.
  for (int k = 1; k < 12; ++k) {
    std::string text;
    for (int i = 0; i < k; ++i) text += "判";
    text += "138 1234 5678";
    for (int i = 0; i < k; ++i) text += "决";
    text += "9";
    SCOPED_TRACE(text);
    EXPECT_EQ(Chains(text), (std::vector<ChainView>{
                                {3u * k, 3u * k + 13, {"138", "1234", "5678"}},
                                {6u * k + 13, 6u * k + 14, {"9"}}}));
  }
}

// The scan skips eight bytes at a time while none is a digit: every byte
// value, at every offset of two words, among fillers of every kind (ASCII
// letters and punctuation just below and above the digits, continuation and
// lead bytes), is a chain exactly when it is a digit.
TEST(DigitChain, EveryByteValueAtEveryOffsetIsSeenExactlyWhenADigit) {
  for (const char filler :
       {'a', '/', ':', ' ', '\x80', '\xB0', '\xB9', '\xE4'}) {
    for (size_t at = 0; at < 16; ++at) {
      for (int value = 0; value < 256; ++value) {
        std::string text(16, filler);
        text[at] = static_cast<char>(value);
        const DigitChains chains(text);
        const bool digit = value >= '0' && value <= '9';
        ASSERT_EQ(chains.chains().size(), digit ? 1u : 0u)
            << "filler " << int(static_cast<unsigned char>(filler))
            << " offset " << at << " byte " << value;
        if (digit) {
          EXPECT_EQ(chains.chains()[0].begin, at);
        }
      }
    }
  }
}

TEST(DigitChain, GroupsStayValidWhenManyChainsAreFound) {
  // Enough chains to make the group vector reallocate many times: the
  // chains must point into its final storage.
  std::string text;
  for (int i = 0; i < 2000; ++i) text += std::to_string(i) + "-7,";
  DigitChains chains(text);
  ASSERT_EQ(chains.chains().size(), 2000u);
  const DigitChain& last = chains.chains().back();
  ASSERT_EQ(last.group_count, 2u);
  EXPECT_EQ(
      text.substr(last.group(0).begin, last.group(0).end - last.group(0).begin),
      "1999");
  EXPECT_EQ(ChainDigits(text, last, 0, 1), "19997");
  const DigitChain& first = chains.chains().front();
  EXPECT_EQ(ChainDigits(text, first, 0, 1), "07");
}

}  // namespace
}  // namespace wenshu
