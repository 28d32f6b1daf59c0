// PartyBlock: the participant paragraphs of a judgment (当事人信息), parsed.
//
// Each paragraph opens with a role label (原告, 上诉人（原审被告）, 被告人,
// 法定代理人, 委托诉讼代理人 ...) and names one participant, natural person or
// organisation, with what the paragraph says about them: sex, birth date,
// ethnicity, nationality, the relation of an agent to a party (系原告之子),
// whether a representative is a lawyer, and aliases (曾用名, 绰号, 外号, 小名,
// 以下简称). Works on normalized text (ASCII brackets, commas and colons),
// with or without line breaks between paragraphs. The words it reads by
// (role labels and their kinds, ethnicities, organisation endings, alias
// cues, lawyer words) are data: a PartyBlockPolicy, from the policy file's
// "party_block" section, read by a PartyBlockParser built once per policy
// (immutable; thread-safe). Returned participants hold byte ranges into the
// text, no views.
#ifndef WENSHU_REDACTORS_PARTY_BLOCK_H_
#define WENSHU_REDACTORS_PARTY_BLOCK_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/chinese_date.h"
#include "core/span.h"

namespace wenshu {

enum class RoleKind {
  kParty,           // 原告, 被告, 上诉人, 申请人, 第三人 ...
  kDefendant,       // 被告人 (criminal)
  kVictim,          // 被害人
  kCivilPlaintiff,  // 附带民事诉讼原告人
  kWitness,         // 证人
  kAppraiser,       // 鉴定人
  kStatutoryRepresentative,  // 法定代理人
  kAgent,                    // 委托诉讼代理人, 辩护人 ...
  kLegalRepresentative,      // 法定代表人, 负责人
  kProsecution,              // 公诉机关 ...
};
inline constexpr int kRoleKindCount = 10;

struct RoleLabel {
  std::string label;  // 原告, 被告人, 委托诉讼代理人 ...
  RoleKind kind;
};

// The words the parser reads a paragraph by. Built and validated by
// Policy::FromJson (redactors/policy.h): labels are non-empty, distinct and
// sorted longest first, so that 被告人 wins over 被告.
struct PartyBlockPolicy {
  // A paragraph opens with one of these at a paragraph start.
  std::vector<RoleLabel> role_labels;
  // The first of these in a paragraph is the participant's ethnicity.
  std::vector<std::string> ethnicities;
  // A name without sex or birth date ending in one of these is an
  // organisation's (公司, 委员会, 合作社 ...).
  std::vector<std::string> organisation_endings;
  // A paragraph without sex holding one of these (住所地, 信用代码) names an
  // organisation when the name is long enough.
  std::vector<std::string> organisation_cues;
  // A name right after one of these is an alias (曾用名, 绰号, 以下简称).
  std::vector<std::string> alias_cues;
  // A paragraph holding one of these is a lawyer's or legal worker's
  // (律师, 法律服务所).
  std::vector<std::string> lawyer_words;

  // The kind of a role label, or nullopt when `label` is not one.
  std::optional<RoleKind> KindOf(std::string_view label) const;
};

struct Participant {
  std::string role;           // the label as written, e.g. "上诉人"
  std::string original_role;  // in brackets after it, e.g. "原审原告"
  RoleKind kind = RoleKind::kParty;
  ByteRange paragraph;  // the whole paragraph
  ByteRange name;       // the participant's name
  bool organisation = false;
  bool lawyer = false;  // a lawyer or legal worker (律师事务所, 法律服务所)
  std::string sex;  // "男", "女" or empty
  std::optional<Date> birth_date;
  std::string ethnicity;  // "汉族", "维吾尔族" ... or empty
  bool foreign = false;   // a nationality other than China
  std::string relation;   // "原告之子" from 系原告之子
  int represents = -1;    // for representatives: index of the party
  std::vector<ByteRange> aliases;
};

// A paragraph of the party block: where it opens and with which label.
struct ParagraphOpening {
  size_t at;
  const RoleLabel* label;  // one of the policy's
};

// Every paragraph start in text[zone.begin, zone.end) (zone.begin, and
// every place right after a line break, a space, a tab, 。, ; or the
// ideographic space) where a role label of `words` begins, the first of
// them in the policy's order, in text order; none inside the label before
// it. Found from the separators, not by stepping every character.
std::vector<ParagraphOpening> ParagraphOpenings(std::string_view text,
                                                ByteRange zone,
                                                const PartyBlockPolicy& words);

// The participant paragraphs read with the words of one policy. The words
// a paragraph is read for (ethnicities, lawyer words, organisation cues,
// alias cues, and the cues of sex, birth and nationality) are found in one
// pass over the paragraph, not by a search per word. Built once per
// policy; immutable and thread-safe.
class PartyBlockParser {
 public:
  explicit PartyBlockParser(PartyBlockPolicy words);
  ~PartyBlockParser();
  PartyBlockParser(PartyBlockParser&&) noexcept;

  // Parses the participant paragraphs in text[zone.begin, zone.end).
  std::vector<Participant> Parse(std::string_view text, ByteRange zone) const;

 private:
  struct ParagraphWords;
  PartyBlockPolicy words_;
  std::unique_ptr<const ParagraphWords> paragraph_words_;
};

// The same as PartyBlockParser(words).Parse(text, zone): for one text; a
// caller parsing many holds a parser.
std::vector<Participant> ParsePartyBlock(std::string_view text, ByteRange zone,
                                         const PartyBlockPolicy& words);

// The policy's names of the kinds: party, defendant, victim,
// civil_plaintiff, witness, appraiser, statutory_representative, agent,
// legal_representative, prosecution.
std::string_view RoleKindName(RoleKind kind);
std::optional<RoleKind> RoleKindFromName(std::string_view name);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PARTY_BLOCK_H_
