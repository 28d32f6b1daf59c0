#include "redactors/repeated_identifiers.h"

#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/normalized_text.h"
#include "redactors/detector_set.h"
#include "redactors/policy.h"
#include "redactors/redaction_pass.h"
#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Found;
using detector_test::Locate;

const RepeatedIdentifierFinder& Finder() {
  static const RepeatedIdentifierFinder* finder =
      new RepeatedIdentifierFinder(DetectorSet::Standard());
  return *finder;
}

// The find-spans stage's first two sources over `input`: the detector set,
// then the finder, on one context and sink.
struct SourcesRun {
  explicit SourcesRun(const std::string& input) {
    Result<NormalizedText> n = NormalizedText::Normalize(input);
    EXPECT_TRUE(n.ok()) << n.status().message();
    if (!n.ok()) return;
    normalized.emplace(std::move(n.value()));
    const Document doc{normalized->text(), {}, {}};
    ScanContext scan(doc.text, Strictness::kStandard);
    const Status found = DetectorSet::Standard().Find(doc, scan, sink);
    EXPECT_TRUE(found.ok()) << found.message();
    detected = sink.spans().size();
    const Status repeated = Finder().Find(doc, scan, sink);
    EXPECT_TRUE(repeated.ok()) << repeated.message();
  }
  // The finder's spans, sorted.
  std::vector<Found> Repeats() const {
    std::vector<Span> mine;
    for (const Span& s : sink.spans()) {
      if (s.rule == RepeatedIdentifierFinder::kRule) mine.push_back(s);
    }
    std::vector<Found> out = detector_test::ToFound(mine);
    std::sort(out.begin(), out.end());
    return out;
  }
  // The public text the one pass makes of `input` from every span.
  std::string Public(const std::string& input) const {
    const RedactionPass pass(Policy::NationalDefault());
    return pass.Run(input, *normalized, sink.spans()).text;
  }
  std::optional<NormalizedText> normalized;
  SpanSink sink;
  size_t detected = 0;
};

// A mention the finder must report: its text in the normalized input (the
// `occurrence`-th match) and the category of the value it repeats.
struct Mention {
  std::string text;
  Category category;
  int occurrence = 0;
};

struct Case {
  const char* name;
  std::string input;
  std::vector<Mention> mentions;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class RepeatedIdentifierTest : public ::testing::TestWithParam<Case> {};

TEST_P(RepeatedIdentifierTest, ReportsExactlyTheOtherMentions) {
  const Case& c = GetParam();
  const SourcesRun run(c.input);
  ASSERT_TRUE(run.normalized.has_value());
  const std::string& text = run.normalized->text();
  std::vector<Found> want;
  for (const Mention& m : c.mentions) {
    const size_t pos =
        detector_test::FindOccurrence(text, m.text, m.occurrence);
    ASSERT_NE(pos, std::string::npos) << m.text;
    want.push_back({pos, pos + m.text.size(), m.category,
                    std::string(RepeatedIdentifierFinder::kRule)});
  }
  std::sort(want.begin(), want.end());
  EXPECT_EQ(run.Repeats(), want) << "on \"" << text << "\"";
}

INSTANTIATE_TEST_SUITE_P(
    RepeatedIdentifiers, RepeatedIdentifierTest,
    ::testing::Values(
        Case{"PhoneWithFullWidthDigitsOneSpaceEach",
             "联系电话13912345678。被告用１ ３ ９ １ ２ ３ ４ ５ ６ ７ "
             "８发送短信。",
             {{"1 3 9 1 2 3 4 5 6 7 8", Category::kPhone}}},
        Case{"PlateWithFullWidthLettersAndASpaceAfterTheProvince",
             "驾驶京A12345号小型轿车。京 Ａ１２３４５号车停放于小区。",
             {{"京 A12345", Category::kPlate}}},
        Case{"PlateWithAHyphen",
             "驾驶京A12345号小型轿车。京A-12345号车停放于小区。",
             {{"京A-12345", Category::kPlate}}},
        Case{"PlateWithAFullWidthHyphen",
             "驾驶京A12345号小型轿车。京Ａ－１２３４５号车停放于小区。",
             {{"京A-12345", Category::kPlate}}},
        Case{"PhoneSplitByTwoLineBreaks",
             "联系电话13912345678。被告用1391234\n\n5678发送短信。",
             {{"1391234\n\n5678", Category::kPhone}}},
        Case{"IdSplitByALineBreakWithIndent",
             "公民身份号码110105198001011238。其身份证号码11010519800\n  "
             "1011238已登记。",
             {{"11010519800\n  1011238", Category::kIdNumber}}},
        Case{
            "IdWithAZeroWidthSpaceInside",
            "公民身份号码110105198001011238。其证件号码110105\u200B198001011238"
            "已登记。",
            {}},
        Case{"PassportInFullWidthWithoutItsCue",
             "护照号码E12345678。其持ｅ１２３４５６７８入境。",
             {{"e12345678", Category::kTravelDocument}}},
        Case{"EveryMentionNotOnlyTheSecond",
             "驾驶京A12345号小型轿车。京A-12345号车，京 A 12345号车，"
             "京A\n  12345号车。",
             {{"京A-12345", Category::kPlate},
              {"京 A 12345", Category::kPlate},
              {"京A\n  12345", Category::kPlate}}},
        Case{"MentionTheDetectorFoundIsNotReportedAgain",
             "联系电话13912345678。被告用139 1234 5678发送短信。",
             {}},
        Case{
            "InsideALongerDigitRunIsAnotherNumber",
            "联系电话13912345678。编号613912345678901与1391234567890另有所指。",
            {}},
        Case{"JoinedToALongerRunBySeparatorsIsAnotherNumber",
             "联系电话13912345678。编号6-13912345678与13912345678-01另有所指。",
             {}},
        Case{"DecimalIsAnotherNumber",
             "联系电话13912345678。数值13912345678.5另有所指。",
             {}},
        Case{"TooManySeparatorsIsNoMention",
             "联系电话13912345678。数字1391234     5678另有所指。",
             {}},
        Case{"ShortValuesAreNotLookedForElsewhere",
             "QQ号123456。编号123456另有所指。",
             {}},
        Case{"ValueKeptByARuleIsNotLookedFor",
             "合同编号13912345678。另查明1391234\n5678。",
             {}}),
    [](const ::testing::TestParamInfo<Case>& info) {
      return std::string(info.param.name);
    });

// Far enough from the first mention that the keep rules run around the
// detector's candidates do not reach the second.
const std::string kFarAway =
    "经审理查明，双方系朋友关系，往来多年，此后因经营需要发生多笔资金往来，"
    "双方对此均无异议，本院予以确认。";

TEST(RepeatedIdentifiers, AmountIsNeverTouched) {
  const std::string input =
      "联系电话13912345678。" + kFarAway + "借款13912345678元已归还。";
  const SourcesRun run(input);
  EXPECT_EQ(run.Public(input), kFarAway + "借款13912345678元已归还。");
}

TEST(RepeatedIdentifiers, CaseNumberIsNeverTouched) {
  const std::string input =
      "QQ号1234567。" + kFarAway + "见（2023）京0105民初1234567号民事判决。";
  const SourcesRun run(input);
  EXPECT_EQ(run.Public(input),
            kFarAway + "见（2023）京0105民初1234567号民事判决。");
}

TEST(RepeatedIdentifiers, MaskKeepsTheLineBreakInsideAMention) {
  const std::string input =
      "联系电话13912345678。被告用1391234\n5678发送短信。";
  const SourcesRun run(input);
  EXPECT_EQ(run.Public(input), "被告用139××××\n××××发送短信。");
}

TEST(RepeatedIdentifiers, FullWidthMentionIsMaskedInItsOwnCharacters) {
  const std::string input =
      "驾驶京A12345号小型轿车。京Ａ－１２３４５号车停放于小区。";
  const SourcesRun run(input);
  EXPECT_EQ(run.Public(input),
            "驾驶京A×××××号小型轿车。京Ａ－×××××号车停放于小区。");
}

TEST(RepeatedIdentifiers, AHomeAddressCutOnceIsCutAtEveryMention) {
  // The second mention has no home cue (位于…的房屋): found as the value of
  // the first.
  const std::string input =
      "原告李某，住北京市海淀区学院路3号院5号楼201室。" + kFarAway +
      "位于北京市海淀区学院路3号院5号楼201室的房屋系共同财产。";
  const SourcesRun run(input);
  const std::string out = run.Public(input);
  EXPECT_EQ(out.find("学院路3号院5号楼201室"), std::string::npos) << out;
  EXPECT_NE(out.find("位于北京市海淀区"), std::string::npos) << out;
}

TEST(RepeatedIdentifiers, ValuesAreLeftInTheSinkForTheVerifyPass) {
  const SourcesRun run(
      "联系电话13912345678，身份证号110105198001011238，又电话139-1234-5678。");
  const std::vector<IdentifierValue> want = {
      {"13912345678", Category::kPhone},
      {"110105198001011238", Category::kIdNumber}};
  EXPECT_EQ(run.sink.identifier_values(), want);
}

TEST(RepeatedIdentifiers, ValuesArePreparedOnceForTheVerifyPass) {
  const std::string input =
      "联系电话13912345678，身份证号110105198001011238，又电话139-1234-5678。";
  const SourcesRun run(input);
  // The index the finder looked with stays in the sink, holding the values
  // it left there, and finds what a fresh one finds.
  const std::shared_ptr<const ValueMentions>& prepared =
      run.sink.prepared_values();
  ASSERT_NE(prepared, nullptr);
  EXPECT_EQ(prepared->values(), run.sink.identifier_values());
  const std::string_view text = run.normalized->text();
  EXPECT_EQ(detector_test::ToFound(prepared->Find(text)),
            detector_test::ToFound(
                ValueMentions(run.sink.identifier_values()).Find(text)));
  EXPECT_EQ(prepared->Find(text).size(), 3u);
  // No values, nothing prepared.
  const SourcesRun none("本案无任何号码。");
  EXPECT_TRUE(none.sink.identifier_values().empty());
  EXPECT_EQ(none.sink.prepared_values(), nullptr);
}

TEST(IdentifierKey, DropsSeparatorsAndUpperCases) {
  EXPECT_EQ(IdentifierKey("139 1234-5678"), "13912345678");
  EXPECT_EQ(IdentifierKey("京a·12345"), "京A12345");
  EXPECT_EQ(IdentifierKey("1101\n0519 8001 0112 38"), "110105198001011238");
}

TEST(IdentifierKey, RefusesWhatCannotBeComparedSo) {
  EXPECT_EQ(IdentifierKey("123456"), std::nullopt);           // too short
  EXPECT_EQ(IdentifierKey("京ABC1234"), "京ABC1234");         // four digits
  EXPECT_EQ(IdentifierKey("京ABCD123"), std::nullopt);        // three digits
  EXPECT_EQ(IdentifierKey("a1234567@qq.com"), std::nullopt);  // e-mail
  EXPECT_EQ(IdentifierKey("wxid_1234567"), std::nullopt);     // WeChat id
}

TEST(FindValueMentions, ExactSpansInANormalizedText) {
  const std::vector<IdentifierValue> values = {
      {"13912345678", Category::kPhone}, {"京A12345", Category::kPlate}};
  const std::string text =
      "甲13912345678乙139 1234\r\n5678丙京A·12345丁1391234567";
  std::vector<Found> want = Locate(text,
                                   {{"13912345678", "repeated_value"},
                                    {"139 1234\r\n5678", "repeated_value"}},
                                   Category::kPhone);
  std::vector<Found> plate =
      Locate(text, {{"京A·12345", "repeated_value"}}, Category::kPlate);
  want.insert(want.end(), plate.begin(), plate.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(detector_test::ToFound(FindValueMentions(text, values)), want);
}

TEST(FindValueMentions, ShorterKeyInsideALongerValueIsNotCut) {
  const std::vector<IdentifierValue> values = {
      {"1234567", Category::kPhone}, {"1234567890", Category::kBankAccount}};
  const std::string text = "甲1234567890乙";
  const std::vector<Span> found = FindValueMentions(text, values);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].size()), "1234567890");
  EXPECT_EQ(found[0].category, Category::kBankAccount);
}

TEST(FindValueMentions, LetterKeysMatchInEitherCaseAndAfterAGap) {
  // The two-byte filter compares the upper-cased next byte with the key's
  // second, and steps aside when a separator follows the first character.
  const std::vector<IdentifierValue> values = {
      {"E12345678", Category::kTravelDocument},
      {"LSVAB1234CD567890", Category::kVehicleId}};
  const std::string text =
      "甲e12345678乙E 1234 5678丙lsvab1234cd567890丁L-SVAB1234CD567890戊"
      "E22345678己";
  std::vector<Found> want = Locate(
      text,
      {{"e12345678", "repeated_value"}, {"E 1234 5678", "repeated_value"}},
      Category::kTravelDocument);
  std::vector<Found> vin = Locate(text,
                                  {{"lsvab1234cd567890", "repeated_value"},
                                   {"L-SVAB1234CD567890", "repeated_value"}},
                                  Category::kVehicleId);
  want.insert(want.end(), vin.begin(), vin.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(detector_test::ToFound(FindValueMentions(text, values)), want);
}

TEST(FindValueMentions, NoValuesNoWork) {
  EXPECT_TRUE(FindValueMentions("13912345678", {}).empty());
}

// Mentions are found at the same places whether the text around them is
// well-formed or not: a stray continuation byte, a lead byte cut short
// (京's first byte before 京), bytes no character starts with.
TEST(FindValueMentions, FoundBesideIllFormedBytes) {
  const std::vector<IdentifierValue> values = {
      {"13912345678", Category::kPhone}, {"京A12345", Category::kPlate}};
  const std::string plate = "京A12345";
  const std::string text = std::string("\xBA") + plate + "\xE4" + plate +
                           "\xFF" + "13912345678" + "\xE4\xBA" + "13912345678";
  const std::vector<Span> found = FindValueMentions(text, values);
  std::vector<std::string> mentions;
  for (const Span& s : found)
    mentions.push_back(text.substr(s.begin, s.size()));
  EXPECT_EQ(mentions, (std::vector<std::string>{plate, plate, "13912345678",
                                                "13912345678"}));
}

// The same answer by brute force over texts of a few pieces, each one
// character: ASCII letters in both cases and digits, separators of one to
// three bytes, the joiner '.', ideographs, and characters that are no
// separator but start with a byte one does (，。€ share their first byte
// with U+FF0D, U+3000 and the dashes; ¥ with the no-break space). At each
// character, in order: the longest key whose characters follow there over
// at most kMaxGap separators each, standing alone on both sides; the search
// goes on after a mention, else at the next character.
std::vector<std::pair<size_t, size_t>> MentionsBrute(
    const std::vector<std::string>& chars,
    const std::vector<std::vector<std::string>>& keys) {
  constexpr size_t kGap = RepeatedIdentifierFinder::kMaxGap;
  const auto alnum = [](const std::string& c) {
    return c.size() == 1 && std::isalnum(static_cast<unsigned char>(c[0]));
  };
  const auto separator = [](const std::string& c) {
    return c == " " || c == "-" || c == "\t" || c == "\u3000" ||
           c == "\u2013" || c == "\u00B7" || c == "\u200B" || c == "\uFF0D";
  };
  const auto upper = [](std::string c) {
    for (char& ch : c) ch = static_cast<char>(std::toupper(ch));
    return c;
  };
  const auto alone_before = [&](size_t i) {
    for (size_t gap = 0; i > 0; ++gap) {
      const std::string& c = chars[--i];
      if (alnum(c)) return false;
      if (c == ".") return i == 0 || !alnum(chars[i - 1]);
      if (!separator(c) || gap == kGap) return true;
    }
    return true;
  };
  const auto alone_after = [&](size_t i) {
    for (size_t gap = 0; i < chars.size(); ++gap, ++i) {
      const std::string& c = chars[i];
      if (alnum(c)) return false;
      if (c == ".") return i + 1 >= chars.size() || !alnum(chars[i + 1]);
      if (!separator(c) || gap == kGap) return true;
    }
    return true;
  };
  // Where the key's mention from character i ends (in characters), or 0.
  const auto match = [&](size_t i, const std::vector<std::string>& key) {
    for (size_t k = 0; k < key.size(); ++k) {
      if (k > 0) {
        size_t gap = 0;
        while (i < chars.size() && separator(chars[i]) && gap <= kGap) {
          ++i;
          ++gap;
        }
        if (gap > kGap) return size_t{0};
      }
      if (i >= chars.size() || upper(chars[i]) != key[k]) return size_t{0};
      ++i;
    }
    return i;
  };
  std::vector<size_t> offset = {0};
  for (const std::string& c : chars) offset.push_back(offset.back() + c.size());
  std::vector<std::pair<size_t, size_t>> out;  // byte offsets
  for (size_t i = 0; i < chars.size();) {
    size_t best = 0;
    if (alone_before(i)) {
      for (const std::vector<std::string>& key : keys) {
        const size_t end = match(i, key);
        if (end > best && alone_after(end)) best = end;
      }
    }
    if (best == 0) {
      ++i;
      continue;
    }
    out.emplace_back(offset[i], offset[best]);
    i = best;
  }
  return out;
}

// FindValueMentions, and ValueMentions prepared once and asked of several
// texts, against a brute-force search.
TEST(FindValueMentions, AgreesWithBruteForceOnRandomTexts) {
  const std::vector<std::string> separators = {
      " ", "-", "\t", "\u3000", "\u2013", "\u00B7", "\u200B", "\uFF0D"};
  const std::vector<std::string> pieces = {
      "1", "2",  "a",  "A",  "b",  "B",  " ",  "-", "\u3000", "\u2013",
      ".", "住", "址", "学", "年", "，", "。", "€", "¥"};
  const std::vector<std::string> key_pieces = {"1", "2", "A", "B", "住", "学"};
  std::mt19937 random(20261207);
  for (int round = 0; round < 3000; ++round) {
    std::vector<std::vector<std::string>> keys(1 + random() % 3);
    std::vector<IdentifierValue> values;
    for (std::vector<std::string>& key : keys) {
      // Seven to nine characters, at least four of them digits.
      const size_t length = 7 + random() % 3;
      for (size_t k = 0; k < length; ++k) {
        key.push_back(k % 2 == 0 ? std::string(1, "12"[random() % 2])
                                 : key_pieces[random() % key_pieces.size()]);
      }
      std::string joined;
      for (const std::string& c : key) joined += c;
      values.push_back({joined, Category::kPhone});
    }
    // Texts of keys written in pieces, with separators and neighbours;
    // three of them asked of the values prepared once.
    const ValueMentions prepared(values);
    for (int asked = 0; asked < 3; ++asked) {
      std::vector<std::string> chars;
      for (int part = 0; part < 6; ++part) {
        if (random() % 2 == 0) {
          for (const std::string& c : keys[random() % keys.size()]) {
            std::string ch = c;
            if (ch.size() == 1 && random() % 2 == 0)
              ch[0] = static_cast<char>(std::tolower(ch[0]));
            chars.push_back(ch);
            if (random() % 6 == 0)
              chars.push_back(separators[random() % separators.size()]);
          }
        }
        for (size_t n = random() % 4; n > 0; --n)
          chars.push_back(pieces[random() % pieces.size()]);
      }
      std::string text;
      for (const std::string& c : chars) text += c;
      std::vector<std::pair<size_t, size_t>> got;
      for (const Span& s : FindValueMentions(text, values))
        got.emplace_back(s.begin, s.end);
      ASSERT_EQ(got, MentionsBrute(chars, keys))
          << "round " << round << ": " << text;
      got.clear();
      for (const Span& s : prepared.Find(text))
        got.emplace_back(s.begin, s.end);
      ASSERT_EQ(got, MentionsBrute(chars, keys))
          << "round " << round << ", prepared: " << text;
    }
  }
}

}  // namespace
}  // namespace wenshu
