#include "redactors/gazetteer.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

const Gazetteer& G() { return Gazetteer::Instance(); }

// The kept part of an address, or "(none)" when no county was found.
std::string Kept(const std::string& address) {
  const AdminPrefix p = G().ParseAdminPrefix(address);
  if (p.kind == AdminPrefix::Kind::kNone) return "(none)";
  return address.substr(0, p.end);
}

TEST(Gazetteer, HoldsEveryLevel) {
  EXPECT_GT(G().size(), 3000u);
  std::optional<int> chaoyang = G().FindCode("110105");
  ASSERT_TRUE(chaoyang);
  EXPECT_EQ(G().division(*chaoyang).name, "朝阳区");
  EXPECT_EQ(G().division(*chaoyang).level, DivisionLevel::kCounty);
  const int beijing = G().division(*chaoyang).parent;
  EXPECT_EQ(G().division(beijing).name, "北京市");
  EXPECT_EQ(G().division(beijing).level, DivisionLevel::kProvince);
  EXPECT_FALSE(G().Source().empty());
}

TEST(Gazetteer, FindsShortAndAmbiguousNames) {
  EXPECT_EQ(G().Find("东兴区").size(), 1u);
  EXPECT_EQ(G().Find("东兴市").size(), 1u);
  EXPECT_GE(G().Find("朝阳区").size(), 2u);  // Beijing and Changchun
  EXPECT_FALSE(G().Find("广西").empty());
  EXPECT_TRUE(G().Find("东兴").empty());  // counties have no short forms
}

TEST(Gazetteer, FormerUnitsComeAfterCurrentOnes) {
  std::vector<int> xiangfan = G().Find("襄樊市");
  ASSERT_EQ(xiangfan.size(), 1u);
  EXPECT_TRUE(G().division(xiangfan[0]).former);
  EXPECT_EQ(G().division(xiangfan[0]).successor, "襄阳市");
  // Hegang's 东山区 is current; Guangzhou's and Urumqi's are former.
  std::vector<int> dongshan = G().Find("东山区");
  ASSERT_EQ(dongshan.size(), 3u);
  EXPECT_FALSE(G().division(dongshan[0]).former);
  EXPECT_TRUE(G().division(dongshan[2]).former);
  // Alone in an address, the name is the current unit's.
  const AdminPrefix alone = G().ParseAdminPrefix("东山区建设路1号");
  EXPECT_EQ(alone.kind, AdminPrefix::Kind::kCounty);
  EXPECT_EQ(alone.county, dongshan[0]);
  std::optional<int> zhabei = G().FindCode("310108");
  ASSERT_TRUE(zhabei);
  EXPECT_EQ(G().division(*zhabei).name, "闸北区");
}

struct CutCase {
  const char* name;
  const char* address;
  const char* kept;
};

class GazetteerCut : public ::testing::TestWithParam<CutCase> {};

TEST_P(GazetteerCut, KeepsThroughTheCounty) {
  EXPECT_EQ(Kept(GetParam().address), GetParam().kept);
}

INSTANTIATE_TEST_SUITE_P(
    Gazetteer, GazetteerCut,
    ::testing::Values(
        CutCase{"Province_Prefecture_County", "湖南省长沙市岳麓区桐梓坡路1号",
                "湖南省长沙市岳麓区"},
        CutCase{"Municipality", "北京市朝阳区建国路88号", "北京市朝阳区"},
        CutCase{"MunicipalityShort", "北京朝阳区建国路88号", "北京朝阳区"},
        CutCase{"MunicipalityCounty", "重庆市巫山县龙门街道1号",
                "重庆市巫山县"},
        CutCase{"CountyLevelCity", "河北省廊坊市三河市燕郊镇燕顺路5号",
                "河北省廊坊市三河市"},
        CutCase{"CountyLevelCityUnderProvince", "河北省三河市燕郊镇",
                "河北省三河市"},
        CutCase{"CityWithoutCountiesDongguan", "广东省东莞市长安镇沙头社区",
                "广东省东莞市"},
        CutCase{"CityWithoutCountiesZhongshan", "中山市石岐街道1号", "中山市"},
        CutCase{"CityWithoutCountiesDanzhou", "海南省儋州市那大镇人民路7号",
                "海南省儋州市"},
        CutCase{"CityWithoutCountiesJiayuguan", "甘肃省嘉峪关市新华路20号",
                "甘肃省嘉峪关市"},
        CutCase{"ProvinceAdministered", "河南省济源市沁园街道1号",
                "河南省济源市"},
        CutCase{"PrefectureAndCountySameStem", "吉林省吉林市船营区1号",
                "吉林省吉林市船营区"},
        CutCase{"AmbiguousDongxingCity", "广西东兴市东兴镇北仑大道8号",
                "广西东兴市"},
        CutCase{"AmbiguousDongxingDistrict", "四川省内江市东兴区西林街道9号",
                "四川省内江市东兴区"},
        CutCase{"QingshuiCountyThenTown", "甘肃省天水市清水县清水镇1号",
                "甘肃省天水市清水县"},
        CutCase{"AutonomousPrefecture", "吉林省延边朝鲜族自治州延吉市河南街道",
                "吉林省延边朝鲜族自治州延吉市"},
        CutCase{"AutonomousCounty", "湖南省怀化市芷江侗族自治县芷江镇",
                "湖南省怀化市芷江侗族自治县"},
        CutCase{"Banner", "内蒙古自治区鄂尔多斯市伊金霍洛旗阿勒腾席热镇",
                "内蒙古自治区鄂尔多斯市伊金霍洛旗"},
        CutCase{"BareCounty", "朝阳区建国路88号", "朝阳区"},
        CutCase{"FormerPrefectureAndDistrict", "湖北省襄樊市襄阳区张湾镇1号",
                "湖北省襄樊市襄阳区"},
        CutCase{"FormerMunicipalDistrict", "上海市闸北区天目中路10弄3号",
                "上海市闸北区"},
        CutCase{"RenamedCountyByShape", "湖南省宁乡县回龙铺镇", "湖南省宁乡县"},
        CutCase{"RenamedBareCounty", "宁乡县回龙铺镇", "宁乡县"},
        CutCase{"NewAreaByShape", "陕西省西安市西咸新区沣东新城1号",
                "陕西省西安市西咸新区"},
        CutCase{"Traditional", "廣東省廣州市天河區天河路1號",
                "廣東省廣州市天河區"},
        CutCase{"OwnCounty", "本县城关镇东街1号", "本县"},
        CutCase{"OwnCityDistrict", "本市朝阳区建国路1号", "本市朝阳区"},
        CutCase{"PrefectureOnlyNothingBelow", "湖南省长沙市", "湖南省长沙市"},
        CutCase{"PrefectureThenStreet", "长沙市芙蓉路123号", "长沙市"},
        CutCase{"ProvinceThenTown", "贵州省石门镇王家村8组3号", "贵州省"},
        CutCase{"VillageOnly", "某某村3组", "(none)"},
        CutCase{"MaskedBareCounty", "某县某镇某村", "某县"},
        CutCase{"MaskedBareDistrict", "某区某某小区", "某区"},
        CutCase{"MaskedChain", "XX省XX市XX区XX小区", "XX省XX市XX区"},
        CutCase{"MaskedCountyLevelCity", "湖南省某某市某某市某镇",
                "湖南省某某市某某市"},
        CutCase{"MaskedCountyAfterRealProvince", "湖南省某某县某某镇某某村",
                "湖南省某某县"},
        CutCase{"MaskedPrefectureOnly", "某市某镇某村", "某市"},
        CutCase{"MaskedVillageIsNoUnit", "某某村某某组", "(none)"},
        CutCase{"BareDistrictSaysTooLittle", "城区东街1号", "(none)"},
        CutCase{"ShortNameNotFollowedByAUnit", "长沙路1号", "(none)"}),
    [](const ::testing::TestParamInfo<CutCase>& info) {
      return std::string(info.param.name);
    });

TEST(Gazetteer, BadDataIsAnError) {
  Result<Gazetteer> g = Gazetteer::FromData("code,name\n11,\"北京市\"\n",
                                            "code,name,provinceCode\n",
                                            "code,name,cityCode\n1,x\n", "");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("areas.csv"), std::string::npos);
  Result<Gazetteer> small =
      Gazetteer::FromData("code,name\n11,\"北京市\"\n",
                          "code,name,provinceCode\n1101,\"市辖区\",11\n",
                          "code,name,cityCode\n110101,\"东城区\",1101\n", "");
  ASSERT_FALSE(small.ok());
  EXPECT_NE(small.status().message().find("expected all"), std::string::npos);
  Result<Gazetteer> history =
      Gazetteer::FromData("code,name\n11,\"北京市\"\n",
                          "code,name,provinceCode\n1101,\"市辖区\",11\n",
                          "code,name,cityCode\n110101,\"东城区\",1101\n",
                          "110103\t崇文区\tcounty\t火星\t东城区\t2010\n");
  ASSERT_FALSE(history.ok());
  EXPECT_NE(history.status().message().find("gazetteer_history.tsv"),
            std::string::npos);
}

}  // namespace
}  // namespace wenshu
