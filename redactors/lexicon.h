// Lexicon: common Chinese words, to tell a name after a cue (被害人钱某) from a
// word that merely starts with a surname character (被害人钱包, 被害人车辆).
//
// The words come from the dictionary Debian's python3-jieba package
// installs (/usr/lib/python3/dist-packages/jieba/dict.txt: word,
// frequency, part-of-speech tag per line). Two- to four-character words are
// kept (rare ones only when they start with a known surname). The build
// turns that file into a hash table compiled into the binary
// (tools/prepare_tables.cc), so that a process starts without reading or
// hashing 350,000 lines; WENSHU_LEXICON names another file of the same
// format, read at run time instead. When the build found no word list, the
// run reads the default path itself; without any file the lexicon is empty
// and the people stage relies on its stop characters alone; `available()`
// says which.
//
// The table (Serialize/FromTable) is a little-endian byte string: a header
// (magic, entry count, slot count, word bytes), the entries (word offset
// and length, frequency, tag flags), an open-addressing slot array indexed
// by FNV-1a of the word, then the words. The same bytes come out of the
// build and of a run-time load of the same file.
//
// Immutable and thread-safe after construction; Instance() is built once.
#ifndef WENSHU_REDACTORS_LEXICON_H_
#define WENSHU_REDACTORS_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace wenshu {

class Lexicon {
 public:
  static const Lexicon& Instance();

  // The words of a dictionary file in jieba's format, selected as above.
  // An empty lexicon (available() false) when the file cannot be read.
  static Lexicon FromFile(const std::string& path);
  // A lexicon over `table`, bytes that Serialize wrote, which must outlive
  // it (the compiled-in table is a constant). kInvalidInput when the bytes
  // are not such a table. `source` is what source() reports.
  static Result<Lexicon> FromTable(std::string_view table, std::string source);

  Lexicon(Lexicon&&) noexcept = default;
  Lexicon& operator=(Lexicon&&) noexcept = default;

  bool available() const { return entry_count_ > 0; }
  const std::string& source() const { return source_; }
  size_t size() const { return entry_count_; }
  // The table's bytes (see above); empty for an empty lexicon.
  std::string Serialize() const;

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
  Lexicon() = default;
  struct Entry {
    int frequency = 0;
    bool person_name = false;
    bool function_word = false;
    bool common_noun = false;
  };
  // The entry of `word`; false when it is not in the lexicon.
  bool Lookup(std::string_view word, Entry* entry) const;
  // Reads the header of table() after checking the table's shape.
  Status Attach();
  // Offsets into the table rather than pointers, so that a moved lexicon
  // that owns its table stays valid.
  std::string_view table() const {
    return owned_.empty() ? external_ : std::string_view(owned_);
  }

  std::string source_;
  std::string owned_;            // the table when built at run time
  std::string_view external_;    // or a compiled-in constant
  uint32_t entry_count_ = 0;
  uint32_t slot_count_ = 0;  // a power of two, or 0 when empty
  size_t entries_at_ = 0;    // byte offsets into table()
  size_t slots_at_ = 0;
  size_t words_at_ = 0;
  size_t words_size_ = 0;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_LEXICON_H_
