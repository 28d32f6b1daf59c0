// Person mentions: the people stage's last step — every mention of every
// anonymized person as a span with its pseudonym, and the verify pass's
// check that none survived.
//
// A person is mentioned by the full name, a declared alias (a Latin alias
// gets its own Latin pseudonym: Peter Schmidt → P.) and, before the tail, a
// two-character given name standing alone (国庆 for 李国庆): when it is part
// of no longer word of the lexicon (国庆节) and a cue of the policy stands
// on one side (叫国庆, 国庆对此不予认可) and a cue or punctuation on the
// other — for a given name that is a word itself (国庆, 文明) the cue after
// it is needed. It takes the person's pseudonym; one shared by two
// anonymized persons becomes the masked given name (某某), one a kept person
// shares stays. A one-character given name alone (明 for 张明) is too
// ambiguous to replace and stays. A name split
// by a line break or spaces keeps the break in its pseudonym (张\n小明 →
// 张\n某某). Names are matched longest first, so that a kept 张三丰 shields
// the 张三 inside it. A mention is left alone when it opens an
// organisation's name (张三丰科技有限公司, the policy's
// organisation_suffixes; a bare suffix needs a word of two characters
// before it that is no verb: 王芳有公司钥匙 is a mention), follows a bench
// title in the tail (审判员　王丽), or is a court's pseudonym keeping part of a
// given name (马元 in 马元某). Every mention of a kept name, and the name after
// a bench title in the tail, is reported too, as an inviolable kProtected span
// (rules Art. 11): the redaction pass lets no other span touch any character of
// it. Stateless and thread-safe.
#ifndef WENSHU_REDACTORS_PERSON_MENTIONS_H_
#define WENSHU_REDACTORS_PERSON_MENTIONS_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "redactors/policy.h"
#include "redactors/pseudonyms.h"

namespace wenshu {

// Stores a replacement text for as long as the spans are used and returns
// a view of it (SpanSink::Keep).
using KeepText = std::function<std::string_view(std::string)>;

// Spans of category kPersonName, by position, for the persons of
// `assigned` in `text` (normalized); `tail_begin` is where the signatures
// start. `kept` are the natural persons keeping their names: their mentions
// and the bench's names in the tail come as inviolable kProtected spans,
// among the others by position. Every `replacement` views a string stored
// through `keep`.
std::vector<Span> FindPersonMentions(std::string_view text, size_t tail_begin,
                                     const PseudonymAssignment& assigned,
                                     const std::vector<std::string>& kept,
                                     const PeoplePolicy& policy,
                                     const KeepText& keep);

// Mentions of `people` (normalized full names) that FindPersonMentions would
// still replace in `text`: returns the byte offset of the first one, or
// npos.
size_t FindResidualMention(std::string_view text,
                           const std::vector<PersonRecord>& people,
                           const std::vector<std::string>& kept,
                           const PeoplePolicy& policy);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PERSON_MENTIONS_H_
