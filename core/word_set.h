// WordSet: whether one of a few words starts at a place of a text, asked
// many times of one list (a role word ending a list of names, a statement
// word closing a name). A word of Chinese text starts with a character of
// three bytes: a bit per such first character (its second and third
// bytes' low six bits) answers most places without comparing any word.
// Header-only; immutable after construction and thread-safe.
#ifndef WENSHU_CORE_WORD_SET_H_
#define WENSHU_CORE_WORD_SET_H_

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wenshu {

class WordSet {
 public:
  explicit WordSet(std::vector<std::string> words) : words_(std::move(words)) {
    for (const std::string& w : words_) {
      if (w.empty() || (IsThreeByteLead(w[0]) && w.size() < 3)) {
        filtered_ = false;  // matches where no first character tells
      } else if (IsThreeByteLead(w[0])) {
        first_chars_.set(Key(w[1], w[2]));
      }
    }
  }

  // Whether one of the words starts at `pos` (<= text.size()).
  bool StartsAt(std::string_view text, size_t pos) const {
    if (filtered_ && pos + 3 <= text.size() && IsThreeByteLead(text[pos]) &&
        !first_chars_.test(Key(text[pos + 1], text[pos + 2])))
      return false;  // no word starts with this character
    for (const std::string& w : words_)
      if (text.compare(pos, w.size(), w) == 0) return true;
    return false;
  }

 private:
  static bool IsThreeByteLead(char c) {
    return (static_cast<unsigned char>(c) & 0xF0) == 0xE0;
  }
  static size_t Key(char second, char third) {
    return (static_cast<unsigned char>(second) & 0x3Fu) << 6 |
           (static_cast<unsigned char>(third) & 0x3Fu);
  }

  std::vector<std::string> words_;
  std::bitset<4096> first_chars_;
  bool filtered_ = true;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_WORD_SET_H_
