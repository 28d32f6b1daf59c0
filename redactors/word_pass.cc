#include "redactors/word_pass.h"

#include <algorithm>
#include <string>

namespace wenshu {
namespace {

bool HasAsciiLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

}  // namespace

WordPass::WordPass(std::vector<const LiteralAutomaton*> members) {
  for (const LiteralAutomaton* m : members) {
    if (m == nullptr || m->empty()) continue;
    if (std::find(members_.begin(), members_.end(), m) != members_.end())
      continue;
    members_.push_back(m);
  }
  if (members_.empty()) return;
  const bool fold = std::any_of(
      members_.begin(), members_.end(), [](const LiteralAutomaton* m) {
        return m->ascii_case() == AsciiCase::kFold;
      });
  std::vector<std::string_view> literals;
  for (size_t m = 0; m < members_.size(); ++m) {
    const std::vector<std::string>& own = members_[m]->literals();
    const bool exact = fold && members_[m]->ascii_case() == AsciiCase::kExact;
    for (size_t k = 0; k < own.size(); ++k) {
      literals.push_back(own[k]);
      origins_.push_back({static_cast<uint32_t>(m), static_cast<uint32_t>(k),
                          exact && HasAsciiLetter(own[k])});
    }
  }
  joint_.emplace(literals, fold ? AsciiCase::kFold : AsciiCase::kExact);
}

size_t WordPass::MemberOf(const LiteralAutomaton& words) const {
  const auto it = std::find(members_.begin(), members_.end(), &words);
  return it == members_.end() ? std::string_view::npos
                              : static_cast<size_t>(it - members_.begin());
}

std::vector<std::vector<WordHit>> WordPass::Run(std::string_view text) const {
  std::vector<std::vector<WordHit>> out(members_.size());
  if (!joint_) return out;
  // Room for a judgment's usual hits (its role words stand every few
  // hundred bytes), instead of each list grown from one (a huge text's
  // grow past it as they fill).
  const size_t usual = std::min<size_t>(text.size() / 256 + 8, 1024);
  for (std::vector<WordHit>& hits : out) hits.reserve(usual);
  joint_->ForEachMatch(text, [&](size_t begin, size_t index) {
    const Origin& o = origins_[index];
    if (o.exact_letters) {
      const std::string& literal = members_[o.member]->literals()[o.word];
      if (text.compare(begin, literal.size(), literal) != 0) return;
    }
    out[o.member].push_back({begin, o.word});
  });
  for (std::vector<WordHit>& hits : out) std::sort(hits.begin(), hits.end());
  return out;
}

}  // namespace wenshu
