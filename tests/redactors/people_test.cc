// Rules §3-4 end to end: who is anonymized, with which pseudonym, at every
// mention, and who keeps the name.
#include "redactors/people.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/normalized_text.h"
#include "pipeline/document_analyzer.h"
#include "pipeline/document_processor.h"
#include "tests/pipeline/standard_processor.h"

namespace wenshu {
namespace {

const DocumentProcessor& Processor() {
  return testing_support::StandardProcessor();
}

std::string Publish(const std::string& text,
                    const CaseFamilies* families = nullptr,
                    const DocumentProcessor& processor = Processor()) {
  ProcessedDocument doc = processor.ProcessRecord({"t", text, {}}, families);
  EXPECT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  return doc.public_text;
}

// Expects every one of `parts` somewhere in `out`.
void ExpectAllIn(const std::string& out,
                 std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) {
    EXPECT_NE(out.find(part), std::string::npos) << part << "\n" << out;
  }
}

// Expects none of `parts` anywhere in `out`.
void ExpectNoneIn(const std::string& out,
                  std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) {
    EXPECT_EQ(out.find(part), std::string::npos) << part << "\n" << out;
  }
}

const char kCriminal[] =
    "北京市朝阳区人民法院\n刑事判决书\n（2023）京0105刑初123号\n"
    "公诉机关北京市朝阳区人民检察院。\n"
    "被告人孙大勇，男，1990年2月2日出生，汉族，住北京市朝阳区。\n"
    "辩护人周立，北京某某律师事务所律师。\n"
    "北京市朝阳区人民检察院以京朝检刑诉〔2023〕100号起诉书指控被告人孙大勇犯盗"
    "窃罪，"
    "于2023年3月1日向本院提起公诉。\n"
    "经审理查明，2023年1月5日，被告人孙大勇窃得被害人王丽华的手机一部。"
    "上述事实，有被害人王丽华的陈述，证人赵六、钱小七的证言等证据证实。"
    "王丽华的手机已发还。被害人钱包内无现金。\n"
    "本院认为，被告人孙大勇构成盗窃罪。判决如下：\n"
    "被告人孙大勇犯盗窃罪，判处有期徒刑六个月。\n"
    "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";

TEST(People, CriminalVictimsAndWitnessesAreAnonymizedEverywhere) {
  const std::string out = Publish(kCriminal);
  ExpectNoneIn(out, {"王丽华", "赵六", "钱小七"});
  ExpectAllIn(out,
              {"被害人王某某的手机", "王某某的陈述，证人赵某、钱某某的证言",
               "。王某某的手机已发还"});
}

TEST(People, CriminalDefendantsLawyersAndTheBenchKeepTheirNames) {
  const std::string out = Publish(kCriminal);
  ExpectAllIn(out, {"孙大勇", "周立", "审判员　王丽\n", "书记员　赵敏",
                    "被害人钱包内"});
}

const char kFamily[] =
    "河南省郑州市金水区人民法院\n民事判决书\n（2023）豫0105民初6543号\n"
    "原告：刘桂芝，女，1945年2月10日出生，汉族，住河南省郑州市金水区。\n"
    "委托诉讼代理人：高明，河南某某律师事务所律师。\n"
    "被告：马红军，男，1968年5月6日出生，汉族，住河南省郑州市二七区。\n"
    "被告：马红伟，男，1975年12月1日出生，汉族，住河南省新郑市。\n"
    "原告刘桂芝与被告马红军、马红伟赡养纠纷一案，本院于2023年4月3日立案后，"
    "依法适用简易程序，公开开庭进行了审理。\n"
    "马红军辩称，其收入不高。马红伟未答辩。红军称其已尽力。\n"
    "本院认为，子女有赡养父母的义务。判决如下：\n"
    "被告马红军每月支付原告刘桂芝赡养费800元。\n"
    "审判员　马红\n二〇二三年六月一日\n书记员　刘芳\n";

TEST(People, FamilyPartiesAreAnonymizedAndCollisionsNumbered) {
  const std::string out = Publish(kFamily);
  ExpectAllIn(out, {"原告：刘某某，", "被告：马某某1，", "被告：马某某2，",
                    "原告刘某某与被告马某某1、马某某2赡养纠纷"});
  // A two-character given name standing alone follows the person.
  ExpectAllIn(out, {"。马某某1称其已尽力", "委托诉讼代理人：高明，",
                    "审判员　马红\n", "书记员　刘芳"});
}

TEST(People, AFamilyCauseWordedAnotherWayStillAnonymizes) {
  // 遗产继承纠纷 is not on the list of family causes; 继承 makes it one.
  const std::string out = Publish(
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初88号\n"
      "原告：张大明，男，1980年1月1日出生，住北京市朝阳区。\n"
      "被告：李小红，女，1982年2月2日出生，住北京市朝阳区。\n"
      "原告张大明与被告李小红遗产继承纠纷一案，本院于2023年1月1日立案。\n"
      "经审理查明，被继承人张老汉于2020年去世。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n");
  // The decedent, through whom the heirs would be recognized, goes too.
  ExpectAllIn(out, {"原告：张某某1，", "被告：李某某，", "被继承人张某某2"});
  ExpectNoneIn(out, {"张大明", "张老汉"});
}

TEST(People, ARelativeActingAsAgentInAFamilyCaseIsAnonymized) {
  const std::string out = Publish(
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初89号\n"
      "原告：王秀兰，女，1950年3月1日出生，住北京市朝阳区。\n"
      "委托诉讼代理人：赵丽娜，女，1975年5月5日出生，住北京市朝阳区，"
      "系原告之女。\n"
      "委托诉讼代理人：钱明，北京某某律师事务所律师。\n"
      "被告：赵建国，男，1972年2月2日出生，住北京市朝阳区。\n"
      "原告王秀兰与被告赵建国赡养纠纷一案，本院于2023年1月1日立案。\n"
      "经审理查明，原告现与赵丽娜共同生活。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n");
  ExpectNoneIn(out, {"赵丽娜", "王秀兰", "赵建国"});
  // The lawyer keeps his name (rules Art. 11).
  ExpectAllIn(out, {"委托诉讼代理人：钱明"});
}

TEST(People, AFamilyPartyTheBlockMissesIsFoundInTheBody) {
  // The party block ends at the first 立案后, here inside the defendant's
  // line, so the block lists only the plaintiff; the procedure sentence
  // names the defendant.
  const std::string out = Publish(
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初88号\n"
      "原告：张大明，男，1980年1月1日出生，住北京市朝阳区。\n"
      "被告：李小红，女，1982年2月2日出生，立案后住北京市朝阳区。\n"
      "原告张大明与被告李小红分家析产纠纷一案，本院于2023年1月1日立案。\n"
      "经审理查明，原、被告系兄妹。被告李小红辩称房屋系其出资。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n");
  ExpectNoneIn(out, {"李小红", "张大明"});
  ExpectAllIn(out, {"审判员　王丽"});
}

// Words after a role cue that start with a surname character are words,
// not names; the word list comes from python3-jieba.
TEST(People, WordsAfterCuesAreNotNames) {
  const std::string text =
      "北京市朝阳区人民法院\n刑事判决书\n（2023）京0105刑初126号\n"
      "公诉机关北京市朝阳区人民检察院。\n被告人孙大勇，男。\n"
      "北京市朝阳区人民检察院指控被告人孙大勇犯抢劫罪，于2023年3月1日向本院提起"
      "公诉。\n"
      "经审理查明，被告人孙大勇将三名被害人强行拉至车内，翻找被害人钱包，"
      "又查看被害人户籍信息、被害人车辆。被害人吕小燕的法定代理人叶红陪同报案。"
      "被害人王莲（男，50岁）、马兰受轻微伤。"
      "被告人孙大勇骗取被害人钱款共计5000元，骗得的钱款已挥霍。"
      "判决如下：\n被告人孙大勇犯抢劫罪。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  const std::string out = Publish(text);
  ExpectAllIn(out, {"被害人强行拉至", "被害人钱包", "被害人户籍信息",
                    "被害人车辆", "骗取被害人钱款共计", "骗得的钱款"});
  ExpectAllIn(out, {"被害人吕某某的法定代理人叶某陪同"});
  // A bracketed note after a listed name does not end the list.
  ExpectAllIn(out, {"被害人王某（男，50岁）、马某受轻微伤"});
}

TEST(People, ASuffixedNameDoesNotEndTheList) {
  const std::string text =
      "北京市朝阳区人民法院\n刑事判决书\n（2023）京0105刑初127号\n"
      "公诉机关北京市朝阳区人民检察院。\n被告人孙大勇，男。\n"
      "经审理查明，上述事实，有被害人张伟甲、黄丽的陈述证实。\n"
      "判决如下：\n被告人孙大勇犯盗窃罪。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  const std::string out = Publish(text);
  ExpectAllIn(out, {"被害人张某甲、黄某的陈述"});
  EXPECT_EQ(Publish(out), out);
}

TEST(People, RunningTwiceChangesNothing) {
  for (const char* text : {kCriminal, kFamily}) {
    const std::string once = Publish(text);
    EXPECT_EQ(Publish(once), once);
  }
}

TEST(People, CommercialPartiesKeepNamesButAMinorIsAnonymized) {
  const std::string text =
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初222号\n"
      "原告：李小宝，男，2012年3月4日出生，汉族，住北京市朝阳区。\n"
      "法定代理人：李大山，男，1980年1月1日出生，系原告之父。\n"
      "被告：张三丰，男，1970年1月1日出生，汉族，住北京市海淀区。\n"
      "被告：张三丰科技有限公司，住所地北京市海淀区中关村大街1号。\n"
      "原告李小宝与被告张三丰、张三丰科技有限公司机动车交通事故责任纠纷一案，"
      "本院于2023年3月1日立案。\n"
      "本院认为，被告张三丰应当赔偿李小宝的损失。判决如下：\n"
      "被告张三丰赔偿原告李小宝医疗费5000元。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  const std::string out = Publish(text);
  ExpectNoneIn(out, {"李小宝", "李大山"});
  // Child and father share 李某某: numbered in order of appearance.
  ExpectAllIn(out, {"原告：李某某1，", "法定代理人：李某某2，",
                    "被告：张三丰，", "张三丰科技有限公司，住所地"});
}

TEST(People, AgeInBracketsMarksAMinorInTheBody) {
  const std::string text =
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初333号\n"
      "原告：北京某某物业有限公司，住所地北京市朝阳区。\n"
      "被告：周强，男，1980年1月1日出生，住北京市朝阳区。\n"
      "原告北京某某物业有限公司与被告周强物业服务合同纠纷一案，本院立案。\n"
      "经查，周强之女周欣然（女，12岁）在小区内玩耍。周欣然未受伤。\n"
      "判决如下：\n被告周强支付物业费1000元。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  const std::string out = Publish(text);
  ExpectNoneIn(out, {"周欣然"});
  ExpectAllIn(out, {"被告：周强，"});
}

TEST(People, AlreadyAnonymizedNamesStay) {
  const std::string text =
      "北京市朝阳区人民法院\n刑事判决书\n（2023）京0105刑初124号\n"
      "公诉机关北京市朝阳区人民检察院。\n"
      "被告人刘某1，男，1990年2月2日出生。\n"
      "经审理查明，被告人刘某1窃得被害人张某某、牟某甲的财物，证人李某证实。"
      // A court's pseudonym that keeps one given-name character.
      "证人马元某辨认出被告人刘某1；证人马元某证言证实，祁正某在祁正云家中参赌"
      "。\n"
      "判决如下：\n被告人刘某1犯盗窃罪。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  EXPECT_EQ(Publish(text), text);
}

const char kTwoRolesForOneName[] =
    "北京市朝阳区人民法院\n刑事判决书\n（2023）京0105刑初125号\n"
    "公诉机关北京市朝阳区人民检察院。\n"
    "被告人王强，男，1990年2月2日出生。\n"
    "被害人王强，男，1992年2月2日出生。\n"
    "北京市朝阳区人民检察院指控被告人王强犯故意伤害罪，于2023年3月1日向本院提"
    "起公诉。\n"
    "经审理查明，被告人王强打伤王强。判决如下：\n被告人王强犯故意伤害罪。\n"
    "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";

TEST(People, TwoPartyBlockRolesForOneNameHoldTheDocument) {
  const std::string text = kTwoRolesForOneName;
  ProcessedDocument doc = Processor().ProcessRecord({"t", text, {}});
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_NE(doc.error.find("people:"), std::string::npos) << doc.error;
  EXPECT_EQ(doc.error.find("王强"), std::string::npos) << "names leak";
}

// The SpanSource interface and the PeopleResult one run the same steps.
// The people source run once over `original`, normalized and analyzed as
// the pipeline does. Built in place: the document views the normalized text.
struct PeopleRun {
  PeopleRun(const PeopleFinder& finder, const std::string& original)
      : normalized(NormalizedText::Normalize(original)) {
    if (!normalized.ok()) {
      status = normalized.status();
      return;
    }
    doc.text = normalized.value().text();
    doc.header = DocumentAnalyzer::Instance().Analyze(doc.text);
    ScanContext scan(doc.text, Strictness::kStandard);
    status = finder.Find(doc, scan, sink);
  }
  PeopleRun(const PeopleRun&) = delete;
  PeopleRun& operator=(const PeopleRun&) = delete;

  Result<NormalizedText> normalized;
  Document doc;
  SpanSink sink;
  Status status;
};

TEST(People, SpanSourceKeepsEveryPseudonymItReports) {
  const PeopleFinder finder(Policy::NationalDefault().people());
  EXPECT_EQ(finder.name(), "people");
  const std::string minor =
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初333号\n"
      "原告：北京某某物业有限公司，住所地北京市朝阳区。\n"
      "被告：周强，男，1980年1月1日出生，住北京市朝阳区。\n"
      "经查，周强之女周欣然（女，12岁）在小区内玩耍。欣然未受伤。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  const std::string alias =
      "北京市朝阳区人民法院\n刑事判决书\n（2023）京0105刑初9号\n"
      "被告人孙大勇，男。\n"
      "经审理查明，被害人迈克尔·布朗（Michael "
      "Brown，男）与被害人罗三毛（绰号罗三）"
      "受伤。罗三毛的法定代理人陈慧敏报案。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  int documents_with_spans = 0;
  for (const std::string& original :
       {std::string(kCriminal), std::string(kFamily), minor, alias}) {
    const PeopleRun run(finder, original);
    ASSERT_TRUE(run.status.ok()) << run.status.message();
    const Document& doc = run.doc;
    const SpanSink& sink = run.sink;
    // Every replacement stays readable through the sink and is the
    // pseudonym of a person it anonymized, or the initial of a Latin-script
    // name (Michael Brown -> M.).
    for (const Span& s : sink.spans()) {
      if (s.category == Category::kProtected) {
        // A kept name: reported so that nothing touches it, never replaced.
        EXPECT_TRUE(s.inviolable);
        EXPECT_TRUE(s.replacement.empty());
        continue;
      }
      ASSERT_FALSE(s.replacement.empty());
      bool known = static_cast<unsigned char>(doc.text[s.begin]) < 0x80 &&
                   s.replacement.back() == '.';
      for (const PersonRecord& r : sink.anonymized())
        known = known || s.replacement == r.pseudonym;
      EXPECT_TRUE(known) << doc.text.substr(s.begin, s.end - s.begin) << " -> "
                         << s.replacement;
    }
    documents_with_spans += !sink.spans().empty();
  }
  EXPECT_EQ(documents_with_spans, 4);
}

TEST(People, SpanSourceReportsAConflictAsAStatus) {
  const PeopleFinder finder(Policy::NationalDefault().people());
  const PeopleRun run(finder, kTwoRolesForOneName);
  const Status& s = run.status;
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.message(),
            "a victim to anonymize has the same name as a participant who "
            "keeps it; review who is who");
}

TEST(People, KeptNamesComeAsInviolableSpans) {
  const PeopleFinder finder(Policy::NationalDefault().people());
  const PeopleRun run(finder, kCriminal);
  ASSERT_TRUE(run.status.ok()) << run.status.message();
  std::vector<std::string> kept;
  for (const Span& s : run.sink.spans()) {
    if (s.category != Category::kProtected) continue;
    EXPECT_TRUE(s.inviolable);
    kept.push_back(std::string(s.rule) + ":" +
                   std::string(run.doc.text.substr(s.begin, s.end - s.begin)));
  }
  EXPECT_EQ(kept,
            (std::vector<std::string>{"kept_name:孙大勇", "kept_name:周立",
                                      "kept_name:孙大勇", "kept_name:孙大勇",
                                      "kept_name:孙大勇", "kept_name:孙大勇",
                                      "bench_name:王丽", "bench_name:赵敏"}));
}

struct ConflictCase {
  const char* name;
  Category category;  // of a span over 建军 in 李建军
  std::string held;   // why, or empty
};

class KeptNameConflicts : public ::testing::TestWithParam<ConflictCase> {};

TEST_P(KeptNameConflicts, HoldOnlyWhereDroppingWouldPublish) {
  const std::string text = "被告人李建军称。";
  Span kept{9, 18, Category::kProtected, "kept_name", "test"};
  kept.inviolable = true;
  const Span found{12, 18, GetParam().category, "test", "test"};
  EXPECT_EQ(KeptNameConflict(text, {found}, {kept}), GetParam().held);
}

INSTANTIATE_TEST_SUITE_P(
    People, KeptNameConflicts,
    ::testing::Values(
        ConflictCase{"ANameSpanIsDropped", Category::kPersonName, ""},
        ConflictCase{"AnAddressSpanIsDropped", Category::kAddress, ""},
        ConflictCase{"AHealthSpanIsDropped", Category::kHealth, ""},
        ConflictCase{"APlateHolds", Category::kPlate,
                     "a plate span reaches into the kept name 李建军; review "
                     "which is right"},
        ConflictCase{"ACaseTermHolds", Category::kCaseSpecific,
                     "a case_specific span reaches into the kept name 李建军; "
                     "review which is right"}),
    [](const ::testing::TestParamInfo<ConflictCase>& info) {
      return std::string(info.param.name);
    });

TEST(People, LatinScriptPolicyWritesPinyin) {
  const Policy latin =
      Policy::NationalDefault().WithPseudonymScript(PseudonymScript::kLatin);
  const DocumentProcessor processor(latin, DetectorSet::Standard());
  const std::string out = Publish(kCriminal, nullptr, processor);
  ExpectAllIn(out, {"被害人Wang XX的手机", "证人Zhao XX、Qian XX的证言"});
}

TEST(People, ACaseFamilySharesDecisionsAndPseudonyms) {
  const std::string civil =
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初999号\n"
      "原告：王丽华，女，1985年1月1日出生，住北京市朝阳区。\n"
      "被告：孙大勇，男，1990年2月2日出生，住北京市朝阳区。\n"
      "原告王丽华与被告孙大勇财产损害赔偿纠纷一案，本院立案。"
      "本院（2023）京0105刑初123号刑事判决认定孙大勇窃得王丽华的手机。\n"
      "判决如下：\n被告孙大勇赔偿原告王丽华500元。\n"
      "审判员　王丽\n二〇二三年七月一日\n书记员　赵敏\n";
  // Alone, the plaintiff of a civil case keeps the name.
  EXPECT_NE(Publish(civil).find("原告：王丽华"), std::string::npos);
  // After the criminal judgment of the same case, the victim stays
  // anonymized, with the same pseudonym.
  CaseFamilies families;
  ProcessedDocument first =
      Processor().ProcessRecord({"a", kCriminal, {}}, &families);
  families.Commit(first.family_keys, first.people);
  const std::string out = Publish(civil, &families);
  ExpectAllIn(out, {"原告：王某某，", "被告：孙大勇，"});
}

// A family case around one fact sentence (分家析产纠纷: published).
std::string FamilyCaseWith(const std::string& facts) {
  return "浙江省湖州市吴兴区人民法院\n民事判决书\n（2025）浙0502民初4417号\n"
         "原告：邬长河，男，1958年3月2日出生，汉族，住浙江省湖州市吴兴区。\n"
         "被告：邬长海，男，1961年8月9日出生，汉族，住浙江省湖州市南浔区。\n"
         "原告邬长河与被告邬长海分家析产纠纷一案，本院于2025年3月1日立案。\n"
         "经审理查明，" +
         facts +
         "\n判决如下：\n老宅东侧两间归原告邬长河所有。\n"
         "审判员　蔡文彬\n二〇二五年六月三日\n书记员　鲁婉清\n";
}

struct RelativeCase {
  const char* facts;
  std::vector<std::string_view> gone;     // names that must not be published
  std::vector<std::string_view> present;  // what stands instead
};

TEST(People, ChildNamedInFamilyFactsIsAnonymized) {
  const RelativeCase cases[] = {
      {"原告婚后育有一子邬晓峰。邬晓峰现在杭州工作。",
       {"邬晓峰"},
       {"育有一子邬某某", "。邬某某"}},
      {"被告与妻子生育长女邬雨萱、次子邬天翊，邬雨萱已出嫁。",
       {"邬雨萱", "邬天翊"},
       {"长女邬某某", "次子邬某某"}},
      {"原告的配偶蒋正阳于2019年病故，蒋正阳生前未立遗嘱。",
       {"蒋正阳"},
       {"配偶蒋某某", "，蒋某某生前"}},
      {"被告与前妻桑晓雯离婚后，其婚生女邬佳琪随桑晓雯生活。",
       {"桑晓雯", "邬佳琪"},
       {"前妻桑某某", "婚生女邬某某"}},
      {"原告之孙邬子墨暂住老宅，原告儿媳滕丽君照料其起居。",
       {"邬子墨", "滕丽君"},
       {"之孙邬某某", "儿媳滕某某"}},
  };
  for (const RelativeCase& c : cases) {
    const std::string out = Publish(FamilyCaseWith(c.facts));
    for (std::string_view name : c.gone)
      EXPECT_EQ(out.find(name), std::string::npos) << name << "\n" << out;
    for (std::string_view part : c.present)
      EXPECT_NE(out.find(part), std::string::npos) << part << "\n" << out;
    // The parties' lawyers, the bench and the words stay.
    ExpectAllIn(out, {"审判员　蔡文彬", "书记员　鲁婉清", "老宅东侧两间"});
  }
}

TEST(People, AdultDefendantSpouseInCriminalCaseKept) {
  // Outside family cases a relative keeps the name unless a victim word
  // ties him or her to the victim: the defendant's wife and son are
  // nobody the rules protect.
  const std::string out = Publish(
      "江苏省南京市秦淮区人民法院\n刑事判决书\n（2024）苏0104刑初77号\n"
      "公诉机关南京市秦淮区人民检察院。\n"
      "被告人：严大伟，男，1980年1月1日出生，汉族，无业。\n"
      "经审理查明，被告人严大伟在超市窃得白酒两瓶。案发后，严大伟的邻居"
      "多次劝说，其妻柯玉珍代为退赔全部损失，其配偶柯玉珍与长子严晓东均"
      "出具了保证书。\n"
      "判决如下：\n被告人严大伟犯盗窃罪，判处拘役三个月。\n"
      "审判员　陆明\n二〇二四年五月六日\n书记员　程丽\n");
  ExpectAllIn(out, {"其妻柯玉珍代为退赔", "配偶柯玉珍与长子严晓东",
                    "被告人严大伟犯盗窃罪"});
}

// Issue 21, finding 7: a victim named in one clause only
// (被害人X陈述…) was published. Twenty invented names, one document each.
TEST(People, VictimNamedInOneClauseIsAnonymized) {
  const char* const names[] = {
      "钟立群", "袁志斌", "蒲晓菲", "詹国梁",   "霍思远", "牛翠兰", "甘德福",
      "翁海波", "骆春生", "柴玉珍", "司马长风", "饶小雨", "欧兰英", "车建业",
      "宁静怡", "尤文",   "卜凤霞", "鲍国华",   "滕子昂", "邬美琴"};
  for (const char* name : names) {
    const std::string out = Publish(
        "江苏省南京市秦淮区人民法院\n刑事判决书\n（2024）苏0104刑初78号\n"
        "公诉机关南京市秦淮区人民检察院。\n"
        "被告人：严大伟，男，1980年1月1日出生，汉族，无业。\n"
        "经审理查明，被告人严大伟在地铁站窃走一只挎包。被害人" +
        std::string(name) +
        "陈述其挎包内有现金八百元。\n"
        "判决如下：\n被告人严大伟犯盗窃罪，判处拘役三个月。\n"
        "审判员　陆明\n二〇二四年五月六日\n书记员　程丽\n");
    EXPECT_EQ(out.find(name), std::string::npos) << name << "\n" << out;
    EXPECT_NE(out.find("某陈述其挎包内"), std::string::npos) << out;
  }
}

// Issue 21, finding 8: in an inheritance case the persons through whom the
// anonymized heirs would be recognized were published — the decedent, a
// daughter acting as agent among her anonymized siblings, a given name
// used alone, and a home address cut in the party block but whole in the
// holding.
TEST(People, FamilyCaseCannotBeUndoneThroughRelatives) {
  const std::string out = Publish(
      "安徽省合肥市蜀山区人民法院\n民事判决书\n（2025）皖0104民初2291号\n"
      "原告：聂秀芬，女，1951年4月3日出生，汉族，住安徽省合肥市蜀山区"
      "潜山路41号2栋305室。\n"
      "委托诉讼代理人：俞晓岚，女，1976年7月8日出生，汉族，住安徽省合肥市"
      "包河区，系原告之女。\n"
      "被告：俞晓松，男，1973年2月1日出生，汉族，住安徽省合肥市庐阳区。\n"
      "被告：俞晓杉，男，1979年9月9日出生，汉族，住安徽省合肥市瑶海区。\n"
      "原告聂秀芬与被告俞晓松、俞晓杉法定继承纠纷一案，本院于2025年2月"
      "10日立案后，依法适用简易程序公开开庭进行了审理。\n"
      "经审理查明，被继承人俞德山于2024年10月病故，生前与原告育有三名"
      "子女，即俞晓松、俞晓岚、俞晓杉。晓松对此不予认可，晓杉表示同意。\n"
      "判决如下：\n位于潜山路41号2栋305室的房屋由原告聂秀芬继承。\n"
      "审判员　汪志刚\n二〇二五年五月二十日\n书记员　阮雪\n");
  ExpectNoneIn(out, {"俞德山", "俞晓岚", "俞晓松", "俞晓杉", "聂秀芬",
                     "晓松对此", "晓杉表示", "潜山路41号"});
  ExpectAllIn(out, {"被继承人俞某某", "审判员　汪志刚", "书记员　阮雪"});
}

TEST(CaseFamilies, VersionsChangeOnlyWhenTheFamilyChanges) {
  CaseFamilies families;
  const auto a = families.Lookup({"(2023)京0105刑初123号"});
  EXPECT_EQ(a.version, 0u);
  families.Commit({"(2023)京0105刑初123号"}, {{"王丽华", "王某某", "victim"}});
  EXPECT_FALSE(families.IsCurrent({"(2023)京0105刑初123号"}, a.version));
  EXPECT_TRUE(families.IsCurrent({"(2023)京0105民初1号"}, 0));
  // An appeal citing the first instance joins the family.
  families.Commit({"(2023)京03刑终7号", "(2023)京0105刑初123号"}, {});
  const auto b = families.Lookup({"(2023)京03刑终7号"});
  ASSERT_EQ(b.people.size(), 1u);
  EXPECT_EQ(b.people[0].pseudonym, "王某某");
  EXPECT_EQ(families.family_count(), 1u);
}

TEST(CaseFamilies, MemoryIsBounded) {
  CaseFamilies families(3);
  for (int i = 0; i < 10; ++i)
    families.Commit({"case" + std::to_string(i)},
                    {{"王丽华", "王某某", "victim"}});
  EXPECT_EQ(families.family_count(), 3u);
  EXPECT_TRUE(families.Lookup({"case0"}).people.empty());
  EXPECT_EQ(families.Lookup({"case9"}).people.size(), 1u);
}

TEST(CaseFamilies, ACaseWithNobodyAnonymizedIsNotRemembered) {
  CaseFamilies families;
  families.Commit({"(2023)京0105民初1号"}, {});
  EXPECT_EQ(families.family_count(), 0u);
  EXPECT_TRUE(families.IsCurrent({"(2023)京0105民初1号"}, 0));
  // Once someone in it is anonymized, the family is kept, and a later
  // document with nobody of its own still joins it.
  families.Commit({"(2023)京0105民初1号"}, {{"王丽华", "王某某", "party"}});
  families.Commit({"(2023)京01民终9号", "(2023)京0105民初1号"}, {});
  EXPECT_EQ(families.family_count(), 1u);
  EXPECT_EQ(families.Lookup({"(2023)京01民终9号"}).people.size(), 1u);
}

}  // namespace
}  // namespace wenshu
