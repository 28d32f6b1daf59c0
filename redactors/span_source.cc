#include "redactors/span_source.h"

#include <utility>

namespace wenshu {

const std::vector<DigitChain>& ScanContext::digit_chains() const {
  if (!digit_chains_) digit_chains_.emplace(text_);
  return digit_chains_->chains();
}

Status ScanContext::MatchedPatterns(const RegexSet& set,
                                    const std::vector<int>** matched) {
  for (const auto& [owner, found] : matched_) {
    if (owner == &set) {
      *matched = &found;
      return Status::Ok();
    }
  }
  std::vector<int> found;
  if (Status s = set.Match(text_, &found); !s.ok()) return s;
  *matched = &matched_.emplace_back(&set, std::move(found)).second;
  return Status::Ok();
}

const std::vector<PersonRecord>& ScanContext::anonymized() const {
  static const std::vector<PersonRecord> kNone;
  return anonymized_ != nullptr ? *anonymized_ : kNone;
}

const std::vector<std::string>& ScanContext::kept_names() const {
  static const std::vector<std::string> kNone;
  return kept_names_ != nullptr ? *kept_names_ : kNone;
}

const std::vector<IdentifierValue>& ScanContext::identifier_values() const {
  static const std::vector<IdentifierValue> kNone;
  return identifier_values_ != nullptr ? *identifier_values_ : kNone;
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
