// The party block parser: roles, names, personal details, representatives,
// with and without line breaks (on normalized text: ASCII punctuation).
#include "redactors/party_block.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/normalized_text.h"
#include "core/utf8.h"
#include "pipeline/document_analyzer.h"
#include "redactors/people.h"
#include "redactors/policy.h"

namespace wenshu {
namespace {

const PartyBlockPolicy& Words() {
  return Policy::NationalDefault().party_block();
}

std::string NameOf(const std::string& text, const Participant& p) {
  return text.substr(p.name.begin, p.name.end - p.name.begin);
}

TEST(PartyBlock, ParsesACivilBlock) {
  const std::string text =
      "原告:张三,男,1980年1月1日出生,汉族,住北京市朝阳区。\n"
      "法定代理人:李四,女,1955年3月2日出生,系原告之母。\n"
      "委托诉讼代理人:王五,北京市某某律师事务所律师。\n"
      "被告:北京某某科技有限公司,住所地北京市海淀区中关村大街1号。\n"
      "法定代表人:赵六,该公司经理。\n";
  const auto parts = ParsePartyBlock(text, {0, text.size()}, Words());
  ASSERT_EQ(parts.size(), 5u);
  EXPECT_EQ(parts[0].role, "原告");
  EXPECT_EQ(NameOf(text, parts[0]), "张三");
  EXPECT_EQ(parts[0].sex, "男");
  ASSERT_TRUE(parts[0].birth_date);
  EXPECT_EQ(parts[0].birth_date->year, 1980);
  EXPECT_EQ(parts[0].ethnicity, "汉族");
  EXPECT_FALSE(parts[0].organisation);

  EXPECT_EQ(parts[1].kind, RoleKind::kStatutoryRepresentative);
  EXPECT_EQ(parts[1].represents, 0);
  EXPECT_EQ(parts[1].relation, "原告之母");

  EXPECT_EQ(parts[2].kind, RoleKind::kAgent);
  EXPECT_TRUE(parts[2].lawyer);

  EXPECT_TRUE(parts[3].organisation);
  EXPECT_EQ(NameOf(text, parts[3]), "北京某某科技有限公司");
  EXPECT_EQ(parts[4].kind, RoleKind::kLegalRepresentative);
  EXPECT_EQ(parts[4].represents, 3);
}

TEST(PartyBlock, TheFirstListedEthnicityInTheParagraphWins) {
  // A court's list whose words end in different characters: the first of
  // the list found in the paragraph, whatever its place in the text.
  PartyBlockPolicy words = Words();
  words.ethnicities = {"甲乙", "丙族", "乙", "族"};
  const std::string text =
      "原告:张三,男,乙,丙族。\n被告:李四,女,甲乙。\n第三人:王五,男,丁。\n"
      "第三人:赵六,男,丁族,丙族。\n";
  const auto parts = ParsePartyBlock(text, {0, text.size()}, words);
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(parts[0].ethnicity, "丙族");
  EXPECT_EQ(parts[1].ethnicity, "甲乙");
  EXPECT_EQ(parts[2].ethnicity, "");
  // Found at the second place its last character stands.
  EXPECT_EQ(parts[3].ethnicity, "丙族");
}

TEST(PartyBlock, EachQuestionKeepsItsOwnOrderOfWords) {
  // The paragraph's words are found in one pass; each question still takes
  // them in its own order: sex as ,男 :男 ,女 :女 (not by place), the birth
  // date after 出生于, then 生于, then before 出生, the ethnicity by the
  // list's order with an empty word ending the list.
  PartyBlockPolicy words = Words();
  words.ethnicities = {"苗族", "", "汉族"};
  const std::string text =
      "原告:张三,女子,1980年1月1日出生,生于1985年5月5日,汉族男。\n"
      "被告:李四,女,出生于1990年2月2日,生于1985年5月5日,苗族,汉族。\n"
      "第三人:王五:男,1970年3月3日出生,:女。\n";
  const auto parts = ParsePartyBlock(text, {0, text.size()}, words);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].sex, "");  // ,女子 is no sex, and 男 follows no comma
  ASSERT_TRUE(parts[0].birth_date.has_value());
  EXPECT_EQ(parts[0].birth_date->year, 1985);
  EXPECT_EQ(parts[0].ethnicity, "");  // the empty word comes before 汉族
  EXPECT_EQ(parts[1].sex, "女");
  ASSERT_TRUE(parts[1].birth_date.has_value());
  EXPECT_EQ(parts[1].birth_date->year, 1990);
  EXPECT_EQ(parts[1].ethnicity, "苗族");
  EXPECT_EQ(parts[2].sex, "男");  // :男 before :女, though both stand
  ASSERT_TRUE(parts[2].birth_date.has_value());
  EXPECT_EQ(parts[2].birth_date->year, 1970);
}

TEST(PartyBlock, AnAliasCueIsReadFromTheEndOfTheOneBefore) {
  // A cue's occurrences are read from the left, each after the end of the
  // one before (哈哈哈 holds one 哈哈, not two); a cue listed twice is read
  // twice.
  PartyBlockPolicy words = Words();
  words.alias_cues = {"哈哈", "绰号", "绰号"};
  const std::string text = "被告人孙某,男,哈哈哈黑子,绰号:小六。\n";
  const auto parts = ParsePartyBlock(text, {0, text.size()}, words);
  ASSERT_EQ(parts.size(), 1u);
  std::vector<std::string> aliases;
  for (const ByteRange& a : parts[0].aliases)
    aliases.push_back(text.substr(a.begin, a.end - a.begin));
  EXPECT_EQ(aliases, (std::vector<std::string>{"哈黑子", "小六", "小六"}));
}

TEST(PartyBlock, WorksWithoutLineBreaks) {
  const std::string text =
      "原告:张三,男,1980年1月1日出生。被告:李四,女,1985年5月5日出生。";
  const auto parts = ParsePartyBlock(text, {0, text.size()}, Words());
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(NameOf(text, parts[1]), "李四");
  EXPECT_EQ(parts[1].sex, "女");
}

TEST(PartyBlock, AppealFormsTakeTheirKindFromTheOriginalRole) {
  const std::string text =
      "上诉人(原审被告人):孙某,男。上诉人(原审原告):周文,女。"
      "上诉人(原审附带民事诉讼原告人):钱七,男。";
  const auto parts = ParsePartyBlock(text, {0, text.size()}, Words());
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].kind, RoleKind::kDefendant);
  EXPECT_EQ(parts[0].original_role, "原审被告人");
  EXPECT_EQ(parts[1].kind, RoleKind::kParty);
  EXPECT_EQ(parts[2].kind, RoleKind::kCivilPlaintiff);
  EXPECT_EQ(NameOf(text, parts[2]), "钱七");
}

TEST(PartyBlock, CriminalRolesAndAliases) {
  const std::string text =
      "公诉机关北京市朝阳区人民检察院。\n"
      "被告人孙某,男,1990年2月2日出生,汉族,绰号\"黑子\"。\n"
      "被害人李春花(曾用名李春华),女,2010年6月1日出生。\n"
      "辩护人周律,北京某某律师事务所律师。\n";
  const auto parts = ParsePartyBlock(text, {0, text.size()}, Words());
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(parts[0].kind, RoleKind::kProsecution);
  EXPECT_TRUE(parts[0].organisation);
  EXPECT_EQ(parts[1].kind, RoleKind::kDefendant);
  ASSERT_EQ(parts[1].aliases.size(), 1u);
  EXPECT_EQ(text.substr(parts[1].aliases[0].begin,
                        parts[1].aliases[0].end - parts[1].aliases[0].begin),
            "黑子");
  EXPECT_EQ(parts[2].kind, RoleKind::kVictim);
  EXPECT_EQ(NameOf(text, parts[2]), "李春花");
  ASSERT_EQ(parts[2].aliases.size(), 1u);
  EXPECT_EQ(parts[3].kind, RoleKind::kAgent);
  EXPECT_TRUE(parts[3].lawyer);
}

TEST(PartyBlock, MinorityForeignAndLatinNames) {
  const std::string text =
      "原告:买买提·艾力,男,维吾尔族。原告:扎西多吉,男,藏族。"
      "被告:John Smith,男,美国国籍。";
  const auto parts = ParsePartyBlock(text, {0, text.size()}, Words());
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(NameOf(text, parts[0]), "买买提·艾力");
  EXPECT_EQ(parts[0].ethnicity, "维吾尔族");
  EXPECT_EQ(parts[1].ethnicity, "藏族");
  EXPECT_EQ(NameOf(text, parts[2]), "John Smith");
  EXPECT_TRUE(parts[2].foreign);
}

TEST(PartyBlock, RoleWordsInsideASentenceOpenNoParagraph) {
  const std::string text = "委托诉讼代理人:马红梅,女,系原告之女,住郑州市。";
  const auto parts = ParsePartyBlock(text, {0, text.size()}, Words());
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_EQ(parts[0].relation, "原告之女");
  EXPECT_FALSE(parts[0].lawyer);
}

// The built-in words: the labels are sorted longest first and keep the
// kinds the parser had before they moved to the policy file.
TEST(PartyBlock, NationalDefaultWordsKeepTheirKinds) {
  const PartyBlockPolicy& words = Words();
  ASSERT_EQ(words.role_labels.size(), 48u);
  EXPECT_EQ(words.role_labels.front().label.size(),
            std::string("附带民事诉讼原告人").size());
  for (size_t i = 1; i < words.role_labels.size(); ++i) {
    EXPECT_GE(words.role_labels[i - 1].label.size(),
              words.role_labels[i].label.size());
  }
  const std::vector<std::pair<std::string, RoleKind>> kinds = {
      {"被告", RoleKind::kParty},
      {"被告人", RoleKind::kDefendant},
      {"原审被告人", RoleKind::kDefendant},
      {"附带民事诉讼被告", RoleKind::kParty},
      {"附带民事诉讼原告", RoleKind::kCivilPlaintiff},
      {"被害人", RoleKind::kVictim},
      {"监护人", RoleKind::kStatutoryRepresentative},
      {"指定辩护人", RoleKind::kAgent},
      {"执行事务合伙人", RoleKind::kLegalRepresentative},
      {"抗诉机关", RoleKind::kProsecution}};
  for (const auto& [label, kind] : kinds) {
    ASSERT_TRUE(words.KindOf(label)) << label;
    EXPECT_EQ(*words.KindOf(label), kind) << label;
  }
  EXPECT_FALSE(words.KindOf("律师"));
  EXPECT_EQ(words.ethnicities.size(), 56u);
  EXPECT_EQ(words.organisation_endings.size(), 37u);
  EXPECT_EQ(words.alias_cues.size(), 11u);
  EXPECT_EQ(words.lawyer_words.size(), 4u);
}

// The built-in policy with `from` replaced by `to`: a court's file.
Policy CourtPolicy(const std::string& from, const std::string& to) {
  std::string json(Policy::DefaultJson());
  json.replace(json.find(from), from.size(), to);
  Result<Policy> court = Policy::FromJson(json, "court.json");
  EXPECT_TRUE(court.ok()) << court.status().message();
  return court.ok() ? std::move(court).value() : Policy::NationalDefault();
}

TEST(PartyBlock, ACourtsRoleLabelOpensAParagraph) {
  const Policy court =
      CourtPolicy(R"("party": ["原告")", R"("party": ["申请再审人", "原告")");
  const std::string text =
      "申请再审人:张三,男,1980年1月1日出生。\n"
      "被申请人:李四,女,1982年2月2日出生。\n";
  const auto national = ParsePartyBlock(text, {0, text.size()}, Words());
  ASSERT_EQ(national.size(), 1u);
  EXPECT_EQ(NameOf(text, national[0]), "李四");
  const auto parts =
      ParsePartyBlock(text, {0, text.size()}, court.party_block());
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].role, "申请再审人");
  EXPECT_EQ(parts[0].kind, RoleKind::kParty);
  EXPECT_EQ(NameOf(text, parts[0]), "张三");
  EXPECT_EQ(parts[1].represents, -1);
}

// The people steps read the block with the court's words: a victim under a
// label of its own (被侵害人) is anonymized.
TEST(PartyBlock, ACourtsRoleLabelReachesThePeopleSteps) {
  const Policy court = CourtPolicy(R"("victim": ["被害人"])",
                                   R"("victim": ["被害人", "被侵害人"])");
  const std::string text =
      "北京市朝阳区人民法院\n刑事判决书\n（2023）京0105刑初9号\n"
      "公诉机关北京市朝阳区人民检察院。\n"
      "被告人孙大勇，男，1980年1月1日出生。\n"
      "被侵害人陈慧敏，女，1990年2月2日出生。\n"
      "北京市朝阳区人民检察院以京朝检刑诉〔2023〕9号起诉书指控被告人孙大勇"
      "犯故意伤害罪，于2023年3月1日向本院提起公诉。\n"
      "经审理查明，被告人孙大勇殴打陈慧敏。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  Result<NormalizedText> normalized = NormalizedText::Normalize(text);
  ASSERT_TRUE(normalized.ok());
  Document doc;
  doc.text = normalized.value().text();
  doc.header = DocumentAnalyzer::Instance().Analyze(doc.text);
  auto anonymized = [&doc](const PeoplePolicy& policy) {
    const PeopleFinder finder(policy);
    ScanContext scan(doc.text, Strictness::kStandard);
    SpanSink sink;
    EXPECT_TRUE(finder.Find(doc, scan, sink).ok());
    std::vector<std::string> out;
    for (const PersonRecord& r : sink.anonymized())
      out.push_back(r.name + ":" + r.reason);
    return out;
  };
  EXPECT_EQ(anonymized(Policy::NationalDefault().people()),
            std::vector<std::string>());
  EXPECT_EQ(anonymized(court.people()),
            std::vector<std::string>({"陈慧敏:victim"}));
}

// The openings found from the separators are those of stepping every
// character and asking, at each paragraph start (the zone's start, or
// after a line break, a space, a tab, 。, ; or the ideographic space),
// for the policy's first label there, going on past a label found.
TEST(PartyBlock, OpeningsAsAWalkOverEveryCharacterFindsThem) {
  const PartyBlockPolicy& words = Words();
  const auto walk = [&](std::string_view text, ByteRange zone) {
    std::vector<std::pair<size_t, std::string>> out;
    for (size_t pos = zone.begin; pos < zone.end;) {
      const char32_t before =
          pos > zone.begin ? CodePointBefore(text, pos) : U'\n';
      if (std::u32string_view(U"\n\r \t。;\u3000").find(before) !=
          std::u32string_view::npos) {
        const RoleLabel* found = nullptr;
        for (const RoleLabel& l : words.role_labels) {
          if (text.compare(pos, l.label.size(), l.label) == 0) {
            found = &l;
            break;
          }
        }
        if (found != nullptr) {
          out.emplace_back(pos, found->label);
          pos += found->label.size();
          continue;
        }
      }
      pos = NextCharBoundary(text, pos);
    }
    return out;
  };
  std::vector<std::string> pieces = {"\n", "\r", " ", "\t", "。", ";", "\u3000",
                                     ",", "张三", "男", "某", "(", ")", ":"};
  for (const RoleLabel& l : words.role_labels) pieces.push_back(l.label);
  std::mt19937 random(20261207);
  size_t found = 0;
  for (int round = 0; round < 5000; ++round) {
    // Up to about 140 bytes: past the 32 the search for breaks takes at once.
    std::string text;
    for (size_t n = random() % 48; n > 0; --n)
      text += pieces[random() % pieces.size()];
    // A zone from a character boundary to anywhere.
    size_t begin = random() % (text.size() + 1);
    while (begin > 0 && begin < text.size() &&
           (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80)
      --begin;
    const ByteRange zone{begin, begin + random() % (text.size() - begin + 1)};
    std::vector<std::pair<size_t, std::string>> got;
    for (const ParagraphOpening& o : ParagraphOpenings(text, zone, words))
      got.emplace_back(o.at, o.label->label);
    ASSERT_EQ(got, walk(text, zone)) << text;
    found += got.size();
  }
  EXPECT_GT(found, 1000u);
  // No opening inside the label before it, even after a separator there
  // (a policy's label may hold a space).
  PartyBlockPolicy spaced;
  spaced.role_labels = {{"代理 人", RoleKind::kAgent}, {"人", RoleKind::kParty}};
  const std::string text = "代理 人张三 人李四";
  std::vector<size_t> at;
  for (const ParagraphOpening& o :
       ParagraphOpenings(text, {0, text.size()}, spaced))
    at.push_back(o.at);
  EXPECT_EQ(at, (std::vector<size_t>{0, text.find(" 人李四") + 1}));
}

}  // namespace
}  // namespace wenshu
