#include "pipeline/publish_naming.h"

#include <algorithm>

#include "core/utf8.h"

namespace wenshu {

// The parties a published title names, read from the public text's
// participant paragraphs: a line opening with a party's role label. The
// other side is the one whose label starts with 被 (被告, 被上诉人,
// 被申请人), except the criminal 被告人, who stands first. Names are taken
// as the text shows them (pseudonyms included); JudgmentTitle keeps only
// names the public text holds.
void AddTitleParties(std::string_view text, const PartyBlockPolicy& words,
                     TitleParts* parts) {
  constexpr std::string_view kStops[] = {"，", ",", "（", "(", "、", "：",
                                         ":", "。", "；", ";", "\r"};
  // Paragraphs are lines, or, in a text that lost its line breaks, runs
  // between spaces: a participant paragraph holds no space.
  size_t segments = 0;
  for (size_t start = 0; start < text.size() && segments < 120; ++segments) {
    size_t end = text.size();
    for (std::string_view sep : {"\n", " ", "　", "\t"})
      end = std::min(end, text.find(sep, start) == std::string_view::npos
                              ? text.size()
                              : text.find(sep, start));
    std::string_view line = text.substr(start, end - start);
    start = end + (end < text.size() && text.substr(end).starts_with("　")
                       ? 3
                       : 1);
    if (line.empty()) continue;
    // The court's reasoning has begun: the block is behind.
    if (line.starts_with("本院")) break;
    const RoleLabel* label = nullptr;
    for (const RoleLabel& l : words.role_labels) {
      if (line.starts_with(l.label)) {
        label = &l;
        break;
      }
    }
    if (label == nullptr) continue;
    if (label->kind != RoleKind::kParty && label->kind != RoleKind::kDefendant)
      continue;
    if (label->label.find("第三人") != std::string::npos) continue;
    std::string_view rest = line.substr(label->label.size());
    // 上诉人（原审被告）: the bracket after the label is the earlier role.
    for (std::string_view open : {"（", "("}) {
      if (rest.starts_with(open)) {
        const std::string_view close = open == "（" ? "）" : ")";
        const size_t at = rest.find(close);
        if (at != std::string_view::npos) rest.remove_prefix(at + close.size());
      }
    }
    for (std::string_view colon : {"：", ":"})
      if (rest.starts_with(colon)) rest.remove_prefix(colon.size());
    size_t cut = rest.size();
    for (std::string_view stop : kStops)
      cut = std::min(cut, rest.find(stop) == std::string_view::npos
                              ? rest.size()
                              : rest.find(stop));
    const std::string_view name = rest.substr(0, cut);
    // A participant paragraph names its party and goes on after a comma or
    // a bracket; a sentence that opens with a role word (原告甲与被告乙…一案)
    // is not one, and ends the block.
    if (cut == rest.size() || line.find("一案") != std::string_view::npos)
      break;
    bool sentence = false;
    for (std::string_view verb : {"与", "诉", "不服", "因", "向", "对"})
      sentence = sentence || name.find(verb) != std::string_view::npos;
    if (sentence) break;
    if (name.empty() || name.size() > 90 || name.ends_with("称")) continue;
    const bool other = label->kind == RoleKind::kParty &&
                       label->label.starts_with("被");
    (other ? parts->other_side : parts->first_side).emplace_back(name);
  }
}

// A court, cause or document type as one path segment: CJK ideographs,
// ASCII letters and digits kept, every other run of characters one '-'.
std::string Segment(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const char32_t c = CodePointAt(text, i);
    const size_t next = NextCharBoundary(text, i);
    if (IsCjkIdeograph(c) || IsAsciiAlnum(c)) {
      out.append(text.substr(i, next - i));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
    i = next;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.size() > 120) out.resize(CharStart(out, 120));
  return out.empty() ? std::string("未知") : out;
}

// The first words of a held reason, for the summary's grouping: up to the
// first ':' after the file name, without offsets and numbers.
std::string ReasonGroup(std::string_view reason) {
  std::string_view r = reason;
  // "line 12: reason" from a JSON Lines source: drop the line.
  if (r.starts_with("line ")) {
    const size_t colon = r.find(": ");
    if (colon != std::string_view::npos && colon < 16) r.remove_prefix(colon + 2);
  }
  // "path: reason" from a file source: drop the path.
  if (const size_t colon = r.find(": "); colon != std::string_view::npos &&
                                         r.substr(0, colon).find('/') !=
                                             std::string_view::npos)
    r.remove_prefix(colon + 2);
  std::string out;
  for (char c : r) {
    if (c == ':' || c == '(' || c == ';' || c == ',') break;
    if (c >= '0' && c <= '9') {
      if (out.empty() || out.back() != '#') out.push_back('#');
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > 80) out.resize(CharStart(out, 80));
  return out.empty() ? std::string("unknown") : out;
}

}  // namespace wenshu
