#include "pipeline/publish_naming.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redactors/policy.h"

namespace wenshu {
namespace {

struct TitleCase {
  const char* name;
  const char* text;
  std::vector<std::string> first, other;
};

// Invented participant paragraphs: with and without line breaks, earlier
// roles in brackets, pseudonyms, a criminal defendant, agents left out, and
// the procedure sentence that ends the block.
TEST(PublishNaming, TitlePartiesComeFromTheParticipantParagraphs) {
  const TitleCase cases[] = {
      {"lines",
       "某某区人民法院\n民事判决书\n原告：柏青禾，女，1990年出生。\n"
       "被告：杭城木作有限公司，住所地某市。\n委托诉讼代理人：芮知远，律师。\n"
       "原告柏青禾与被告杭城木作有限公司承揽合同纠纷一案，本院受理。\n",
       {"柏青禾"}, {"杭城木作有限公司"}},
      {"no line breaks and earlier roles",
       "某某中级人民法院 民 事 判 决 书 上诉人（原审被告）：龚某，男。 "
       "被上诉人（原审原告）：闻溪，女。 上诉人龚某因与被上诉人闻溪借款纠纷一案",
       {"龚某"}, {"闻溪"}},
      {"criminal defendants stand first",
       "公诉机关某某区人民检察院。\n被告人：满庭芳，男。\n被告人：栾小川，男。\n"
       "某某区人民检察院以某检刑诉号起诉书指控被告人满庭芳犯盗窃罪",
       {"满庭芳", "栾小川"}, {}},
      {"a sentence without 一案 still ends the block",
       "原告：鄢秋实，男。\n被告：某市某局。\n原告鄢秋实不服被告某市某局作出的决定，"
       "向本院提起诉讼。\n被告辩称，原告所述不实。\n",
       {"鄢秋实"}, {"某市某局"}},
  };
  const Policy& policy = Policy::NationalDefault();
  for (const TitleCase& c : cases) {
    TitleParts parts;
    AddTitleParties(c.text, policy.party_block(), &parts);
    EXPECT_EQ(parts.first_side, c.first) << c.name;
    EXPECT_EQ(parts.other_side, c.other) << c.name;
  }
}

TEST(PublishNaming, SegmentsKeepHanLettersAndDigitsOnly) {
  EXPECT_EQ(Segment("北京市朝阳区人民法院"), "北京市朝阳区人民法院");
  EXPECT_EQ(Segment("婚姻家庭、继承纠纷"), "婚姻家庭-继承纠纷");
  EXPECT_EQ(Segment(" (test) court/../x "), "test-court-x");
  EXPECT_EQ(Segment("、、"), "未知");
  EXPECT_EQ(Segment(""), "未知");
}

TEST(PublishNaming, HeldReasonsGroupByTheirFirstWords) {
  EXPECT_EQ(ReasonGroup("line 33: malformed JSON: expected 'r'"),
            "malformed JSON");
  EXPECT_EQ(ReasonGroup("verify: residual id_number (rule id15) at byte 331"),
            "verify");
  EXPECT_EQ(ReasonGroup("in/a/b.docx: document is 52.1 MB, over the budget"),
            "document is #.# MB");
  EXPECT_EQ(ReasonGroup("text contains a NUL character at byte 24"),
            "text contains a NUL character at byte #");
  EXPECT_EQ(ReasonGroup(""), "unknown");
}

}  // namespace
}  // namespace wenshu
