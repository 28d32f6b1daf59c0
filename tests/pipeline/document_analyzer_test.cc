#include "pipeline/document_analyzer.h"

#include <gtest/gtest.h>

#include "core/normalized_text.h"

namespace wenshu {
namespace {

DocumentHeader Analyze(const std::string& original) {
  Result<NormalizedText> n = NormalizedText::Normalize(original);
  EXPECT_TRUE(n.ok());
  return DocumentAnalyzer::Instance().Analyze(n.value().text());
}

std::string ZoneText(const std::string& normalized, const DocumentHeader& h,
                     Zone zone) {
  for (const ZoneSpan& z : h.zones) {
    if (z.zone == zone) return normalized.substr(z.begin, z.end - z.begin);
  }
  return "<missing>";
}

constexpr char kCivil[] =
    "北京市朝阳区人民法院 民 事 判 决 书 （２０２３）京0105民初12345号 "
    "原告：张三，男，1980年1月1日出生。 被告：李四，女，1985年2月2日出生。 "
    "原告张三与被告李四民间借贷纠纷一案，本院于2023年3月1日立案后，依法适用简易"
    "程序。"
    "原告诉称：被告借款未还。本院认为，借贷关系成立。 "
    "依照《中华人民共和国民法典》第六百六十七条之规定，判决如下："
    "一、被告李四于本判决生效之日起十日内偿还原告张三借款100000元。 "
    "如不服本判决，可在判决书送达之日起十五日内上诉。"
    " 审判员 王五 二〇二三年六月一日 书记员 赵六";

TEST(DocumentAnalyzer, ReadsTheHeaderOfATextWithoutLineBreaks) {
  DocumentHeader h = Analyze(kCivil);
  EXPECT_EQ(h.court, "北京市朝阳区人民法院");
  EXPECT_EQ(h.doc_type, "民事判决书");
  ASSERT_TRUE(h.case_number.has_value());
  EXPECT_EQ(h.case_number->text, "(2023)京0105民初12345号");
  EXPECT_EQ(h.cause, "民间借贷纠纷");
  ASSERT_TRUE(h.decision_date.has_value());
  EXPECT_EQ(h.decision_date->Iso(), "2023-06-01");
}

TEST(DocumentAnalyzer, SplitsZonesByTheirOpeningPhrases) {
  Result<NormalizedText> n = NormalizedText::Normalize(kCivil);
  ASSERT_TRUE(n.ok());
  const std::string& text = n.value().text();
  DocumentHeader h = DocumentAnalyzer::Instance().Analyze(text);
  ASSERT_EQ(h.zones.size(), 5u);
  EXPECT_EQ(h.zones.front().begin, 0u);
  EXPECT_EQ(h.zones.back().end, text.size());
  for (size_t i = 1; i < h.zones.size(); ++i)
    EXPECT_EQ(h.zones[i].begin, h.zones[i - 1].end);
  EXPECT_NE(ZoneText(text, h, Zone::kParties).find("原告:张三"),
            std::string::npos);
  EXPECT_EQ(ZoneText(text, h, Zone::kParties).find("一案"), std::string::npos);
  EXPECT_NE(ZoneText(text, h, Zone::kBody).find("一案"), std::string::npos);
  EXPECT_EQ(ZoneText(text, h, Zone::kHolding).find("一、被告李四"), 0u);
  EXPECT_EQ(ZoneText(text, h, Zone::kTail).find("如不服本判决"), 0u);
}

// The tail starts at the first of its openings after the holding: the
// appeal notice, the finality clause, or the bench's signatures, whose
// characters may stand one space, tab or line break apart.
TEST(DocumentAnalyzer, TheTailStartsAtEachOfItsOpenings) {
  for (const std::string opening :
       {"如不服本裁定，可在送达之日起十日内上诉。", "本判决为终审判决。",
        "本调解书为终审调解书。", "审判长 王五", "审 判 长 王五",
        "审\t判\t员 王五", "审判\n员 王五", "审 判员 王五",
        "人民陪审员 王五"}) {
    const std::string text =
        "北京市朝阳区人民法院 民事判决书 (2023)京0105民初12345号 "
        "原告:张三,男。被告:李四,女。原告张三与被告李四借款纠纷一案,本院"
        "受理。本院认为,借贷关系成立。判决如下:一、被告李四偿还借款100元。" +
        opening + " 二〇二三年六月一日";
    const DocumentHeader h = DocumentAnalyzer::Instance().Analyze(text);
    EXPECT_EQ(ZoneText(text, h, Zone::kTail).find(opening), 0u) << opening;
    EXPECT_EQ(ZoneText(text, h, Zone::kHolding).find("一、被告李四"), 0u)
        << opening;
  }
  // Two breaks between the characters are no signature.
  const std::string unsigned_text =
      "北京市朝阳区人民法院 民事判决书 (2023)京0105民初12345号 "
      "原告:张三。被告:李四。借款纠纷一案,本院受理。判决如下:一、驳回。"
      "审  判长 王五";
  const DocumentHeader h = DocumentAnalyzer::Instance().Analyze(unsigned_text);
  EXPECT_EQ(ZoneText(unsigned_text, h, Zone::kTail), "");
}

TEST(DocumentAnalyzer, NamesTheCrimeAsCause) {
  DocumentHeader h = Analyze(
      "上海市奉贤区人民法院 刑事判决书 （2017）沪0120刑初684号 "
      "公诉机关上海市奉贤区人民检察院。 "
      "被告人孙某，男。 "
      "上海市奉贤区人民检察院指控被告人孙某犯诈骗罪，于2017年6月15日向本院提起"
      "公诉。");
  EXPECT_EQ(h.doc_type, "刑事判决书");
  EXPECT_EQ(h.cause, "诈骗罪");
  ASSERT_TRUE(h.case_number.has_value());
  EXPECT_EQ(h.case_number->type_code, "刑初");
}

TEST(DocumentAnalyzer, ACauseNamesNoParty) {
  // The party block (cut short by 立案后 in the defendant's line) does not
  // list 李四: the words before 一案 are not split after 张三, and the
  // listed cause stands.
  const DocumentHeader h = Analyze(
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
      "原告：张三，男，1980年1月1日出生。 被告：李四，女，立案后住北京。 "
      "原告张三与被告李四分家析产纠纷一案，本院于2023年3月1日立案后，依法"
      "适用简易程序。 审判员 王五 二〇二三年六月一日 书记员 赵六");
  EXPECT_EQ(h.cause, "分家析产纠纷");
}

TEST(DocumentAnalyzer, TheCauseStandsBeforeALater一案) {
  // The first 一案 follows no cause of the list; the next one does.
  const DocumentHeader h = Analyze(
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12346号 "
      "原告：张三，男，1980年1月1日出生。 被告：李四，女，1982年2月2日出生。 "
      "原告张三与被告李四一案，本院于2023年3月1日立案后，依法适用简易程序。"
      "本案系民间借贷纠纷一案，事实如下。 审判员 王五 二〇二三年六月一日 "
      "书记员 赵六");
  EXPECT_EQ(h.cause, "民间借贷纠纷");
}

TEST(DocumentAnalyzer, ToleratesASpacedOutCourtName) {
  DocumentHeader h = Analyze(
      "北 京 市 朝 阳 区 人 民 法 院 民 事 判 决 书 （2023）京0105民初1号");
  EXPECT_EQ(h.court, "北京市朝阳区人民法院");
  EXPECT_EQ(h.doc_type, "民事判决书");
}

// Regression: with spaces tolerated everywhere, a title line joined to the
// court by one space was read as part of the court's name.
TEST(DocumentAnalyzer, TheCourtStopsAtTheSpaceBeforeIt) {
  DocumentHeader h = Analyze(
      "王某盗窃罪一审刑事判决书 重庆市渝中区人民法院 刑事判决书 "
      "（2017）渝0103刑初1号");
  EXPECT_EQ(h.court, "重庆市渝中区人民法院");
}

TEST(DocumentAnalyzer, LeavesMissingFieldsEmpty) {
  DocumentHeader h = Analyze("一段没有任何标题的文字。");
  EXPECT_TRUE(h.court.empty());
  EXPECT_FALSE(h.case_number.has_value());
  EXPECT_FALSE(h.decision_date.has_value());
  ASSERT_EQ(h.zones.size(), 5u);
}

}  // namespace
}  // namespace wenshu
