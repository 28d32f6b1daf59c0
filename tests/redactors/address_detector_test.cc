#include "redactors/address_detector.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/normalized_text.h"
#include "redactors/policy.h"
#include "redactors/redaction_pass.h"

namespace wenshu {
namespace {

// The public text the national policy makes of `input` with the address
// spans alone.
std::string Public(const std::string& input,
                   Strictness strictness = Strictness::kStandard) {
  static const AddressDetector detector;
  static const RedactionPass pass(Policy::NationalDefault());
  Result<NormalizedText> n = NormalizedText::Normalize(input);
  EXPECT_TRUE(n.ok());
  const Document doc{n.value().text(), {}, {}};
  ScanContext context(doc.text, strictness);
  SpanSink sink;
  EXPECT_TRUE(detector.Find(doc, context, sink).ok());
  for (const Span& s : sink.spans()) EXPECT_EQ(s.category, Category::kAddress);
  return pass.Run(input, n.value(), sink.spans()).text;
}

struct AddressCase {
  const char* name;
  const char* input;
  const char* expected;
};

class AddressDetectorTest : public ::testing::TestWithParam<AddressCase> {};

TEST_P(AddressDetectorTest, PublicText) {
  EXPECT_EQ(Public(GetParam().input), GetParam().expected);
  // The verify pass sees the same thing; and a second run changes nothing.
  EXPECT_EQ(Public(GetParam().input, Strictness::kWidest), GetParam().expected);
  EXPECT_EQ(Public(GetParam().expected), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    AddressDetector, AddressDetectorTest,
    ::testing::Values(
        AddressCase{"PartyBlockHome",
                    "原告：张三，男，1980年1月1日出生，汉族，住北京市朝阳区建国"
                    "路88号院3号楼501室。",
                    "原告：张三，男，1980年1月1日出生，汉族，住北京市朝阳区。"},
        AddressCase{"HouseholdAndCurrent",
                    "被告人孙某，男，户籍地湖南省宁乡县回龙铺镇石门村3组，现住"
                    "长沙市芙蓉区五一大道100号。",
                    "被告人孙某，男，户籍地湖南省宁乡县，现住长沙市芙蓉区。"},
        AddressCase{"BracketNoteInside",
                    "户籍地湖南省宁乡县（现宁乡市）回龙铺镇石门村3组，汉族。",
                    "户籍地湖南省宁乡县，汉族。"},
        AddressCase{"CueWithConnector",
                    "被告人王某，住址为浙江省杭州市西湖区文三路90号。",
                    "被告人王某，住址为浙江省杭州市西湖区。"},
        AddressCase{"TemporaryResidence",
                    "被告人赵某，暂住于广东省深圳市宝安区西乡街道固戍一路3号。",
                    "被告人赵某，暂住于广东省深圳市宝安区。"},
        AddressCase{"HabitualResidence",
                    "原告李某，经常居住地江苏省南京市鼓楼区中山北路1号。",
                    "原告李某，经常居住地江苏省南京市鼓楼区。"},
        AddressCase{
            "HomeInBody",
            "被告人钱某家住安徽省合肥市肥东县店埠镇1号，于2020年被抓获。",
            "被告人钱某家住安徽省合肥市肥东县，于2020年被抓获。"},
        AddressCase{"RentedHome", "其租住在福建省厦门市思明区莲前街道2号。",
                    "其租住在福建省厦门市思明区。"},
        AddressCase{"HomeTiedPlace",
                    "被告人窜至被害人李某位于湖南省宁乡县某某镇某某村的家中。",
                    "被告人窜至被害人李某位于湖南省宁乡县的家中。"},
        AddressCase{"NoCountyWholeClauseGoes",
                    "被告人戊，男，住某某村3组，汉族。",
                    "被告人戊，男，汉族。"},
        AddressCase{"NoCountyAtSentenceEnd",
                    "被告人戊，男，汉族，住某某镇某某村。",
                    "被告人戊，男，汉族。"},
        AddressCase{"PrefectureWithoutCounty",
                    "被告人戊，男，汉族，住长沙市芙蓉路123号。",
                    "被告人戊，男，汉族，住长沙市。"},
        AddressCase{
            "PartyAfterProsecutorOnOneLine",
            "公诉机关某某县人民检察院 "
            "被告人李某，男，户籍地贵州省遵义市余庆县城关镇双河村10组7号。",
            "公诉机关某某县人民检察院 "
            "被告人李某，男，户籍地贵州省遵义市余庆县。"},
        AddressCase{"NoCountyMidSentenceIsMasked",
                    "窜至被害人位于某某村3组的家中。",
                    "窜至被害人位于×××××的家中。"},
        AddressCase{
            "CompanyDomicileKept",
            "被告：北京某某科技有限公司，住所地北京市海淀区中关村大街1号。",
            "被告：北京某某科技有限公司，住所地北京市海淀区中关村大街1号。"},
        AddressCase{"LegalRepresentativeHome",
                    "被告：某某贸易有限公司，住所地北京市海淀区中关村大街1号，"
                    "法定代表人李四，住北京市海淀区学院路3号。",
                    "被告：某某贸易有限公司，住所地北京市海淀区中关村大街1号，"
                    "法定代表人李四，住北京市海淀区。"},
        AddressCase{"VillageCommitteeKept",
                    "被告：某某村民委员会，住所地湖南省宁乡县某某镇某某村。",
                    "被告：某某村民委员会，住所地湖南省宁乡县某某镇某某村。"},
        AddressCase{"NaturalPersonDomicile",
                    "原告：周某，女，汉族，住所地河南省郑州市金水区花园路2号。",
                    "原告：周某，女，汉族，住所地河南省郑州市金水区。"},
        AddressCase{"CourtOfDomicile", "本案由被告住所地人民法院管辖。",
                    "本案由被告住所地人民法院管辖。"},
        AddressCase{"HospitalStayIsNoAddress",
                    "被害人，住院治疗二十日，住院部3楼。",
                    "被害人，住院治疗二十日，住院部3楼。"},
        AddressCase{"SceneOfOffenceKept",
                    "在湖南省长沙市岳麓区桐梓坡路1号某超市内盗窃。",
                    "在湖南省长沙市岳麓区桐梓坡路1号某超市内盗窃。"},
        AddressCase{"HouseholdRecordsAreNoAddress",
                    "户籍信息、户籍证明证实被告人身份。",
                    "户籍信息、户籍证明证实被告人身份。"},
        AddressCase{"CompanyDomicileInItsOwnSentence",
                    "某某物流有限公司于2011年12月6日成立。住所：白山市金河花园8"
                    "号楼1-201室；法定代表人张某。",
                    "某某物流有限公司于2011年12月6日成立。住所：白山市金河花园8"
                    "号楼1-201室；法定代表人张某。"},
        AddressCase{"CommunityOfResidenceIsNoAddress",
                    "其自身存在疾病，居住的社区同意将其纳入社区矫正。",
                    "其自身存在疾病，居住的社区同意将其纳入社区矫正。"},
        AddressCase{"AddressAndPhoneIsNoAddress",
                    "其提供了上线的详细住址及手机号码。",
                    "其提供了上线的详细住址及手机号码。"},
        AddressCase{"CheckingIntoAHotel",
                    "张某因出差，入住位于西安市雁塔区科技路的某酒店。",
                    "张某因出差，入住位于西安市雁塔区科技路的某酒店。"},
        AddressCase{"RoomInAnInn", "我住在旅店二楼，他们都住在一楼。",
                    "我住在旅店二楼，他们都住在一楼。"},
        AddressCase{
            "SentenceRunsOnAfterTheAddress",
            "被告人在其暂住地上海市青浦区某镇某路416弄71号底楼中间出租屋内先后"
            "两次容留他人吸毒。",
            "被告人在其暂住地上海市青浦区中间出租屋内先后两次容留他人吸毒。"},
        AddressCase{"NarrativeAfterTheAddressStays",
                    "民警在其租住的西安市未央区纬二十六街青门小区东区406号楼1单"
                    "元4层中户内查获一批用2个纸桶伪装的毒品。",
                    "民警在其租住的西安市未央区查获一批用2个纸桶伪装的毒品。"},
        AddressCase{"HomeAfterTheAddressStays",
                    "被告人在其居住的巢湖市烔炀镇大高行政村小高自然村家中，先后"
                    "多次吸毒。",
                    "被告人在其居住的巢湖市家中，先后多次吸毒。"},
        AddressCase{"CountyStartingWithAFunctionCharacter",
                    "被告人唐某，男，汉族，住信丰县白沙镇新民村7组69号，务工。",
                    "被告人唐某，男，汉族，住信丰县，务工。"},
        AddressCase{"PrefectureNamedLikeATown",
                    "户籍所在地为江西省景德镇市浮梁县，住景德镇市。",
                    "户籍所在地为江西省景德镇市浮梁县，住景德镇市。"},
        AddressCase{"MaskedDetailGoesWhole",
                    "务农，户籍所在地湖北省江陵县熊河镇三江村****"
                    "，现住湖北省江陵县****。",
                    "务农，户籍所在地湖北省江陵县，现住湖北省江陵县。"},
        AddressCase{"FamilyPropertyIsNoHome",
                    "判令分割位于肥西县上派镇的家庭共有房屋拆迁补偿款。",
                    "判令分割位于肥西县上派镇的家庭共有房屋拆迁补偿款。"},
        AddressCase{"RentedHomeWithDe",
                    "被告人曾在其租住的都江堰市幸福街道灌温路66号4栋2单元301室"
                    "内藏匿赃物。",
                    "被告人曾在其租住的都江堰市内藏匿赃物。"},
        AddressCase{"SameAsAbove", "委托诉讼代理人王某，住址同上。",
                    "委托诉讼代理人王某，住址同上。"},
        AddressCase{"CountyOnlyNothingToCut", "被告人，住湖南省宁乡县。",
                    "被告人，住湖南省宁乡县。"},
        AddressCase{"CityWithoutCounties",
                    "户籍所在地广东省东莞市长安镇沙头社区。",
                    "户籍所在地广东省东莞市。"},
        AddressCase{"ListedCues",
                    "户籍地及现住地均为河北省廊坊市三河市燕郊镇燕顺路5号。",
                    "户籍地及现住地均为河北省廊坊市三河市。"}),
    [](const ::testing::TestParamInfo<AddressCase>& info) {
      return std::string(info.param.name);
    });

TEST(AddressDetector, OrganisationBefore) {
  const std::string company = "被告：某某有限公司，住所地";
  EXPECT_TRUE(AddressDetector::OrganisationBefore(company, company.size()));
  const std::string person = "原告：张三，男，汉族，住";
  EXPECT_FALSE(AddressDetector::OrganisationBefore(person, person.size()));
  const std::string representative =
      "被告：某某有限公司，住所地某处。法定代表人：李四，住";
  EXPECT_FALSE(AddressDetector::OrganisationBefore(representative,
                                                   representative.size()));
}

}  // namespace
}  // namespace wenshu
