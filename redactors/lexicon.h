// Lexicon: common Chinese words, to tell a name after a cue (被害人钱某) from a
// word that merely starts with a surname character (被害人钱包, 被害人车辆).
//
// The words come at run time from the dictionary Debian's python3-jieba
// package installs (/usr/lib/python3/dist-packages/jieba/dict.txt: word,
// frequency, part-of-speech tag per line; WENSHU_LEXICON names another file
// of that format). Two- to four-character words are kept (rare ones only
// when they start with a known surname). Without the file the lexicon is empty and the
// people stage relies on its stop characters alone; `available()` says which.
// Loaded once; immutable and thread-safe afterwards.
#ifndef WENSHU_REDACTORS_LEXICON_H_
#define WENSHU_REDACTORS_LEXICON_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace wenshu {

class Lexicon {
 public:
  static const Lexicon& Instance();

  bool available() const { return available_; }
  const std::string& source() const { return source_; }
  // True when `word` is a common word (frequency at least `min_frequency`)
  // that the dictionary does not tag as a person's name.
  bool IsCommonNonName(std::string_view word, int min_frequency = 20) const;
  // True when `word` is in the dictionary with at least `min_frequency`,
  // whatever its tag (the dictionary tags 文明 and 海燕 as names, yet they
  // are words).
  bool IsWord(std::string_view word, int min_frequency) const;
  // True for adverbs, verbs, prepositions, conjunctions, adjectives and
  // pronouns (强行, 向其): words a given name practically never starts with.
  bool IsFunctionWord(std::string_view word) const;
  // True for frequent common nouns (户籍, 金额, 车辆; tags n, t, f, vn, s),
  // not place or person names.
  bool IsCommonNoun(std::string_view word, int min_frequency) const;

 private:
  Lexicon();
  struct Entry {
    int frequency = 0;
    bool person_name = false;
    bool function_word = false;
    bool common_noun = false;
  };
  // Looked up by string_view without building a string per query.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  const Entry* Lookup(std::string_view word) const;

  bool available_ = false;
  std::string source_;
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> words_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_LEXICON_H_
