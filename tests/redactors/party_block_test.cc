// The party block parser: roles, names, personal details, representatives,
// with and without line breaks (on normalized text: ASCII punctuation).
#include "redactors/party_block.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace wenshu
