#include "redactors/case_terms.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/normalized_text.h"

namespace wenshu {
namespace {

CaseTerms Terms(const std::vector<std::string>& terms) {
  Result<CaseTerms> compiled = CaseTerms::Compile(terms, "terms");
  EXPECT_TRUE(compiled.ok()) << compiled.status().message();
  return compiled.ok() ? compiled.value() : CaseTerms();
}

// What `terms` report in `text` (already normalized).
std::vector<Span> Spans(const CaseTerms& terms, std::string_view text) {
  const Document doc{text, {}, {}};
  ScanContext scan(text, Strictness::kStandard);
  SpanSink sink;
  EXPECT_TRUE(terms.Find(doc, scan, sink).ok());
  return sink.spans();
}

// The original text with every span found marked as [[...]], the spans
// mapped back from the normalized view to the original bytes.
std::string Marked(const std::vector<std::string>& terms,
                   const std::string& original) {
  Result<NormalizedText> view = NormalizedText::Normalize(original);
  EXPECT_TRUE(view.ok());
  if (!view.ok()) return "";
  std::string out;
  size_t copied = 0;
  for (const Span& s : Spans(Terms(terms), view.value().text())) {
    EXPECT_EQ(s.category, Category::kCaseSpecific);
    EXPECT_EQ(s.rule, "case_term");
    const size_t begin = view.value().offsets().ToOriginalBegin(s.begin);
    const size_t end = view.value().offsets().ToOriginalEnd(s.end);
    out += original.substr(copied, begin - copied) + "[[" +
           original.substr(begin, end - begin) + "]]";
    copied = end;
  }
  return out + original.substr(copied);
}

struct FindCase {
  const char* name;
  std::vector<std::string> terms;
  std::string text;
  std::string marked;
};

void PrintTo(const FindCase& c, std::ostream* os) { *os << c.name; }

class CaseTermsFindTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(CaseTermsFindTest, MarksExactlyTheOccurrences) {
  EXPECT_EQ(Marked(GetParam().terms, GetParam().text), GetParam().marked);
}

INSTANTIATE_TEST_SUITE_P(
    Terms, CaseTermsFindTest,
    ::testing::Values(
        FindCase{"PlainTerm",
                 {"配方A-17"},
                 "原告使用配方A-17生产。",
                 "原告使用[[配方A-17]]生产。"},
        FindCase{"FullWidthInTheText",
                 {"配方A-17"},
                 "原告使用配方Ａ－１７生产。",
                 "原告使用[[配方Ａ－１７]]生产。"},
        FindCase{"FullWidthInTheTerm",
                 {"配方Ａ－１７"},
                 "原告使用配方A-17生产。",
                 "原告使用[[配方A-17]]生产。"},
        FindCase{"SpacesBetweenAnyTwoCharacters",
                 {"配方A-17"},
                 "使用配 方 A - 17生产。",
                 "使用[[配 方 A - 17]]生产。"},
        FindCase{"IdeographicSpace",
                 {"配方A-17"},
                 "使用配\u3000方A-17。",
                 "使用[[配\u3000方A-17]]。"},
        FindCase{"SpacesInTheTermAreNotRequired",
                 {"配方 A\u3000-17"},
                 "使用配方A-17。",
                 "使用[[配方A-17]]。"},
        FindCase{"ZeroWidthCharacterInTheText",
                 {"配方A-17"},
                 "使用配\u200B方A-17。",
                 "使用[[配\u200B方A-17]]。"},
        FindCase{"AsciiLettersInAnyCase",
                 {"Formula X"},
                 "the formula x and FORMULAX",
                 "the [[formula x]] and [[FORMULAX]]"},
        FindCase{"ALineBreakSplitsTheSpanAndStays",
                 {"配方A-17"},
                 "使用配方\nA-17生产。",
                 "使用[[配方]]\n[[A-17]]生产。"},
        FindCase{"CrLfAndSpacesAroundItGoWithTheBreak",
                 {"甲乙丙丁"},
                 "甲乙 \r\n 丙丁",
                 "[[甲乙]] \r\n [[丙丁]]"},
        FindCase{
            "EveryOccurrence",
            {"溶剂比例"},
            "溶剂比例为三比一。双方约定溶剂比例保密，溶 剂 比 例不得外泄。",
            "[[溶剂比例]]为三比一。双方约定[[溶剂比例]]保密，[[溶 剂 比 "
            "例]]不得外泄。"},
        FindCase{"TwoTermsEachEverywhere",
                 {"甲方案", "乙工艺"},
                 "乙工艺与甲方案，甲方案。",
                 "[[乙工艺]]与[[甲方案]]，[[甲方案]]。"},
        FindCase{"OverlappingTermsMerge",
                 {"甲乙丙", "丙丁"},
                 "甲乙丙丁戊",
                 "[[甲乙丙丁]]戊"},
        FindCase{"TouchingTermsMerge",
                 {"甲乙", "丙丁"},
                 "甲乙丙丁戊",
                 "[[甲乙丙丁]]戊"},
        FindCase{"TermInsideAnotherTerm",
                 {"乙丙", "甲乙丙丁"},
                 "甲乙丙丁，乙丙",
                 "[[甲乙丙丁]]，[[乙丙]]"},
        FindCase{"SelfOverlappingOccurrencesMerge",
                 {"啊啊"},
                 "啊啊啊，啊",
                 "[[啊啊啊]]，啊"},
        FindCase{"SeparatedBySpaceStaySeparate",
                 {"甲乙"},
                 "甲乙 甲乙",
                 "[[甲乙]] [[甲乙]]"},
        FindCase{
            "DuplicateTermsCountOnce", {"甲乙", "甲 乙"}, "甲乙", "[[甲乙]]"},
        FindCase{"NoOccurrence",
                 {"配方A-17"},
                 "配方A-1、配方B-17。",
                 "配方A-1、配方B-17。"},
        FindCase{"PartOfALongerWordIsFound",
                 {"A-17"},
                 "编号A-170。",
                 "编号[[A-17]]0。"}),
    [](const ::testing::TestParamInfo<FindCase>& info) {
      return info.param.name;
    });

// A passage of some hundreds of characters, written in the text across
// lines and with stray spaces.
TEST(CaseTerms, LongPassageAcrossLines) {
  std::string passage;
  for (int i = 0; i < 12; ++i) {
    passage +=
        "侦查机关于第" + std::to_string(i) + "日采取了相应技术措施并调取记录，";
  }
  passage += "形成报告。";
  // In the text: a line break after every third clause, a space after the
  // first character of each clause.
  std::string text = "经审理查明：\n";
  std::string marked = "经审理查明：\n[[";
  for (int i = 0; i < 12; ++i) {
    const std::string clause = "侦 查机关于第" + std::to_string(i) +
                               "日采取了相应技术措施并调取记录，";
    text += clause;
    marked += clause;
    if (i % 3 == 2) {
      text += "\n";
      marked += "]]\n[[";
    }
  }
  text += "形成报告。以上事实，有证据证实。";
  marked += "形成报告。]]以上事实，有证据证实。";
  EXPECT_GT(passage.size(), 600u);
  EXPECT_EQ(Marked({passage}, text), marked);
  // One character more and it is not the passage any more.
  EXPECT_EQ(Marked({passage + "另"}, text), text);
}

// Knuth-Morris-Pratt keeps a repetitive text linear; the result is one span.
TEST(CaseTerms, RepetitiveTextIsOneSpan) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "啊";
  std::string term;
  for (int i = 0; i < 300; ++i) term += "啊";
  const std::vector<Span> spans = Spans(Terms({term}), text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].begin, 0u);
  EXPECT_EQ(spans[0].end, text.size());
}

TEST(CaseTerms, TenThousandTermsAreAllFound) {
  // Terms that share prefixes and overlap: every one of them is found, and
  // overlapping occurrences merge into one span.
  std::vector<std::string> terms;
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    terms.push_back("配方" + std::to_string(i) + "号");
    if (i % 1000 == 7) text += "其中配方" + std::to_string(i) + "号，";
  }
  const std::vector<Span> spans = Spans(Terms(terms), text);
  ASSERT_EQ(spans.size(), 10u);
  for (const Span& s : spans) {
    EXPECT_EQ(text.substr(s.begin, 6), "配方");
    EXPECT_EQ(text.substr(s.end - 3, 3), "号");
  }
  EXPECT_EQ(Marked({"甲乙丙", "丙丁戊", "乙"}, "一甲乙丙丁戊二"),
            "一[[甲乙丙丁戊]]二");
}

TEST(CaseTerms, FindFirstIsTheEarliestOfAnyTerm) {
  const CaseTerms terms = Terms({"丙丁", "乙 丙", "戊"});
  EXPECT_EQ(terms.FindFirst("甲乙丙丁戊"), 3u);
  EXPECT_EQ(terms.FindFirst("甲乙 \n丙"), 3u);
  EXPECT_EQ(terms.FindFirst("戊甲乙丙"), 0u);
  EXPECT_EQ(terms.FindFirst("甲××丁××"), std::string_view::npos);
  EXPECT_EQ(CaseTerms().FindFirst("甲乙丙"), std::string_view::npos);
  EXPECT_TRUE(Spans(CaseTerms(), "甲乙丙").empty());
}

TEST(CaseTerms, AddedListsAddUp) {
  CaseTerms terms = Terms({"甲乙"});
  terms.Add(Terms({"丙丁", "甲乙"}));
  EXPECT_EQ(terms.size(), 2u);
  EXPECT_EQ(Spans(terms, "丙丁").size(), 1u);
}

struct BadTerm {
  const char* name;
  std::vector<std::string> terms;
  std::string message;
};

void PrintTo(const BadTerm& c, std::ostream* os) { *os << c.name; }

class CaseTermsBadTest : public ::testing::TestWithParam<BadTerm> {};

TEST_P(CaseTermsBadTest, IsRefusedNamingThePosition) {
  Result<CaseTerms> compiled =
      CaseTerms::Compile(GetParam().terms, "meta.case_terms");
  ASSERT_FALSE(compiled.ok());
  EXPECT_EQ(compiled.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(compiled.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Terms, CaseTermsBadTest,
    ::testing::Values(
        BadTerm{"EmptyTerm",
                {"配方", ""},
                "meta.case_terms[1] is empty or only whitespace"},
        BadTerm{"WhitespaceOnlyTerm",
                {" \u3000\n\t"},
                "meta.case_terms[0] is empty or only whitespace"},
        BadTerm{"ZeroWidthOnlyTerm",
                {"\u200B"},
                "meta.case_terms[0] is empty or only whitespace"},
        BadTerm{"InvalidUtf8",
                {"秘\xFF"},
                "meta.case_terms[0]: text is not valid UTF-8 at byte 3"}),
    [](const ::testing::TestParamInfo<BadTerm>& info) {
      return info.param.name;
    });

Span At(size_t begin, size_t end, Category category) {
  Span s;
  s.begin = begin;
  s.end = end;
  s.category = category;
  return s;
}

std::vector<std::string> Describe(const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) {
    out.push_back(std::string(CategoryName(s.category)) + " " +
                  std::to_string(s.begin) + "-" + std::to_string(s.end));
  }
  return out;
}

TEST(CarveCaseTermsOutOfProtected, ProtectionAroundAListedTermIsCut) {
  std::vector<Span> spans = {
      At(0, 12, Category::kProtected),  At(3, 6, Category::kCaseSpecific),
      At(20, 30, Category::kProtected), At(25, 40, Category::kCaseSpecific),
      At(50, 56, Category::kProtected), At(50, 56, Category::kCaseSpecific),
      At(60, 70, Category::kPhone)};
  CarveCaseTermsOutOfProtected(&spans);
  EXPECT_EQ(Describe(spans),
            (std::vector<std::string>{
                "protected 0-3", "protected 6-12", "case_specific 3-6",
                // only partly inside: the pass keeps the term anyway
                "protected 20-30", "case_specific 25-40",
                // exactly the protected text: nothing protected is left
                "case_specific 50-56", "phone 60-70"}));
}

TEST(CarveCaseTermsOutOfProtected, AKeptNameIsNeverCut) {
  Span kept = At(0, 12, Category::kProtected);
  kept.inviolable = true;
  std::vector<Span> spans = {kept, At(3, 6, Category::kCaseSpecific)};
  CarveCaseTermsOutOfProtected(&spans);
  EXPECT_EQ(Describe(spans),
            (std::vector<std::string>{"protected 0-12", "case_specific 3-6"}));
}

struct KeptNameTermCase {
  const char* name;
  std::string term;
  bool held;
};

class TermAgainstAKeptName : public ::testing::TestWithParam<KeptNameTermCase> {
};

TEST_P(TermAgainstAKeptName, HoldsWhereBothClaimACharacter) {
  const std::string text = "被告人李建军称建军路。";  // 李建军 kept: 9-18
  const Document doc{text, {}, {}};
  ScanContext scan(text, Strictness::kStandard);
  SpanSink sink;
  Span kept{9, 18, Category::kProtected, "kept_name", "test"};
  kept.inviolable = true;
  sink.Add(kept);
  const Status s = Terms({GetParam().term}).Find(doc, scan, sink);
  if (!GetParam().held) {
    EXPECT_TRUE(s.ok()) << s.message();
    return;
  }
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.message(),
            "a term listed for the case reaches into a name kept under rules "
            "Art. 11; review which is right");
}

INSTANTIATE_TEST_SUITE_P(
    CaseTerms, TermAgainstAKeptName,
    ::testing::Values(KeptNameTermCase{"InsideTheName", "建军", true},
                      KeptNameTermCase{"AcrossItsEdge", "人李", true},
                      KeptNameTermCase{"ElsewhereOnly", "建军路", false}),
    [](const ::testing::TestParamInfo<KeptNameTermCase>& info) {
      return std::string(info.param.name);
    });

TEST(CarveCaseTermsOutOfProtected, NothingChangesWithoutListedTerms) {
  std::vector<Span> spans = {At(0, 12, Category::kProtected),
                             At(3, 6, Category::kPhone)};
  CarveCaseTermsOutOfProtected(&spans);
  EXPECT_EQ(Describe(spans),
            (std::vector<std::string>{"protected 0-12", "phone 3-6"}));
}

TEST(CaseTermsBook, KeysAreCaseNumbersAsThePipelineComparesThem) {
  EXPECT_EQ(CaseTermsBook::Key("（2023）京0105民初123号"),
            "(2023)京0105民初123号");
  EXPECT_EQ(CaseTermsBook::Key(" (2023) 京0105 民初123号 "),
            "(2023)京0105民初123号");
  EXPECT_EQ(CaseTermsBook::Key("（２０２３）京０１０５民初１２３号"),
            "(2023)京0105民初123号");
  EXPECT_EQ(CaseTermsBook::Key("京0105民初123号"), std::nullopt);
  EXPECT_EQ(CaseTermsBook::Key("配方A-17"), std::nullopt);
}

TEST(CaseTermsBook, ListsOfOneCaseAddUp) {
  Result<CaseTermsBook> book = CaseTermsBook::Parse(
      "\xEF\xBB\xBF{\"（2023）京0105民初123号\": [\"配方A-17\"],\n"
      " \"(2023)京0105民初123号\": [\"溶剂比例\", \"配方 A-17\"],\n"
      " \"(2022)沪01民终7号\": []}");
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_EQ(book.value().cases(), 2u);
  const CaseTerms* terms = book.value().For("(2023)京0105民初123号");
  ASSERT_NE(terms, nullptr);
  EXPECT_EQ(terms->size(), 2u);
  EXPECT_EQ(book.value().For("(2022)沪01民终7号"), nullptr);
  EXPECT_EQ(book.value().For("(2023)京0105民初124号"), nullptr);
}

struct BadBook {
  const char* name;
  std::string json;
  std::string message;
};

void PrintTo(const BadBook& c, std::ostream* os) { *os << c.name; }

class CaseTermsBookBadTest : public ::testing::TestWithParam<BadBook> {};

TEST_P(CaseTermsBookBadTest, IsRefusedSayingWhatIsWrong) {
  Result<CaseTermsBook> book = CaseTermsBook::Parse(GetParam().json);
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Files, CaseTermsBookBadTest,
    ::testing::Values(
        BadBook{"NotACaseNumber", R"({"配方A-17": ["x"]})",
                "key \"配方A-17\" is not a case number (write it as the "
                "judgment does, e.g. （2023）京0105民初123号)"},
        BadBook{"NotAnArray", R"({"(2023)京0105民初123号": "配方"})",
                "\"(2023)京0105民初123号\" must be an array of strings, not a "
                "string"},
        BadBook{"NotStrings", R"({"(2023)京0105民初123号": ["配方", 17]})",
                "\"(2023)京0105民初123号\"[1] must be a string"},
        BadBook{"EmptyTerm", R"({"(2023)京0105民初123号": ["配方", " "]})",
                "\"(2023)京0105民初123号\"[1] is empty or only whitespace"},
        BadBook{"NotAnObject", R"(["配方"])",
                "expected a JSON object, found an array"}),
    [](const ::testing::TestParamInfo<BadBook>& info) {
      return info.param.name;
    });

TEST(CaseTermsBook, MalformedJsonNamesTheLine) {
  Result<CaseTermsBook> book =
      CaseTermsBook::Parse("{\n\"(2023)京0105民初123号\": [\"配方\"] x\n}\n");
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.status().message().rfind("line 2: malformed JSON", 0), 0u)
      << book.status().message();
}

}  // namespace
}  // namespace wenshu
