#include "redactors/redaction_pass.h"

#include <algorithm>
#include <cstddef>
#include <tuple>

#include "core/covered_bytes.h"
#include "core/utf8.h"
#include "redactors/detector.h"

namespace wenshu {
namespace {

struct Edit {
  ByteRange range;  // normalized offsets
  const Span* span;
  Action action;
  std::string rule;
};

// What a mask leaves in place: separators inside a number, and the line
// breaks a number written across two lines keeps.
bool Separates(char32_t c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '-' ||
         c == 0x00B7 || c == 0x3000 || c == 0xFF0D || c == 0x2014;
}

// True when only 、 (and spaces) stand between two identifiers.
bool ListJoin(std::string_view text, size_t end, size_t begin) {
  if (begin < end) return false;
  std::string_view between = text.substr(end, begin - end);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  return between == "\u3001";
}

// The ranges no edit may touch (Span::inviolable).
class InviolableRanges {
 public:
  explicit InviolableRanges(const std::vector<Span>& spans) {
    ranges_.reserve(spans.size());  // allocated once
    for (const Span& s : spans) {
      if (s.category == Category::kProtected && s.inviolable && s.end > s.begin)
        ranges_.push_back({s.begin, s.end});
    }
    // Sorted and disjoint: one lookup per question.
    ranges_ = MergeRanges(std::move(ranges_));
  }
  // True when [r.begin, r.end) shares a byte with one of the ranges.
  bool Touches(ByteRange r) const {
    auto next = std::lower_bound(
        ranges_.begin(), ranges_.end(), r.end,
        [](const ByteRange& k, size_t at) { return k.begin < at; });
    return next != ranges_.begin() && std::prev(next)->end > r.begin;
  }

 private:
  std::vector<ByteRange> ranges_;
};

// The identifier spans that survive: not inside a protected span, touching
// no inviolable one, and winners of every overlap (longest first, then the
// policy's priority, then the earliest).
std::vector<const Span*> ResolveOverlaps(const std::vector<Span>& spans,
                                         const InviolableRanges& inviolable,
                                         const Policy& policy) {
  std::vector<ByteRange> protected_ranges;
  std::vector<const Span*> candidates;
  const auto protected_count = static_cast<size_t>(std::count_if(
      spans.begin(), spans.end(),
      [](const Span& s) { return s.category == Category::kProtected; }));
  protected_ranges.reserve(protected_count);
  candidates.reserve(spans.size() - protected_count);
  for (const Span& s : spans) {
    if (s.category == Category::kProtected) {
      protected_ranges.push_back({s.begin, s.end});
    } else if (s.end > s.begin && !inviolable.Touches({s.begin, s.end})) {
      // A span reaching into a kept name loses whole: never trimmed.
      candidates.push_back(&s);
    }
  }
  std::sort(
      protected_ranges.begin(), protected_ranges.end(),
      [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  // The furthest end of the protected ranges up to each one (by begin): a
  // span lies inside one when the ranges that begin at or before it reach
  // its end.
  std::vector<size_t> reach;
  reach.reserve(protected_ranges.size());
  for (const ByteRange& p : protected_ranges)
    reach.push_back(reach.empty() ? p.end : std::max(reach.back(), p.end));
  auto inside_protected = [&](const Span& s) {
    const auto after = std::upper_bound(
        protected_ranges.begin(), protected_ranges.end(), s.begin,
        [](size_t begin, const ByteRange& p) { return begin < p.begin; });
    const size_t n = static_cast<size_t>(after - protected_ranges.begin());
    return n > 0 && reach[n - 1] >= s.end;
  };
  std::vector<const Span*> ranked;
  ranked.reserve(candidates.size());
  for (const Span* s : candidates) {
    if (!inside_protected(*s)) ranked.push_back(s);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](const Span* a, const Span* b) {
                     if (a->size() != b->size()) return a->size() > b->size();
                     const int pa = policy.Priority(a->category),
                               pb = policy.Priority(b->category);
                     if (pa != pb) return pa < pb;
                     return a->begin < b->begin;
                   });
  // The bytes the spans accepted so far cover (every candidate is
  // non-empty), over the text up to the furthest end.
  size_t text_end = 0;
  for (const Span* s : ranked) text_end = std::max(text_end, s->end);
  CoveredBytes taken(text_end);
  std::vector<const Span*> accepted;
  accepted.reserve(ranked.size());
  for (const Span* s : ranked) {
    if (taken.Any(s->begin, s->end)) continue;
    taken.Cover(s->begin, s->end);
    accepted.push_back(s);
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const Span* a, const Span* b) { return a->begin < b->begin; });
  return accepted;
}

// Sorts edits and merges those that overlap, or deletions that touch; a
// deletion absorbs whatever it overlaps.
std::vector<Edit> MergeEdits(std::vector<Edit> edits) {
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.range.begin < b.range.begin;
  });
  std::vector<Edit> merged;
  merged.reserve(edits.size());  // at most one each: allocated once
  for (Edit& e : edits) {
    if (!merged.empty()) {
      Edit& last = merged.back();
      const bool overlap = e.range.begin < last.range.end;
      const bool touching_deletions = e.range.begin == last.range.end &&
                                      e.action == Action::kDelete &&
                                      last.action == Action::kDelete;
      if (overlap && last.action != Action::kDelete &&
          e.action != Action::kDelete) {
        continue;  // two masks cannot overlap: the first stands
      }
      if (overlap || touching_deletions) {
        last.range.end = std::max(last.range.end, e.range.end);
        if (last.action != Action::kDelete) {
          last.action = Action::kDelete;
          last.span = e.span;
        }
        last.rule += "+" + e.rule;
        continue;
      }
    }
    merged.push_back(std::move(e));
  }
  return merged;
}

}  // namespace

std::string RedactionPass::Mask(std::string_view slice,
                                const CategoryPolicy& cp) const {
  // Calls f(offset, length, significant) for each character of the slice.
  const auto for_each_char = [&](auto f) {
    for (size_t i = 0; i < slice.size();) {
      const char32_t c = CodePointAt(slice, i);
      const size_t len = c == 0 ? 1 : Utf8Length(c);
      f(i, len, !Separates(c));
      i += len;
    }
  };
  size_t significant = 0;
  for_each_char([&](size_t, size_t, bool s) { significant += s; });
  size_t lead = cp.keep_leading, trail = cp.keep_trailing;
  if (lead + trail >= significant) lead = trail = 0;
  std::string out;
  out.reserve(slice.size() + significant * policy_.mask_character().size());
  size_t copied = 0, k = 0;
  for_each_char([&](size_t offset, size_t len, bool s) {
    if (!s) return;
    if (k >= lead && k < significant - trail) {
      out.append(slice.substr(copied, offset - copied));
      out.append(policy_.mask_character());
      copied = offset + len;
    }
    ++k;
  });
  out.append(slice.substr(copied));
  return out;
}

std::vector<Redaction> RedactionPass::Plan(
    std::string_view original, const NormalizedText& normalized,
    const std::vector<Span>& spans) const {
  const std::string_view text = normalized.text();
  const InviolableRanges inviolable(spans);
  const std::vector<const Span*> accepted =
      ResolveOverlaps(spans, inviolable, policy_);
  std::vector<Edit> edits;
  // Identifiers joined by 、 form a list ("电话13812345678、13912345678"):
  // the list goes as one clause or every item is masked.
  for (size_t first = 0; first < accepted.size();) {
    const Span* head = accepted[first];
    if (head->removable &&
        policy_.For(head->category).action == Action::kDelete) {
      // The detector cut the span so that it can go as it is.
      edits.push_back({{head->begin, head->end},
                       head,
                       Action::kDelete,
                       std::string(head->rule)});
      ++first;
      continue;
    }
    size_t last = first;
    while (last + 1 < accepted.size() &&
           ListJoin(text, accepted[last]->end, accepted[last + 1]->begin)) {
      ++last;
    }
    bool all_delete = true;
    std::string rules;
    for (size_t k = first; k <= last; ++k) {
      all_delete &=
          policy_.For(accepted[k]->category).action == Action::kDelete;
      if (k > first) rules += "+";
      rules += accepted[k]->rule;
    }
    std::optional<ByteRange> clause;
    if (all_delete) {
      clause = clauses_.RemovableRange(
          text, {accepted[first]->begin, accepted[last]->end});
      // A clause reaching a kept name is not removed whole: mask instead.
      if (clause && inviolable.Touches(*clause)) clause.reset();
    }
    if (clause) {
      edits.push_back({*clause, accepted[first], Action::kDelete, rules});
    } else {
      for (size_t k = first; k <= last; ++k) {
        const Span* s = accepted[k];
        const Action action = policy_.For(s->category).action;
        // Deletion would break the sentence: mask instead.
        edits.push_back({{s->begin, s->end},
                         s,
                         action == Action::kDelete ? Action::kMask : action,
                         std::string(s->rule)});
      }
    }
    first = last + 1;
  }
  // A clause deletion may reach over a neighbouring edit: merge them (a
  // deletion absorbs whatever it overlaps or touches), tidy the punctuation
  // the merged deletions leave, and merge again where tidying met the next.
  std::vector<Edit> merged = MergeEdits(std::move(edits));
  for (Edit& e : merged) {
    if (e.action != Action::kDelete) continue;
    const ByteRange tidy = clauses_.Tidy(text, e.range);
    if (!inviolable.Touches(tidy)) e.range = tidy;
  }
  merged = MergeEdits(std::move(merged));

  std::vector<Redaction> out;
  const OffsetMap& map = normalized.offsets();
  for (Edit& e : merged) {
    Redaction r;
    r.begin = map.ToOriginalBegin(e.range.begin);
    r.end = map.ToOriginalEnd(e.range.end);
    if (!out.empty() && r.begin < out.back().end) r.begin = out.back().end;
    if (r.end <= r.begin) continue;
    r.category = e.span->category;
    r.action = e.action;
    r.rule = std::move(e.rule);
    const std::string_view slice = original.substr(r.begin, r.end - r.begin);
    const CategoryPolicy& cp = policy_.For(r.category);
    switch (e.action) {
      case Action::kDelete:
        break;
      case Action::kMask:
        if (e.span->mask_whole) {
          CategoryPolicy whole = cp;
          whole.keep_leading = whole.keep_trailing = 0;
          r.replacement = Mask(slice, whole);
        } else {
          r.replacement = Mask(slice, cp);
        }
        break;
      case Action::kReplace:
        r.replacement = cp.label;
        break;
      case Action::kPseudonym:
        r.replacement = std::string(e.span->replacement);
        break;
    }
    if (r.action != Action::kDelete && r.replacement == slice) continue;
    out.push_back(std::move(r));
  }
  return out;
}

bool Unresolved(const KeptConflict& conflict) {
  if (conflict.category == Category::kPersonName) {
    return conflict.begin <= conflict.kept_begin &&
           conflict.end >= conflict.kept_end;
  }
  // Health status is masked by a cue-driven finder whose phrase may run
  // into a name that follows; the name still wins and the condition's own
  // words were reported apart. Every other category is a value to delete.
  return conflict.category != Category::kHealth;
}

std::vector<KeptConflict> RedactionPass::KeptConflicts(
    const NormalizedText& normalized, const std::vector<Span>& spans) const {
  std::vector<const Span*> kept;
  kept.reserve(spans.size());  // allocated once
  for (const Span& s : spans) {
    if (s.category == Category::kProtected && s.inviolable && s.end > s.begin)
      kept.push_back(&s);
  }
  std::vector<KeptConflict> out;
  if (kept.empty()) return out;
  std::sort(kept.begin(), kept.end(), [](const Span* a, const Span* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end > b->end;
  });
  // The furthest end among kept[0..i]: the walk back below stops where no
  // earlier name can reach the span.
  std::vector<size_t> reach(kept.size());
  for (size_t i = 0; i < kept.size(); ++i)
    reach[i] = std::max(kept[i]->end, i > 0 ? reach[i - 1] : 0);
  const OffsetMap& map = normalized.offsets();
  for (const Span& s : spans) {
    if (s.category == Category::kProtected || s.end <= s.begin) continue;
    // The first kept name (in sorted order) that shares a byte with the
    // span: among those that begin before the span ends, walking back
    // while an earlier one can still reach it.
    size_t j = std::lower_bound(
                   kept.begin(), kept.end(), s.end,
                   [](const Span* k, size_t at) { return k->begin < at; }) -
               kept.begin();
    auto it = kept.end();
    while (j > 0 && reach[j - 1] > s.begin) {
      --j;
      if (kept[j]->end > s.begin) it = kept.begin() + j;
    }
    if (it == kept.end()) continue;
    KeptConflict c;
    c.begin = map.ToOriginalBegin(s.begin);
    c.end = map.ToOriginalEnd(s.end);
    c.category = s.category;
    c.rule = std::string(s.rule);
    c.kept_begin = map.ToOriginalBegin((*it)->begin);
    c.kept_end = map.ToOriginalEnd((*it)->end);
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(),
            [](const KeptConflict& a, const KeptConflict& b) {
              return std::tie(a.begin, a.end, a.kept_begin) <
                     std::tie(b.begin, b.end, b.kept_begin);
            });
  // A span reported twice (two sources, one value) is one conflict.
  out.erase(std::unique(out.begin(), out.end(),
                        [](const KeptConflict& a, const KeptConflict& b) {
                          return a.begin == b.begin && a.end == b.end &&
                                 a.category == b.category &&
                                 a.kept_begin == b.kept_begin;
                        }),
            out.end());
  return out;
}

RedactionResult RedactionPass::Run(std::string_view original,
                                   const NormalizedText& normalized,
                                   const std::vector<Span>& spans) const {
  RedactionResult result;
  result.redactions = Plan(original, normalized, spans);
  result.kept_conflicts = KeptConflicts(normalized, spans);
  result.text = Apply(original, result.redactions);
  return result;
}

std::string RedactionPass::Apply(std::string_view original,
                                 const std::vector<Redaction>& redactions) {
  std::string out;
  out.reserve(original.size());
  size_t copied = 0;
  for (const Redaction& r : redactions) {
    out.append(original.substr(copied, r.begin - copied));
    out.append(r.replacement);
    copied = r.end;
  }
  out.append(original.substr(copied));
  return out;
}

}  // namespace wenshu
