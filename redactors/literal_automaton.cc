#include "redactors/literal_automaton.h"

#include <algorithm>
#include <array>
#include <deque>

#include "core/byte_search.h"

namespace wenshu {

namespace {

bool IsCapital(unsigned char c) { return c >= 'A' && c <= 'Z'; }
unsigned char Small(unsigned char c) {
  return IsCapital(c) ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

}  // namespace

LiteralAutomaton::LiteralAutomaton(const std::vector<std::string>& literals,
                                   AsciiCase ascii_case)
    : LiteralAutomaton(
          std::vector<std::string_view>(literals.begin(), literals.end()),
          ascii_case) {}

LiteralAutomaton::LiteralAutomaton(
    const std::vector<std::string_view>& literals, AsciiCase ascii_case)
    : fold_ascii_(ascii_case == AsciiCase::kFold),
      literals_(literals.begin(), literals.end()) {
  if (!fold_ascii_) {
    Build(literals);
  } else {
    std::vector<std::string> small(literals.begin(), literals.end());
    for (std::string& literal : small)
      for (char& ch : literal)
        ch = static_cast<char>(Small(static_cast<unsigned char>(ch)));
    Build(std::vector<std::string_view>(small.begin(), small.end()));
    FoldCapitals();
  }
  PrepareSkips();
}

void LiteralAutomaton::FoldCapitals() {
  for (unsigned char c = 'A'; c <= 'Z'; ++c) {
    root_next_[c] = root_next_[Small(c)];
    class_of_[c] = class_of_[Small(c)];
  }
}

void LiteralAutomaton::PrepareSkips() {
  bool mid_character = false;  // a literal starts with a continuation byte
  for (unsigned c = 0; c < 256; ++c) {
    if (root_next_[c] == 0) continue;
    starts_.AddStartByte(static_cast<unsigned char>(c));
    mid_character |= c >= 0x80 && c <= 0xBF;
  }
  if (mid_character) return;
  for (unsigned lead = 0xE0; lead <= 0xEF; ++lead) {
    const uint32_t first = Step(0, static_cast<unsigned char>(lead));
    if (longest_[first] != 0) continue;
    for (unsigned second = 0x80; second <= 0xBF; ++second) {
      const uint32_t two = Step(first, static_cast<unsigned char>(second));
      if (longest_[two] != 0) continue;
      // From the root a continuation byte keeps it there.
      uint64_t thirds = two == 0 ? ~uint64_t{0} : 0;
      for (unsigned third = 0x80; two != 0 && third <= 0xBF; ++third) {
        if (Step(two, static_cast<unsigned char>(third)) == 0)
          thirds |= uint64_t{1} << (third & 0x3Fu);
      }
      starts_.AddPassedChars(static_cast<unsigned char>(lead),
                             static_cast<unsigned char>(second), thirds);
    }
  }
  NarrowStarts();
}

void LiteralAutomaton::NarrowStarts() {
  // A three-byte character that starts literals only of six bytes or
  // more: skipped from the root where the six bytes from it begin none of
  // them, since its three steps and the next three then end no literal
  // that starts at it, and where they leave the automaton is where the
  // next three bytes alone lead from the root (no literal starts with a
  // continuation byte: PrepareSkips' condition).
  std::vector<uint32_t> chars;
  std::vector<uint64_t> followed;
  // With folded letters, a letter reads in either case.
  const auto letter = [this](unsigned char c) {
    return fold_ascii_ && c >= 'a' && c <= 'z';
  };
  for (const auto& [lead, one] : nodes_[0].next) {
    if (lead < 0xE0 || lead > 0xEF || nodes_[one].ends_here) continue;
    for (const auto& [second, two] : nodes_[one].next) {
      if (second < 0x80 || second > 0xBF || nodes_[two].ends_here) continue;
      for (const auto& [third, three] : nodes_[two].next) {
        if (third < 0x80 || third > 0xBF || nodes_[three].ends_here) continue;
        // The literals' next three bytes; a letter among them keeps the
        // character a stop.
        const size_t count = followed.size();
        bool narrow = true;
        const uint64_t first =
            uint64_t{lead} | uint64_t{second} << 8 | uint64_t{third} << 16;
        for (const auto& [b3, four] : nodes_[three].next) {
          narrow &= !nodes_[four].ends_here && !letter(b3);
          for (const auto& [b4, five] : nodes_[four].next) {
            narrow &= !nodes_[five].ends_here && !letter(b4);
            for (const auto& edge : nodes_[five].next) {
              const unsigned char b5 = edge.first;
              narrow &= !letter(b5);
              followed.push_back(first | uint64_t{b3} << 24 |
                                 uint64_t{b4} << 32 | uint64_t{b5} << 40);
            }
          }
        }
        if (narrow) {
          chars.push_back(static_cast<uint32_t>(first));
        } else {
          followed.resize(count);
        }
      }
    }
  }
  starts_.NarrowChars(chars, followed);
}

void LiteralAutomaton::Build(const std::vector<std::string_view>& literals) {
  nodes_.emplace_back();  // the root
  lengths_.assign(literals.size(), 0);
  next_literal_.assign(literals.size(), kNoLiteral);
  for (size_t index = literals.size(); index-- > 0;) {
    // Backwards, so that each node's list runs in index order.
    const std::string_view literal = literals[index];
    if (literal.empty()) continue;
    uint32_t node = 0;
    for (const char ch : literal) {
      const unsigned char c = static_cast<unsigned char>(ch);
      auto& next = nodes_[node].next;
      auto it = std::lower_bound(next.begin(), next.end(), c,
                                 [](const std::pair<unsigned char, uint32_t>& e,
                                    unsigned char b) { return e.first < b; });
      if (it != next.end() && it->first == c) {
        node = it->second;
        continue;
      }
      const uint32_t child = static_cast<uint32_t>(nodes_.size());
      next.insert(it, {c, child});
      nodes_.emplace_back();
      node = child;
    }
    nodes_[node].longest = std::max<uint32_t>(
        nodes_[node].longest, static_cast<uint32_t>(literal.size()));
    nodes_[node].ends_here = true;
    lengths_[index] = static_cast<uint32_t>(literal.size());
    next_literal_[index] = nodes_[node].first_literal;
    nodes_[node].first_literal = static_cast<uint32_t>(index);
    longest_literal_ = std::max(longest_literal_, literal.size());
  }
  for (const auto& [c, child] : nodes_[0].next) root_next_[c] = child;
  // Suffix links, breadth first: a node's link is known before its
  // children's.
  std::deque<uint32_t> queue;
  std::vector<uint32_t> breadth_first = {0};
  for (const auto& [c, child] : nodes_[0].next) queue.push_back(child);
  while (!queue.empty()) {
    const uint32_t node = queue.front();
    queue.pop_front();
    breadth_first.push_back(node);
    for (const auto& [c, child] : nodes_[node].next) {
      uint32_t f = nodes_[node].fail;
      while (f != 0 && Child(f, c) == 0) f = nodes_[f].fail;
      const uint32_t link = Child(f, c);
      nodes_[child].fail = link != child ? link : 0;
      const Node& suffix = nodes_[nodes_[child].fail];
      nodes_[child].dictionary =
          suffix.ends_here ? nodes_[child].fail : suffix.dictionary;
      nodes_[child].longest =
          std::max(nodes_[child].longest, nodes_[nodes_[child].fail].longest);
      queue.push_back(child);
    }
  }
  longest_.reserve(nodes_.size());
  for (const Node& n : nodes_) longest_.push_back(n.longest);
  // The table: a node's row is its children's, and where it has none, its
  // suffix link's row (filled before it, breadth first).
  std::array<bool, 256> used{};
  for (const std::string_view literal : literals)
    for (const char ch : literal) used[static_cast<unsigned char>(ch)] = true;
  std::vector<unsigned char> byte_of_class = {0};
  for (size_t c = 0; c < 256; ++c)
    if (used[c]) byte_of_class.push_back(static_cast<unsigned char>(c));
  // With every byte in some literal there is no class left for none.
  if (byte_of_class.size() > 256) return;
  for (size_t k = 1; k < byte_of_class.size(); ++k)
    class_of_[byte_of_class[k]] = static_cast<uint8_t>(k);
  classes_ = byte_of_class.size();
  // Sixteen-bit entries (half the memory a scan and the start-up touch):
  // the table is built only while every node number fits in one.
  if (nodes_.size() * classes_ > kMaxTableEntries ||
      nodes_.size() > UINT16_MAX + size_t{1})
    return;
  table_.assign(nodes_.size() * classes_, 0);
  for (const uint32_t node : breadth_first) {
    uint16_t* row = table_.data() + node * classes_;
    if (node != 0) {
      const uint16_t* suffix = table_.data() + nodes_[node].fail * classes_;
      std::copy(suffix, suffix + classes_, row);
    }
    for (const auto& [c, child] : nodes_[node].next)
      row[class_of_[c]] = static_cast<uint16_t>(child);
  }
}

uint32_t LiteralAutomaton::Child(uint32_t node, unsigned char c) const {
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), c,
                             [](const std::pair<unsigned char, uint32_t>& e,
                                unsigned char b) { return e.first < b; });
  return it != next.end() && it->first == c ? it->second : 0;
}

size_t LiteralAutomaton::StepToLiteralEnd(std::string_view text, size_t i,
                                          uint32_t* state,
                                          WordStarts::Cursor* cursor) const {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const uint32_t* const longest = longest_.data();
  const uint16_t* const table = table_.data();
  const uint8_t* const class_of = class_of_.data();
  const size_t classes = classes_;
  uint32_t s = *state;
  for (; i < n; ++i) {
    if (s == 0 && (i = SkipAtRoot(text, i, cursor)) == n) break;
    s = table[s * classes + class_of[data[i]]];
    if (longest[s] > 0) {
      *state = s;
      return i + 1;
    }
  }
  *state = s;
  return std::string_view::npos;
}

uint32_t LiteralAutomaton::StepByLinks(uint32_t state, unsigned char c) const {
  if (fold_ascii_) c = Small(c);
  for (;;) {
    if (state == 0) return root_next_[c];
    if (const uint32_t child = Child(state, c); child != 0) return child;
    state = nodes_[state].fail;
  }
}

void LiteralAutomaton::EveryOccurrence(
    std::string_view text, std::vector<std::pair<size_t, size_t>>* out) const {
  out->clear();
  ForEachMatch(text,
               [&](size_t begin, size_t k) { out->emplace_back(k, begin); });
  std::sort(out->begin(), out->end());
}

std::vector<std::pair<size_t, size_t>> FindEveryOccurrence(
    std::string_view text, const std::vector<std::string_view>& needles) {
  if (needles.size() < kManyNeedles) return FindEachNeedle(text, needles);
  std::vector<std::pair<size_t, size_t>> out;
  LiteralAutomaton(needles).EveryOccurrence(text, &out);
  return out;
}

}  // namespace wenshu
