// PartyBlock: the participant paragraphs of a judgment (当事人信息), parsed.
//
// Each paragraph opens with a role label (原告, 上诉人（原审被告）, 被告人,
// 法定代理人, 委托诉讼代理人 ...) and names one participant, natural person or
// organisation, with what the paragraph says about them: sex, birth date,
// ethnicity, nationality, the relation of an agent to a party (系原告之子),
// whether a representative is a lawyer, and aliases (曾用名, 绰号, 外号, 小名,
// 以下简称). Works on normalized text (ASCII brackets, commas and colons),
// with or without line breaks between paragraphs. Stateless; thread-safe.
#ifndef WENSHU_REDACTORS_PARTY_BLOCK_H_
#define WENSHU_REDACTORS_PARTY_BLOCK_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/chinese_date.h"
#include "core/span.h"

namespace wenshu {

enum class RoleKind {
  kParty,                  // 原告, 被告, 上诉人, 申请人, 第三人 ...
  kDefendant,              // 被告人 (criminal)
  kVictim,                 // 被害人
  kCivilPlaintiff,         // 附带民事诉讼原告人
  kWitness,                // 证人
  kAppraiser,              // 鉴定人
  kStatutoryRepresentative,  // 法定代理人
  kAgent,                  // 委托诉讼代理人, 辩护人 ...
  kLegalRepresentative,    // 法定代表人, 负责人
  kProsecution,            // 公诉机关 ...
};

struct Participant {
  std::string role;           // the label as written, e.g. "上诉人"
  std::string original_role;  // in brackets after it, e.g. "原审原告"
  RoleKind kind = RoleKind::kParty;
  ByteRange paragraph;  // the whole paragraph
  ByteRange name;       // the participant's name
  bool organisation = false;
  bool lawyer = false;  // a lawyer or legal worker (律师事务所, 法律服务所)
  std::string sex;      // "男", "女" or empty
  std::optional<Date> birth_date;
  std::string ethnicity;     // "汉族", "维吾尔族" ... or empty
  bool foreign = false;      // a nationality other than China
  std::string relation;      // "原告之子" from 系原告之子
  int represents = -1;       // for representatives: index of the party
  std::vector<ByteRange> aliases;
};

// Parses the participant paragraphs in text[zone.begin, zone.end).
std::vector<Participant> ParsePartyBlock(std::string_view text,
                                         ByteRange zone);

// The kind of a role label, or nullopt when `label` is not one.
std::optional<RoleKind> RoleKindOf(std::string_view label);

// The policy's names of the kinds: party, defendant, victim,
// civil_plaintiff, witness, appraiser, statutory_representative, agent,
// legal_representative.
std::string_view RoleKindName(RoleKind kind);
std::optional<RoleKind> RoleKindFromName(std::string_view name);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PARTY_BLOCK_H_
