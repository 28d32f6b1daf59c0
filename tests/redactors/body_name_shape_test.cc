#include "redactors/body_name_shape.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/utf8.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

// The name BodyNameAt finds right after `cue` in `text`, or "".
std::string NameAfter(std::string_view text, std::string_view cue) {
  OccurrenceCounter counter(text);
  const size_t pos = text.find(cue) + cue.size();
  const ByteRange r = BodyNameAt(text, pos, counter);
  return std::string(text.substr(r.begin, r.end - r.begin));
}

struct NameCase {
  const char* name;
  const char* text;
  const char* cue;
  const char* expected;
};

class BodyNameAtTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(BodyNameAtTest, FindsTheName) {
  EXPECT_EQ(NameAfter(GetParam().text, GetParam().cue), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    BodyNames, BodyNameAtTest,
    ::testing::Values(
        NameCase{"ThreeCharactersBeforeAStopCharacter",
                 "被害人王丽华的手机被盗。", "被害人", "王丽华"},
        NameCase{"TwoCharactersBeforeAComma", "证人赵六，男。", "证人", "赵六"},
        NameCase{"TheShortFormStandsAloneElsewhere", "证人赵六称。赵六说。",
                 "证人", "赵六"},
        NameCase{"ACommonNounTheTextUsesAsOne",
                 "骗取被害人钱款，骗得的钱款已挥霍。", "被害人", ""},
        NameCase{"AlreadyAnonymized", "被害人王某某的陈述。", "被害人", ""},
        NameCase{"ACourtPseudonymKeepingAGivenCharacter", "证人马元某证实。",
                 "证人", ""},
        NameCase{"AStemPseudonym", "被害人李甲的陈述。", "被害人", ""},
        NameCase{"NoSurnameNoName", "证人的证言。", "证人", ""},
        NameCase{"AMiddleDotName", "被害人买买提·吐尔逊的陈述。", "被害人",
                 "买买提·吐尔逊"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(BodyNameShape, StopCharacters) {
  EXPECT_TRUE(IsStopChar(U'的'));
  EXPECT_TRUE(IsStopChar(U'a'));
  EXPECT_TRUE(IsStopChar(U'，'));
  EXPECT_FALSE(IsStopChar(U'·'));
  EXPECT_FALSE(IsStopChar(U'丽'));
  // The last characters of the list, the one before 原 in the code table,
  // and Han characters outside the Basic Multilingual Plane.
  EXPECT_TRUE(IsStopChar(U'原'));
  EXPECT_TRUE(IsStopChar(U'每'));
  EXPECT_FALSE(IsStopChar(U'厗'));
  EXPECT_FALSE(IsStopChar(U'\U00020000'));
  EXPECT_FALSE(IsStopChar(U'\U00020000' + U'的'));
}

TEST(BodyNameShape, OccurrenceCounterCountsAloneOnlyBeforeNoNameCharacter) {
  OccurrenceCounter counter("赵六称。赵六明说。赵六，");
  EXPECT_EQ(counter.Count("赵六"), 3u);
  // 赵六明 continues with a name character; 称 and ， do not.
  EXPECT_EQ(counter.CountAlone("赵六"), 2u);
}

// Past its first queries on a large text the counter tallies every string
// of a length in one pass; on a smaller one it looks only where a query's
// first character stands. The counts must be those of searching, overlaps
// (赵赵赵 holds 赵赵 once) and the character after each occurrence included.
void ExpectCountsOfSearching(size_t text_bytes) {
  const std::u32string pool = U"赵钱孙李周吴郑王冯陈称。，明";
  std::string text;
  uint32_t state = 17;
  while (text.size() < text_bytes) {
    state = state * 1103515245u + 12345u;
    const char32_t c = pool[(state >> 16) % pool.size()];
    std::string utf8;
    if (c < 0x800) {
      utf8 = {static_cast<char>(0xC0 | (c >> 6)),
              static_cast<char>(0x80 | (c & 0x3F))};
    } else {
      utf8 = {static_cast<char>(0xE0 | (c >> 12)),
              static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
              static_cast<char>(0x80 | (c & 0x3F))};
    }
    text += utf8;
  }
  text += "赵赵赵。";
  // Queries, many more than the counter answers by searching, of 2 and 3
  // characters taken from the text itself.
  std::vector<std::string> queries;
  for (size_t at = 0; queries.size() < 400; at += 3 * 37)
    queries.push_back(text.substr(at % (text.size() - 9), 6 + 3 * (at % 2)));
  queries.push_back("赵赵");
  queries.push_back("赵赵赵");
  queries.push_back("x赵");  // a first character of one byte
  OccurrenceCounter counter(text);
  for (const std::string& q : queries) {
    size_t all = 0, alone = 0;
    for (size_t at = text.find(q); at != std::string::npos;
         at = text.find(q, at + q.size())) {
      ++all;
      const char32_t next = CodePointAt(text, at + q.size());
      if (!IsHan(next) || IsStopChar(next)) ++alone;
    }
    EXPECT_EQ(counter.Count(q), all) << q;
    EXPECT_EQ(counter.CountAlone(q), alone) << q;
  }
}

TEST(BodyNameShape, OccurrenceCounterTalliesAgreeWithSearching) {
  ExpectCountsOfSearching(96u << 10);
}

TEST(BodyNameShape, OccurrenceCounterPlacesAgreeWithSearching) {
  ExpectCountsOfSearching(6u << 10);
}

TEST(BodyNameShape, CourtPseudonymTail) {
  const std::string_view text = "马元某称，张三某日到场";
  EXPECT_TRUE(IsCourtPseudonymTail(text, 6));    // 某 of 马元某, then 称
  EXPECT_FALSE(IsCourtPseudonymTail(text, 21));  // 某日
  EXPECT_FALSE(IsCourtPseudonymTail(text, 0));   // not 某
}

TEST(BodyNameShape, OneCharacterGivenName) {
  EXPECT_TRUE(IsOneCharacterGivenName("马元"));
  EXPECT_FALSE(IsOneCharacterGivenName("马元元"));
  EXPECT_FALSE(IsOneCharacterGivenName("马"));
  EXPECT_TRUE(IsOneCharacterGivenName("欧阳明"));
}

TEST(BodyNameShape, AnonymizedNameLength) {
  EXPECT_EQ(AnonymizedNameLength("周某甲、李四", 0), 9u);
  EXPECT_EQ(AnonymizedNameLength("张某1的", 0), 7u);
  EXPECT_EQ(AnonymizedNameLength("李××说", 0), 7u);
  EXPECT_EQ(AnonymizedNameLength("李四说", 0), 0u);
}

TEST(BodyNameShape, ListItems) {
  const std::string_view text = "宓辉、黄丽的证言";
  EXPECT_EQ(ListItemAt(text, 0).begin, 0u);
  EXPECT_EQ(ListItemAt(text, 0).end, 6u);   // 宓辉 before 、
  EXPECT_EQ(ListItemAt(text, 9).end, 15u);  // 黄丽 before 的
  // Five characters are too many for a name.
  const ByteRange long_run = ListItemAt("一二三四五、", 0);
  EXPECT_EQ(long_run.end, long_run.begin);
}

// The run ClosedNameAt finds at the start of `text` when the name must end
// before a comma, or "".
std::string ClosedBeforeComma(std::string_view text, bool known_surname) {
  const ByteRange r = ClosedNameAt(text, 0, known_surname, [&](size_t end) {
    return text.compare(end, 1, ",") == 0;
  });
  return std::string(text.substr(r.begin, r.end - r.begin));
}

TEST(BodyNameShape, ClosedNames) {
  EXPECT_EQ(ClosedBeforeComma("和晓雯,", true), "和晓雯");  // marked-only
  EXPECT_EQ(ClosedBeforeComma("后明远,", true), "后明远");
  EXPECT_EQ(ClosedBeforeComma("乜春华,", false), "乜春华");  // unknown
  EXPECT_EQ(ClosedBeforeComma("乜春华,", true), "");
  EXPECT_EQ(ClosedBeforeComma("和同事,", true), "");    // a frequent noun
  EXPECT_EQ(ClosedBeforeComma("和解,", true), "");      // a common word
  EXPECT_EQ(ClosedBeforeComma("和其家属,", true), "");  // a stop character
  EXPECT_EQ(ClosedBeforeComma("某某,", false), "");     // already anonymized
  EXPECT_EQ(ClosedBeforeComma("和晓雯说", true), "");   // not closed
}

}  // namespace
}  // namespace wenshu
