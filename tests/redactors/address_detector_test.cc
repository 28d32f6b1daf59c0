#include "redactors/address_detector.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/normalized_text.h"
#include "core/regex.h"
#include "redactors/detector_set.h"
#include "redactors/policy.h"
#include "redactors/redaction_pass.h"

namespace wenshu {
namespace {

// The public text the national policy makes of `input` with the address
// spans alone.
// The public text after `source` (the detector alone by default).
std::string Public(const std::string& input,
                   Strictness strictness = Strictness::kStandard,
                   const SpanSource* source = nullptr) {
  static const AddressDetector detector;
  static const RedactionPass pass(Policy::NationalDefault());
  Result<NormalizedText> n = NormalizedText::Normalize(input);
  EXPECT_TRUE(n.ok());
  const Document doc{n.value().text(), {}, {}};
  ScanContext context(doc.text, strictness);
  SpanSink sink;
  EXPECT_TRUE(
      (source != nullptr ? *source : detector).Find(doc, context, sink).ok());
  for (const Span& s : sink.spans()) {
    if (s.category != Category::kProtected) {
      EXPECT_EQ(s.category, Category::kAddress);
    }
  }
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
        AddressCase{
            "NarrativeAfterTheAddressStays",
            "民警在其租住的西安市未央区纬二十六街青门小区东区406号楼1单"
            "元4层中户内查获一批用2个纸桶伪装的毒品。",
            "民警在其租住的西安市未央区内查获一批用2个纸桶伪装的毒品。"},
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
                    "户籍地及现住地均为河北省廊坊市三河市。"},
        // Homes named by an estate, a village or a building alone.
        AddressCase{"EstateWithoutNumber",
                    "被告人甲，男，汉族，住本市某某区幸福花园。",
                    "被告人甲，男，汉族，住本市某某区。"},
        AddressCase{"VillageAfterMaskedCounty",
                    "被告人甲，男，汉族，住某县某镇某村。",
                    "被告人甲，男，汉族，住某县。"},
        AddressCase{"EstateAfterMaskedDistrict",
                    "被告人甲，男，汉族，住某区某某小区，无业。",
                    "被告人甲，男，汉族，住某区，无业。"},
        AddressCase{"EstateAloneClauseGoes",
                    "被告人甲，男，汉族，住某某苑，无业。",
                    "被告人甲，男，汉族，无业。"},
        AddressCase{"EstateNameWithoutEnding",
                    "被告人甲，男，住浙江省杭州市西湖区枫林绿洲，无业。",
                    "被告人甲，男，住浙江省杭州市西湖区，无业。"},
        AddressCase{"ApartmentBuilding",
                    "被告人甲，男，住湖南省宁乡县金桂公寓，无业。",
                    "被告人甲，男，住湖南省宁乡县，无业。"},
        AddressCase{"EstateNameAfterHouseNumber",
                    "被告人甲，男，住长沙市岳麓区枫林路8号东方明珠。",
                    "被告人甲，男，住长沙市岳麓区。"},
        AddressCase{"MaskedChain", "被告人甲，男，住XX省XX市XX区XX小区。",
                    "被告人甲，男，住XX省XX市XX区。"},
        AddressCase{"HomeInADormitory",
                    "被告人甲，男，住长沙市岳麓区某某大学教工宿舍5栋。",
                    "被告人甲，男，住长沙市岳麓区。"},
        AddressCase{"NearTheCountyIsNoHome",
                    "被告人甲，男，住长沙市岳麓区附近。",
                    "被告人甲，男，住长沙市岳麓区附近。"},
        AddressCase{"YearsInTheCountyIsNoHome",
                    "被告人甲居住在长沙市岳麓区多年，务工。",
                    "被告人甲居住在长沙市岳麓区多年，务工。"},
        AddressCase{"WorkIsNoName",
                    "被告人甲，男，暂住长沙市岳麓区打零工，无业。",
                    "被告人甲，男，暂住长沙市岳麓区打零工，无业。"},
        AddressCase{"KindOfHomeIsNoName",
                    "被告人甲独自居住在长沙市岳麓区老宅。",
                    "被告人甲独自居住在长沙市岳麓区老宅。"},
        AddressCase{"BesideTheHouseGoesWithIt",
                    "被告人甲在其位于某某区枫林路8号南侧隔壁的家中。",
                    "被告人甲在其位于某某区的家中。"},
        // Lists of homes.
        AddressCase{
            "HouseholdThenResidence",
            "被告人甲，男，户籍地湖南省宁乡县花明楼镇桃源村，居住地长沙市"
            "岳麓区阳光小区8栋101室。",
            "被告人甲，男，户籍地湖南省宁乡县，居住地长沙市岳麓区。"},
        AddressCase{"CurrentThenFormer",
                    "被告人甲，男，现住长沙市岳麓区阳光小区8栋101室，原住湖南省"
                    "宁乡县花明楼镇桃源村3组12号。",
                    "被告人甲，男，现住长沙市岳麓区，原住湖南省宁乡县。"},
        AddressCase{
            "ListWithoutComma",
            "被告人甲，男，户籍地湖南省宁乡县花明楼镇桃源村3组12号现住长沙"
            "市岳麓区阳光小区8栋101室。",
            "被告人甲，男，户籍地湖南省宁乡县现住长沙市岳麓区。"},
        AddressCase{
            "LivesThenStays",
            "被告人甲，男，住湖南省宁乡县花明楼镇桃源村3组12号，暂住长沙"
            "市岳麓区阳光小区。",
            "被告人甲，男，住湖南省宁乡县，暂住长沙市岳麓区。"},
        AddressCase{
            "CurrentlyDwells",
            "被告人甲，男，户籍地湖南省宁乡县，现居长沙市岳麓区阳光小区8"
            "栋101室。",
            "被告人甲，男，户籍地湖南省宁乡县，现居长沙市岳麓区。"},
        AddressCase{
            "ActualResidence",
            "被告人甲，男，户籍地湖南省宁乡县，实际居住地长沙市岳麓区阳光"
            "小区8栋101室。",
            "被告人甲，男，户籍地湖南省宁乡县，实际居住地长沙市岳麓区。"},
        AddressCase{
            "SecondHomeWithoutCounty",
            "被告人甲，男，户籍所在地湖南省宁乡县花明楼镇桃源村3组12号，"
            "现住该村。",
            "被告人甲，男，户籍所在地湖南省宁乡县，现住该村。"},
        // Home nouns in the body.
        AddressCase{"ResidenceInMidSentence",
                    "被告人甲在其居住地长沙市岳麓区阳光小区8栋101室内吸毒。",
                    "被告人甲在其居住地长沙市岳麓区内吸毒。"},
        AddressCase{
            "TemporaryLodgingThatIs",
            "被告人甲、乙在二人暂住处即本市某某区幸福里5号301室，多次容留"
            "他人吸毒。",
            "被告人甲、乙在二人暂住处即本市某某区，多次容留他人吸毒。"},
        AddressCase{"RentedLodgingNumberedWithoutCounty",
                    "民警对其租住处幸福里5栋2室进行了搜查。",
                    "民警对其租住处×××××××进行了搜查。"},
        AddressCase{"SentenceGoesOnInsideTheFlat",
                    "乙不同意甲居住在幸福家园14-301中并拒绝交出钥匙。",
                    "乙不同意甲居住在××××××-×××中并拒绝交出钥匙。"},
        AddressCase{"NearTheLodgingIsNoAddress",
                    "被告人甲在其住处附近将被害人拦下。",
                    "被告人甲在其住处附近将被害人拦下。"},
        AddressCase{"BelowTheLodgingIsNoAddress",
                    "被告人甲在其住处楼下的小区内将被害人拦下。",
                    "被告人甲在其住处楼下的小区内将被害人拦下。"},
        // Institutions named by someone's home keep their names.
        AddressCase{"CommunityCorrectionOffice",
                    "被告人甲应到户籍所在地社区矫正机构报到。",
                    "被告人甲应到户籍所在地社区矫正机构报到。"},
        AddressCase{
            "JusticeBureauOfDomicile",
            "被告人甲应于判决生效后十日内到住所地长沙市岳麓区司法局报到。",
            "被告人甲应于判决生效后十日内到住所地长沙市岳麓区司法局报到。"},
        AddressCase{"PoliceStationOfResidence",
                    "被告人甲由居住地公安派出所监管。",
                    "被告人甲由居住地公安派出所监管。"},
        AddressCase{"ProcuratorateOfDomicile",
                    "被告人甲向住所地长沙市岳麓区人民检察院提出申诉。",
                    "被告人甲向住所地长沙市岳麓区人民检察院提出申诉。"},
        AddressCase{"DetentionCentreOfHousehold",
                    "被告人甲羁押于户籍地看守所。",
                    "被告人甲羁押于户籍地看守所。"},
        AddressCase{"SchoolOfHousehold",
                    "被告人甲在其户籍所在地长沙市岳麓区莲花镇中心小学任教。",
                    "被告人甲在其户籍所在地长沙市岳麓区莲花镇中心小学任教。"},
        AddressCase{"NumberedHomeNearAnInstitution",
                    "被告人甲，男，住长沙市岳麓区枫林路18号某某银行对面。",
                    "被告人甲，男，住长沙市岳麓区。"},
        AddressCase{
            "CompanyOnTheLineBefore",
            "被告：某某科技有限公司\n住所地：长沙市岳麓区麓谷大道5号。",
            "被告：某某科技有限公司\n住所地：长沙市岳麓区麓谷大道5号。"},
        AddressCase{"CompanyInTheParagraphBefore",
                    "被告：某某科技有限公司 住所地：长沙市岳麓区麓谷大道5号。",
                    "被告：某某科技有限公司 住所地：长沙市岳麓区麓谷大道5号。"},
        AddressCase{"PersonOnTheLineBefore",
                    "原告：甲，男，汉族\n住长沙市岳麓区阳光花园。",
                    "原告：甲，男，汉族\n住长沙市岳麓区。"},
        AddressCase{
            "SchoolAsParty",
            "被告：长沙市岳麓区第一中学，住所地长沙市岳麓区麓山路5号。",
            "被告：长沙市岳麓区第一中学，住所地长沙市岳麓区麓山路5号。"},
        AddressCase{
            "VillagersGroupAsParty",
            "被告：某某村第三村民小组，住所地湖南省宁乡县某某镇某某村。",
            "被告：某某村第三村民小组，住所地湖南省宁乡县某某镇某某村。"},
        AddressCase{"WorkTeamAsParty",
                    "原告：某某建筑工程队，住所地长沙市岳麓区麓山路5号。",
                    "原告：某某建筑工程队，住所地长沙市岳麓区麓山路5号。"},
        // The cue search tries a match only a few bytes before every 住, 户
        // and 居: cues whose anchor stands two characters in, at the very
        // start of the text, and right after another cue's anchor.
        AddressCase{"CueAnchorTwoCharactersInAtTextStart",
                    "现暂住江西省九江市濂溪区莲花镇桂枝巷17号，以卖茶为业。",
                    "现暂住江西省九江市濂溪区，以卖茶为业。"},
        AddressCase{"CueAnchorTwoCharactersInAfterClause",
                    "证人柯某，实际居住地江西省九江市濂溪区莲花镇桂枝巷17号。",
                    "证人柯某，实际居住地江西省九江市濂溪区。"},
        AddressCase{"CueRightAfterAnotherAnchor",
                    "其户口所在地与居住地均为江西省九江市濂溪区莲花镇桂枝巷9号。",
                    "其户口所在地与居住地均为江西省九江市濂溪区。"},
        // A 位于 that ties no home, then one that does.
        AddressCase{"SecondTieAfterOneThatIsNoHome",
                    "茶摊位于桥头的空地上，林某位于江西省九江市濂溪区莲花镇桂枝"
                    "巷9号的家中无人。",
                    "茶摊位于桥头的空地上，林某位于江西省九江市濂溪区的家中无人。"},
        AddressCase{"ManagementOfficeAsParty",
                    "被告：某某物业管理处，住所地长沙市岳麓区麓山路5号。",
                    "被告：某某物业管理处，住所地长沙市岳麓区麓山路5号。"}),
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
  // The cue opens its line: the subject is the line before's.
  const std::string company_line = "被告：某某有限公司\n住所地";
  EXPECT_TRUE(AddressDetector::OrganisationBefore(company_line,
                                                  company_line.find("住所地")));
  // A subject label far back in the sentence, with others like it before:
  // the last one counts (the search for it runs backwards).
  const std::string after_company =
      "被告：某某茶叶有限公司，法定代表人林某，男，汉族，住";
  EXPECT_FALSE(AddressDetector::OrganisationBefore(after_company,
                                                   after_company.size()));
  const std::string person_line = "原告：张三，男，汉族\n住";
  EXPECT_FALSE(
      AddressDetector::OrganisationBefore(person_line, person_line.find("住")));
  // Labels inside labels (代表人 in 法定代表人, 被告 in 被告人): the subject
  // starts where the last of them ends.
  const std::string nested = "被告人系某某有限公司法定代表人王五，住";
  EXPECT_FALSE(AddressDetector::OrganisationBefore(nested, nested.size()));
  const std::string label_in_name = "被告：某某股东服务有限公司，住所地";
  EXPECT_TRUE(AddressDetector::OrganisationBefore(label_in_name,
                                                  label_in_name.size()));
}

// Every cue word, written out here apart from the detector's list, opens a
// home after a party's comma: the address below the county goes, whatever
// the cue (the detector looks for cues only a few bytes before 住, 户 and
// 居, after what the cue words hold there).
TEST(AddressDetector, EveryCueWordOpensAHome) {
  for (const char* cue :
       {"家住", "户籍所在地", "户籍所在", "户籍地址", "户籍登记地", "原户籍地",
        "户籍地", "户口所在地", "户籍", "经常居住地", "实际居住地", "现居住地",
        "原居住地", "居住地", "居住处", "现住址", "原住址", "住址", "现住地",
        "原住地", "现住所", "原住所", "现住处", "住所地", "住所", "暂住处",
        "租住处", "住处", "现暂住地", "原暂住地", "现暂住", "暂住地", "暂住",
        "现租住", "租住", "现居住", "居住", "现居", "现住", "原住", "住"}) {
    const std::string head = std::string("被告人孙某，男，汉族，") + cue;
    EXPECT_EQ(Public(head + "湖南省宁乡县回龙铺镇石门村3组。"),
              head + "湖南省宁乡县。")
        << cue;
    // Through the detector set, in a text holding no other cue: the cue
    // itself holds one of the detector's trigger words.
    for (Strictness strictness : {Strictness::kStandard, Strictness::kWidest}) {
      EXPECT_EQ(Public(head + "湖南省宁乡县回龙铺镇石门村3组。", strictness,
                       &DetectorSet::Standard()),
                head + "湖南省宁乡县。")
          << cue << " through the detector set";
    }
  }
}

// The check made before the home-tie pattern never says no where the
// pattern matches: random texts after 位于 of places, stops, 的 and home
// nouns, some past the pattern's sixty characters.
TEST(AddressDetector, TieCheckNeverRefusesAMatch) {
  const BoundedRunRegex tie(AddressDetector::kHomeTie);
  const std::vector<std::string> pieces = {
      "某村", "3组", "的", "家中", "家", "住处", "寓所", "租住房", "出租屋",
      "租房", "家具", ",", "。", "、", " ", "\t", "(", ":", "某某某某某某某某某某",
      "住", "出", "寓"};
  std::mt19937 random(20261207);
  size_t matches = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = "位于";
    for (size_t n = random() % 9; n > 0; --n) text += pieces[random() % pieces.size()];
    RegexMatch m;
    const bool matched = tie.SearchIn(text, 0, text.size(), &m);
    matches += matched;
    if (matched) {
      EXPECT_TRUE(AddressDetector::MayTieHome(text)) << text;
    }
  }
  EXPECT_GT(matches, 100u);
  EXPECT_FALSE(AddressDetector::MayTieHome("位于某村的房屋"));
  EXPECT_FALSE(AddressDetector::MayTieHome("位于村的家中"));
  EXPECT_TRUE(AddressDetector::MayTieHome("位于某村的家中"));
  // Sixty characters before 的 and no more, as the pattern takes.
  std::string sixty;
  for (int i = 0; i < 60; ++i) sixty += "某";
  RegexMatch m;
  const std::string at_most = "位于" + sixty + "的家中";
  EXPECT_TRUE(tie.SearchIn(at_most, 0, at_most.size(), &m));
  EXPECT_TRUE(AddressDetector::MayTieHome("位于" + sixty + "的家中"));
  const std::string past = "位于某" + sixty + "的家中";
  EXPECT_FALSE(tie.SearchIn(past, 0, past.size(), &m));
  EXPECT_FALSE(AddressDetector::MayTieHome("位于某" + sixty + "的家中"));
}

}  // namespace
}  // namespace wenshu
