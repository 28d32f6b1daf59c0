#include "redactors/im_account_detector.h"

#include <algorithm>

namespace wenshu {
namespace {

// QQ in any case.
const LiteralSet& QqCues() {
  static const LiteralSet* cues = new LiteralSet({"QQ", "qq", "Qq", "qQ"});
  return *cues;
}

const LiteralSet& WeChatCues() {
  static const LiteralSet* cues = new LiteralSet({"微信"});
  return *cues;
}

// Bytes from a cue word to the end of the id after it (cue, 号码, colon,
// spaces, a 20-character id, a list of QQ numbers).
constexpr size_t kCueReach = 160;

bool IdChar(char c) { return IsAsciiAlnum(c) || c == '_' || c == '-'; }

}  // namespace

ImAccountDetector::ImAccountDetector()
    : qq_(R"((?i:qq)\s?(?:号码|号|账号|帐号)?(?:为|是)?[:\s]*([1-9][0-9]{4,11}))"),
      list_item_(R"((?:、|,|和|及)\s?([1-9][0-9]{4,11}))"),
      wechat_(
          R"(微信(号码|号|账号|帐号|ID|id)?(?:为|是)?[:\s]*([A-Za-z0-9][A-Za-z0-9_\-]{4,19}))") {
}

Status ImAccountDetector::Find(const Document& doc, ScanContext& context,
                               SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  RegexMatch m;
  // The cue words: where the detector set's pass found them (TriggerWords:
  // 0 is "qq" in any case, 1 is 微信), or found here when the detector
  // runs alone. Each pattern starts with its cue word, so it is tried
  // only where one starts, in the window after it.
  const auto cue_starts = [&](size_t word, const LiteralSet& cues) {
    return CueStarts(
        context, [word](size_t w) { return w == word; }, cues);
  };
  size_t pos = 0;
  const std::vector<size_t> qq_starts = cue_starts(0, QqCues());
  for (const ByteRange& window : WindowsAt(text, qq_starts, 0, kCueReach)) {
    pos = std::max(pos, window.begin);
    while (qq_.SearchStarts(text, pos, window.end, qq_starts, &m)) {
      size_t begin = m.groups[1].data() - text.data();
      size_t end = begin + m.groups[1].size();
      pos = end;
      if (end < text.size() && IsAsciiAlnum(text[end])) continue;
      out->push_back({begin, end, Category::kImAccount, "qq_cued",
                      "number after the cue word QQ"});
      // A list after one cue: QQ号12345678、87654321.
      while (
          list_item_.MatchAt(text, end, std::min(text.size(), end + 48), &m)) {
        begin = m.groups[1].data() - text.data();
        const size_t item_end = begin + m.groups[1].size();
        if (item_end < text.size() && IsAsciiAlnum(text[item_end])) break;
        out->push_back({begin, item_end, Category::kImAccount, "qq_cued_list",
                        "number listed after the cue word QQ"});
        end = pos = item_end;
      }
    }
  }
  pos = 0;
  const std::vector<size_t> wechat_starts = cue_starts(1, WeChatCues());
  for (const ByteRange& window : WindowsAt(text, wechat_starts, 0, kCueReach)) {
    pos = std::max(pos, window.begin);
    while (wechat_.SearchStarts(text, pos, window.end, wechat_starts, &m)) {
      const std::string_view id = m.groups[2];
      const size_t begin = id.data() - text.data();
      const size_t end = begin + id.size();
      pos = end;
      if (end < text.size() && IdChar(text[end])) continue;
      bool has_letter = false, has_digit_or_mark = false;
      for (char c : id) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
          has_letter = true;
        else
          has_digit_or_mark = true;
      }
      const bool explicit_cue = m.matched(1);
      // After a bare 微信 a word (微信WeChat) is not an id: demand a digit or
      // a mark, which handles always have in practice, or a leading letter
      // with digits (wxid_...).
      if (!explicit_cue && !(has_letter && has_digit_or_mark)) continue;
      // Ids start with a letter; all-digit ones are QQ or phone numbers used
      // as ids and only count after an explicit cue.
      if (!has_letter && !explicit_cue) continue;
      out->push_back({begin, end, Category::kImAccount, "wechat_cued",
                      "handle after the cue word 微信"});
    }
  }
  return Status::Ok();
}

}  // namespace wenshu
