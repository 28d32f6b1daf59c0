#include "redactors/case_terms.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "core/case_number.h"
#include "core/json.h"
#include "core/normalized_text.h"
#include "redactors/detector.h"

namespace wenshu {


namespace {

constexpr std::string_view kRule = "case_term";
constexpr std::string_view kReason = "listed for this case";

// The length of the whitespace character at text[i], or 0. Besides ASCII
// whitespace, the spaces and line breaks NFKC leaves alone (U+0085, U+1680,
// U+2028, U+2029) and those it folds to a space, for text not normalized.
size_t WhitespaceAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
      c == '\f') {
    return 1;
  }
  if (c < 0xC2 || c > 0xE3) return 0;
  auto byte = [&](size_t k) -> unsigned {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
  };
  if (c == 0xC2) return byte(1) == 0x85 || byte(1) == 0xA0 ? 2 : 0;
  if (c == 0xE1) return byte(1) == 0x9A && byte(2) == 0x80 ? 3 : 0;
  if (c == 0xE2 && byte(1) == 0x80) {
    const unsigned b = byte(2);
    return (b >= 0x80 && b <= 0x8A) || b == 0xA8 || b == 0xA9 || b == 0xAF ? 3
                                                                           : 0;
  }
  if (c == 0xE2) return byte(1) == 0x81 && byte(2) == 0x9F ? 3 : 0;
  if (c == 0xE3) return byte(1) == 0x80 && byte(2) == 0x80 ? 3 : 0;
  return 0;
}

char FoldAscii(char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

// A text without its whitespace, ASCII lower-cased, with the way back: each
// run of bytes copied unchanged starts at run_squeezed[k] here and at
// run_source[k] in the source.
struct Squeezed {
  std::string text;
  std::vector<size_t> run_squeezed;
  std::vector<size_t> run_source;

  size_t ToSource(size_t pos) const {
    const size_t k =
        std::upper_bound(run_squeezed.begin(), run_squeezed.end(), pos) -
        run_squeezed.begin() - 1;
    return run_source[k] + (pos - run_squeezed[k]);
  }
};

Squeezed Squeeze(std::string_view source) {
  Squeezed out;
  out.text.reserve(source.size());
  bool in_run = false;
  for (size_t i = 0; i < source.size();) {
    if (const size_t ws = WhitespaceAt(source, i); ws > 0) {
      in_run = false;
      i += ws;
      continue;
    }
    if (!in_run) {
      out.run_squeezed.push_back(out.text.size());
      out.run_source.push_back(i);
      in_run = true;
    }
    out.text.push_back(FoldAscii(source[i]));
    ++i;
  }
  return out;
}

}  // namespace

Result<CaseTerms> CaseTerms::Compile(const std::vector<std::string>& terms,
                                     std::string_view source) {
  CaseTerms out;
  std::unordered_set<std::string> seen;
  for (size_t i = 0; i < terms.size(); ++i) {
    const std::string name =
        std::string(source) + "[" + std::to_string(i) + "]";
    Result<NormalizedText> normalized = NormalizedText::Normalize(terms[i]);
    if (!normalized.ok()) {
      const Status& s = normalized.status();
      return s.code() == StatusCode::kInvalidInput
                 ? Status::InvalidInput(name + ": " + s.message())
                 : Status::Internal(name + ": " + s.message());
    }
    std::string pattern = Squeeze(normalized.value().text()).text;
    if (pattern.empty())
      return Status::InvalidInput(name + " is empty or only whitespace");
    if (!seen.insert(pattern).second) continue;
    out.patterns_.push_back(std::move(pattern));
  }
  out.automaton_ = std::make_shared<const LiteralAutomaton>(out.patterns_);
  return out;
}

void CaseTerms::Add(const CaseTerms& other) {
  if (other.patterns_.empty()) return;
  std::unordered_set<std::string_view> known(patterns_.begin(),
                                             patterns_.end());
  std::vector<std::string> added;
  for (const std::string& p : other.patterns_) {
    if (known.insert(p).second) added.push_back(p);
  }
  if (added.empty()) return;
  for (std::string& p : added) patterns_.push_back(std::move(p));
  automaton_ = std::make_shared<const LiteralAutomaton>(patterns_);
}

Status CaseTerms::Find(const Document& doc, ScanContext& scan,
                       SpanSink& sink) const {
  if (patterns_.empty()) return Status::Ok();
  const std::string_view normalized_text = doc.text;
  const Squeezed squeezed = Squeeze(normalized_text);
  // One pass for every term: each end of an occurrence with the longest
  // term ending there. Ends come in order, so a new occurrence can only
  // swallow the ranges before it.
  std::vector<ByteRange> ranges;
  automaton_->ForEachEnd(squeezed.text, [&](size_t end, size_t length) {
    ByteRange r{squeezed.ToSource(end - length),
                squeezed.ToSource(end - 1) + 1};
    while (!ranges.empty() && r.begin <= ranges.back().end) {
      r.begin = std::min(r.begin, ranges.back().begin);
      r.end = std::max(r.end, ranges.back().end);
      ranges.pop_back();
    }
    ranges.push_back(r);
    return true;
  });
  // A masked line break or tab would join lines: cut the span there.
  for (const ByteRange& r : ranges) {
    size_t piece = r.begin;
    auto emit = [&](size_t end) {
      Span s;
      s.begin = piece;
      s.end = end;
      s.category = Category::kCaseSpecific;
      s.rule = kRule;
      s.reason = kReason;
      sink.Add(s);
    };
    for (size_t i = r.begin; i < r.end;) {
      size_t ws = WhitespaceAt(normalized_text, i);
      if (ws == 0) {
        ++i;
        continue;
      }
      const size_t run_begin = i;
      bool breaks = false;
      while (i < r.end && (ws = WhitespaceAt(normalized_text, i)) > 0) {
        if (normalized_text[i] != ' ') breaks = true;
        i += ws;
      }
      if (breaks) {
        emit(run_begin);
        piece = i;
      }
    }
    emit(r.end);
  }
  // A listed term must go, and a kept name must stay whole (the people
  // source's inviolable spans, already in the sink): where both hold for
  // one character, a person has to decide.
  std::vector<ByteRange> kept, listed;
  for (const Span& s : sink.spans()) {
    if (s.category == Category::kProtected && s.inviolable)
      kept.push_back({s.begin, s.end});
    if (s.category == Category::kCaseSpecific)
      listed.push_back({s.begin, s.end});
  }
  kept = MergeRanges(std::move(kept));
  for (const ByteRange& t : listed) {
    auto next = std::lower_bound(
        kept.begin(), kept.end(), t.end,
        [](const ByteRange& k, size_t at) { return k.begin < at; });
    if (next != kept.begin() && std::prev(next)->end > t.begin) {
      return Status::InvalidInput(
          "a term listed for the case reaches into a name kept under rules "
          "Art. 11; review which is right");
    }
  }
  return Status::Ok();
}

size_t CaseTerms::FindFirst(std::string_view normalized_text) const {
  if (patterns_.empty()) return std::string_view::npos;
  const Squeezed squeezed = Squeeze(normalized_text);
  size_t first = std::string_view::npos;
  const size_t longest = automaton_->longest_literal();
  automaton_->ForEachEnd(squeezed.text, [&](size_t end, size_t length) {
    first = std::min(first, end - length);
    // No later occurrence can begin before this one.
    return end < first + longest;
  });
  return first == std::string_view::npos ? first : squeezed.ToSource(first);
}

void CarveCaseTermsOutOfProtected(std::vector<Span>* spans) {
  std::vector<ByteRange> listed;
  for (const Span& s : *spans) {
    if (s.category == Category::kCaseSpecific)
      listed.push_back({s.begin, s.end});
  }
  if (listed.empty()) return;
  std::sort(
      listed.begin(), listed.end(),
      [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  std::vector<Span> out;
  out.reserve(spans->size());
  for (const Span& s : *spans) {
    // A kept name (inviolable) is never carved: CaseTerms::Find holds
    // the document instead.
    if (s.category != Category::kProtected || s.inviolable) {
      out.push_back(s);
      continue;
    }
    auto c = std::lower_bound(
        listed.begin(), listed.end(), s.begin,
        [](const ByteRange& r, size_t at) { return r.begin < at; });
    size_t from = s.begin;
    bool carved = false;
    for (; c != listed.end() && c->begin < s.end; ++c) {
      if (c->end > s.end) continue;  // not inside: the pass keeps it anyway
      carved = true;
      if (c->begin > from) {
        Span part = s;
        part.begin = from;
        part.end = c->begin;
        out.push_back(part);
      }
      from = std::max(from, c->end);
    }
    if (!carved) {
      out.push_back(s);
    } else if (from < s.end) {
      Span part = s;
      part.begin = from;
      out.push_back(part);
    }
  }
  *spans = std::move(out);
}

std::optional<std::string> CaseTermsBook::Key(std::string_view case_number) {
  Result<NormalizedText> normalized = NormalizedText::Normalize(case_number);
  if (!normalized.ok()) return std::nullopt;
  std::string_view text = normalized.value().text();
  while (!text.empty() && WhitespaceAt(text, 0) == 1) text.remove_prefix(1);
  while (!text.empty() && WhitespaceAt(text, text.size() - 1) == 1)
    text.remove_suffix(1);
  std::optional<CaseNumber> parsed = ParseCaseNumber(text);
  if (!parsed) return std::nullopt;
  return parsed->text;
}

Result<CaseTermsBook> CaseTermsBook::Parse(std::string_view json) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (json.substr(0, kBom.size()) == kBom) json.remove_prefix(kBom.size());
  Result<JsonObject> parsed = JsonObject::Parse(json);
  if (!parsed.ok()) return parsed.status();
  const JsonObject& object = parsed.value();
  CaseTermsBook book;
  for (const std::string& key : object.Keys()) {
    std::optional<std::string> case_key = Key(key);
    if (!case_key) {
      return Status::InvalidInput(
          "key \"" + key +
          "\" is not a case number (write it as the judgment does, e.g. "
          "（2023）京0105民初123号)");
    }
    Result<std::vector<std::string>> terms = object.GetStringArray(key);
    if (!terms.ok()) return terms.status();
    Result<CaseTerms> compiled =
        CaseTerms::Compile(terms.value(), "\"" + key + "\"");
    if (!compiled.ok()) return compiled.status();
    book.by_case_[*case_key].Add(compiled.value());
  }
  return book;
}

const CaseTerms* CaseTermsBook::For(std::string_view key) const {
  auto it = by_case_.find(std::string(key));
  return it == by_case_.end() || it->second.empty() ? nullptr : &it->second;
}

}  // namespace wenshu
