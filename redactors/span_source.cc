#include "redactors/span_source.h"

#include <algorithm>
#include <utility>

namespace wenshu {

const std::vector<DigitChain>& ScanContext::digit_chains() const {
  if (!digit_chains_) digit_chains_.emplace(text_);
  return digit_chains_->chains();
}

const std::vector<ScanContext::WordHit>& ScanContext::WordHits(
    const LiteralAutomaton& words) {
  for (const auto& [owner, hits] : hits_) {
    if (owner == &words) return hits;
  }
  if (word_pass_ != nullptr &&
      word_pass_->MemberOf(words) != std::string_view::npos) {
    std::vector<std::vector<WordHit>> all = word_pass_->Run(text_);
    const std::vector<WordHit>* mine = nullptr;
    for (size_t m = 0; m < all.size(); ++m) {
      const LiteralAutomaton* member = word_pass_->members()[m];
      const bool known =
          std::any_of(hits_.begin(), hits_.end(),
                      [&](const auto& entry) { return entry.first == member; });
      if (known) continue;
      hits_.emplace_back(member, std::move(all[m]));
      if (member == &words) mine = &hits_.back().second;
    }
    word_pass_ = nullptr;  // run once
    return *mine;
  }
  std::vector<WordHit> hits;
  // A judgment's usual hits at once (a huge text's grow past them).
  hits.reserve(std::min<size_t>(text_.size() / 512, 512));
  words.ForEachMatch(text_, [&](size_t begin, size_t index) {
    hits.push_back({begin, index});
  });
  std::sort(hits.begin(), hits.end());
  return hits_.emplace_back(&words, std::move(hits)).second;
}

const std::vector<PersonRecord>& ScanContext::anonymized() const {
  static const std::vector<PersonRecord> kNone;
  return anonymized_ != nullptr ? *anonymized_ : kNone;
}

const std::vector<std::string>& ScanContext::kept_names() const {
  static const std::vector<std::string> kNone;
  return kept_names_ != nullptr ? *kept_names_ : kNone;
}

Result<std::vector<Span>> FindSpansAlone(const SpanSource& source,
                                         const Document& doc,
                                         Strictness strictness) {
  ScanContext scan(doc.text, strictness);
  SpanSink sink;
  if (Status s = source.Find(doc, scan, sink); !s.ok()) return s;
  return std::move(sink.mutable_spans());
}

}  // namespace wenshu
