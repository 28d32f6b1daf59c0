#include "core/byte_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wenshu {
namespace {

constexpr size_t npos = std::string_view::npos;

struct FindBytesCase {
  const char* name;
  std::string_view text;
  std::string_view needle;
  size_t from;
  size_t expected;
};

TEST(FindBytes, FirstOccurrenceAtOrAfterFrom) {
  // 丏 (E4 B8 8F) ends in the same byte as 住 (E4 BD 8F).
  const FindBytesCase cases[] = {
      {"AtTextStart", "abc", "ab", 0, 0},
      {"AtTextEnd", "xxab", "ab", 0, 2},
      {"LastByteRepeatsBeforeTheMatch", "bbab", "ab", 0, 2},
      {"LastByteInsideTheNeedle", "ababab", "abab", 1, 2},
      {"OverlappingFromOneAfter", "aaa", "aa", 1, 1},
      {"FromPastTheOnlyMatch", "ab", "ab", 1, npos},
      {"FromBeyondTheText", "ab", "ab", 9, npos},
      {"LongerThanTheText", "a", "ab", 0, npos},
      {"EmptyNeedle", "ab", "", 0, npos},
      {"SingleByte", "xyz", "z", 0, 2},
      {"SameLastByteOtherCharacter", "丏住", "住", 0, 3},
      {"OnlyTheSameLastByte", "丏丏", "住", 0, npos},
      // Past the sixteen-position blocks: the match lies in the tail.
      {"InTheTailAfterABlock", "0123456789abcdefghij住", "住", 0, 20},
      {"EndsOnTheLastByteOfALongText",
       "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉", "申酉", 0, 54},
      {"BothAnchorsMatchButNotTheMiddle", "张X三张三", "张三", 0, 7},
  };
  for (const FindBytesCase& c : cases) {
    EXPECT_EQ(FindBytes(c.text, c.needle, c.from), c.expected) << c.name;
    // What std::string_view::find says.
    if (!c.needle.empty() && c.from <= c.text.size()) {
      EXPECT_EQ(FindBytes(c.text, c.needle, c.from),
                c.text.find(c.needle, c.from))
          << c.name;
    }
  }
}

// A small deterministic generator, so that a failure reproduces.
class Lcg {
 public:
  explicit Lcg(uint64_t seed) : state_(seed) {}
  uint32_t Next(uint32_t bound) {
    state_ = state_ * 6364136223846793005u + 1442695040888963407u;
    return static_cast<uint32_t>(state_ >> 33) % bound;
  }

 private:
  uint64_t state_;
};

// Up to `max_pieces - 1` pieces drawn at random, one after another.
std::string FromPieces(Lcg& random, const std::vector<std::string>& pieces,
                       uint32_t max_pieces) {
  std::string text;
  const uint32_t length = random.Next(max_pieces);
  for (uint32_t i = 0; i < length; ++i)
    text += pieces[random.Next(static_cast<uint32_t>(pieces.size()))];
  return text;
}

// The first 2 to all of `alphabet`'s letters, drawn at random.
std::vector<std::string> SomeLetters(Lcg& random,
                                     const std::vector<std::string>& alphabet) {
  const uint32_t letters =
      2 + random.Next(static_cast<uint32_t>(alphabet.size()) - 1);
  return {alphabet.begin(), alphabet.begin() + letters};
}

// A needle to look for in `text`: cut from it (1 to `max_cut` bytes) when
// `cut` and it has any, else one to four of `letters`.
std::string NeedleFor(Lcg& random, const std::string& text,
                      const std::vector<std::string>& letters, bool cut,
                      uint32_t max_cut) {
  if (cut && !text.empty()) {
    const uint32_t at = random.Next(static_cast<uint32_t>(text.size()));
    return text.substr(at, 1 + random.Next(max_cut));
  }
  std::string needle;
  for (uint32_t chars = 1 + random.Next(4); chars > 0; --chars)
    needle += letters[random.Next(static_cast<uint32_t>(letters.size()))];
  return needle;
}

// Every start of every needle cut from the text or built from its
// alphabet, at every offset, agrees with std::string_view::find: texts of
// three-byte characters sharing lead and last bytes, ASCII and mixed,
// short and long enough for several blocks of sixteen.
TEST(FindBytes, AgreesWithStringViewFindOnRandomTexts) {
  const std::vector<std::string> alphabet = {
      "住", "丏", "张", "三",       "某",
      "a",  "b",  "1",  "\xC3\xA9", "\xF0\xA0\x80\x80"};
  Lcg random(20261206);
  size_t compared = 0;
  for (int round = 0; round < 400; ++round) {
    const std::vector<std::string> letters = SomeLetters(random, alphabet);
    const std::string text = FromPieces(random, letters, 60);
    for (int n = 0; n < 8; ++n) {
      const std::string needle =
          NeedleFor(random, text, letters, n % 2 == 0, 12);
      for (size_t from = 0; from <= text.size() + 1; ++from) {
        const size_t want = from > text.size() ? npos : text.find(needle, from);
        ASSERT_EQ(FindBytes(text, needle, from), want)
            << "needle " << needle << " from " << from << " in " << text;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, size_t{50'000});
}

// The search reads nothing outside the text: a text cut from the middle of
// a larger buffer must not find the needle just past its end.
// Texts long enough for blocks of 64 and of 32 starts, each text ending
// just before the needle.
TEST(FindBytes, NeverLooksPastTheTextEnd) {
  const std::string buffer =
      std::string(140, 'x') + "ab" + std::string(40, 'y');
  for (size_t length = 0; length <= 141; ++length) {
    EXPECT_EQ(FindBytes(std::string_view(buffer.data(), length), "ab"), npos)
        << length;
  }
  EXPECT_EQ(FindBytes(std::string_view(buffer.data(), 142), "ab"), 140u);
  for (size_t from = 0; from <= 140; ++from)
    EXPECT_EQ(FindBytes(buffer, "ab", from), 140u) << from;
}

// Every occurrence of each needle by comparing at every start: the oracle.
std::vector<std::pair<size_t, size_t>> EachNeedleByLoop(
    std::string_view text, const std::vector<std::string_view>& needles) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t k = 0; k < needles.size(); ++k) {
    const std::string_view needle = needles[k];
    for (size_t at = 0; !needle.empty() && at + needle.size() <= text.size();
         ++at)
      if (text.substr(at, needle.size()) == needle) out.emplace_back(k, at);
  }
  return out;
}

// From one needle to more than one pass takes, long and short, repeated,
// empty, drawn from the text or made up, over texts shorter than a block
// and of several blocks, on an alphabet small enough that the buckets
// share their halves.
TEST(FindEachNeedle, AgreesWithALoopOnRandomTexts) {
  const std::vector<std::string> alphabet = {
      "张", "三", "某", "丽",       "住",
      "a",  "1",  "、", "\xC3\xA9", "\xF0\xA0\x80\x80"};
  Lcg random(20261207);
  size_t one_pass = 0;  // cases the one pass can take
  size_t found = 0;
  for (int round = 0; round < 1500; ++round) {
    const std::vector<std::string> letters = SomeLetters(random, alphabet);
    const std::string text =
        FromPieces(random, letters, round % 3 == 0 ? 20 : 120);
    std::vector<std::string> needles(1 + random.Next(kOnePassNeedles + 4));
    size_t long_ones = 0;
    for (std::string& needle : needles) {
      const uint32_t kind = random.Next(8);
      if (kind != 0) needle = NeedleFor(random, text, letters, kind < 5, 14);
      long_ones += needle.size() >= kOnePassLength;
    }
    const std::vector<std::string_view> views(needles.begin(), needles.end());
    const std::vector<std::pair<size_t, size_t>> want =
        EachNeedleByLoop(text, views);
    ASSERT_EQ(FindEachNeedle(text, views), want)
        << needles.size() << " needles in " << text;
    if (text.size() >= 64 && long_ones >= kOnePassFewest &&
        long_ones <= kOnePassNeedles)
      ++one_pass;
    found += want.size();
  }
  EXPECT_GT(one_pass, size_t{500});
  EXPECT_GT(found, size_t{20'000});
}

// The one pass reads nothing outside the text: texts cut from a larger
// buffer just before a needle, long enough for one block and for several.
TEST(FindEachNeedle, NeverLooksPastTheTextEnd) {
  const std::string buffer = std::string(140, 'x') + "abcdefgh" + "yyyy";
  const std::vector<std::string_view> needles = {"abcdef", "xxxabcdefgh",
                                                 "xabcdefg"};
  for (size_t length = 0; length < 146; ++length) {
    EXPECT_TRUE(FindEachNeedle(std::string_view(buffer.data(), length), needles)
                    .empty())
        << length;
  }
  const std::vector<std::pair<size_t, size_t>> at_the_end = {{0, 140}};
  EXPECT_EQ(FindEachNeedle(std::string_view(buffer.data(), 146), needles),
            at_the_end);
  const std::vector<std::pair<size_t, size_t>> all = {
      {0, 140}, {1, 137}, {2, 139}};
  EXPECT_EQ(FindEachNeedle(buffer, needles), all);
}

// The first byte that is a control, or a quote or backslash when asked,
// by a plain loop: the oracle.
size_t FirstControlByLoop(std::string_view text, size_t from, bool quote) {
  for (size_t i = from; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || (quote && (c == '"' || c == '\\'))) return i;
  }
  return npos;
}

TEST(FindControlByte, EdgeCases) {
  EXPECT_EQ(FindControlByte("", 0, true), npos);
  EXPECT_EQ(FindControlByte("abc", 5, true), npos);
  EXPECT_EQ(FindControlByte(std::string_view("a\0b", 3), 0, false), 1u);
  EXPECT_EQ(FindControlByte("0123456789abcdef\x1F", 0, false), 16u);
  // 0x20 and every byte from 0x80 are no controls, whatever their sign.
  EXPECT_EQ(FindControlByte(" \x7F\x80\xE4\xBD\x8F\xFF ", 0, true), npos);
  EXPECT_EQ(FindControlByte("ab\"c", 0, false), npos);
  EXPECT_EQ(FindControlByte("ab\"c", 0, true), 2u);
  EXPECT_EQ(FindControlByte("住\\\n", 0, true), 3u);
  EXPECT_EQ(FindControlByte("住\\\n", 0, false), 4u);
}

// Every byte value at every position and start, in texts long enough for
// blocks of 32 and of 16 and a tail, against the loop.
TEST(FindControlByte, AgreesWithALoopOnRandomTexts) {
  Lcg random(20261207);
  size_t compared = 0;
  for (int round = 0; round < 600; ++round) {
    std::string text;
    const uint32_t length = random.Next(70);
    for (uint32_t i = 0; i < length; ++i) {
      // Mostly text bytes, now and then any byte at all.
      const uint32_t pick = random.Next(10);
      text.push_back(static_cast<char>(pick == 0 ? random.Next(256)
                                                 : 0x20 + random.Next(0xE0)));
    }
    for (const bool quote : {false, true}) {
      for (size_t from = 0; from <= text.size() + 1; ++from) {
        ASSERT_EQ(FindControlByte(text, from, quote),
                  FirstControlByLoop(text, from, quote))
            << "from " << from << " quote " << quote;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, size_t{30'000});
}

// Like FindBytes, it reads nothing past the text's end.
TEST(FindControlByte, NeverLooksPastTheTextEnd) {
  const std::string buffer = std::string(33, 'x') + "\n\"";
  for (size_t length = 0; length <= 33; ++length) {
    EXPECT_EQ(FindControlByte(std::string_view(buffer.data(), length), 0, true),
              npos)
        << length;
  }
}

// LeadsOutside against a plain loop: random bytes and characters, the
// ideograph block E4-E9 and other bounds, questions walking forwards in
// random steps (within a block and across blocks) and now and then back.
TEST(LeadsOutside, AgreesWithALoopOnRandomTexts) {
  const std::vector<std::string> pieces = {
      "住", "，", "。", "a", "1", "\xC3\xA9", "\xF0\xA0\x80\x80", "\xBD"};
  Lcg random(20261209);
  size_t compared = 0;
  for (int round = 0; round < 1000; ++round) {
    const std::string text = FromPieces(random, pieces, 10 + round % 90);
    const auto lo = static_cast<unsigned char>(
        round % 2 == 0 ? 0xE4 : 0xC0 + random.Next(0x40));
    const auto hi = static_cast<unsigned char>(
        round % 2 == 0 ? 0xE9 : lo + random.Next(0x100 - lo));
    LeadsOutside leads(text, lo, hi);
    for (size_t from = 0; from <= text.size();) {
      const size_t to =
          from + random.Next(static_cast<uint32_t>(text.size() - from + 2));
      size_t want = std::min(to, text.size());
      for (size_t p = from; p < std::min(to, text.size()); ++p) {
        const auto c = static_cast<unsigned char>(text[p]);
        if (c >= 0xC0 && (c < lo || c > hi)) {
          want = p;
          break;
        }
      }
      ASSERT_EQ(leads.Next(from, to), want)
          << "round " << round << " from " << from << " to " << to;
      ++compared;
      if (random.Next(8) == 0 && from > 0) {
        from -=
            1 + random.Next(static_cast<uint32_t>(std::min<size_t>(from, 100)));
      } else {
        from += 1 + random.Next(random.Next(2) == 0 ? 4 : 80);
      }
    }
  }
  EXPECT_GT(compared, size_t{4'000});
}

// With characters passed over: those starting with E3 80 whose third byte
// is in the set, not the others of E3 80, not those of E3 81 nor a lead
// cut short at the text's end, whatever the bounds.
TEST(LeadsOutside, PassesOverTheGivenCharacters) {
  // 。 (E3 80 82) and 《 (E3 80 8A) passed; the ideographic space (E3 80
  // 80), ぁ (E3 81 81) and ＼ (EF BC BC) not.
  const CharsAfterTwoBytes passed(0xE3, 0x80,
                                  uint64_t{1} << 0x02 | uint64_t{1} << 0x0A);
  const std::vector<std::string> pieces = {
      "住", "。", "《", "\u3000", "\u3041", "＼", "a", "\xE3\x80", "\x82"};
  Lcg random(20261212);
  size_t compared = 0, passed_over = 0;
  for (int round = 0; round < 1000; ++round) {
    const std::string text = FromPieces(random, pieces, 10 + round % 120);
    const auto lo = static_cast<unsigned char>(round % 2 == 0 ? 0xE4 : 0xC0);
    const auto hi = static_cast<unsigned char>(round % 2 == 0 ? 0xE9 : 0xE2);
    LeadsOutside leads(text, lo, hi, &passed);
    for (size_t from = 0; from <= text.size();
         from += 1 + random.Next(random.Next(2) == 0 ? 4 : 80)) {
      size_t want = text.size();
      for (size_t p = from; p < text.size(); ++p) {
        const auto c = static_cast<unsigned char>(text[p]);
        if (c < 0xC0 || (c >= lo && c <= hi)) continue;
        const bool is_passed = p + 2 < text.size() &&
                               text.compare(p, 2, "\xE3\x80") == 0 &&
                               (text[p + 2] == '\x82' || text[p + 2] == '\x8A');
        passed_over += is_passed;
        if (is_passed) continue;
        want = p;
        break;
      }
      ASSERT_EQ(leads.Next(from, text.size()), want)
          << "round " << round << " from " << from;
      ++compared;
    }
  }
  EXPECT_GT(compared, size_t{4'000});
  EXPECT_GT(passed_over, size_t{1'500});
}

// LeadsOutside reads nothing past the text's end: the leads after it in
// the same buffer are never reported.
TEST(LeadsOutside, NeverLooksPastTheTextEnd) {
  const std::string buffer = std::string(130, 'x') + std::string(70, '\xC0');
  for (size_t length = 0; length <= 130; ++length) {
    LeadsOutside leads(std::string_view(buffer.data(), length), 0xE4, 0xE9);
    for (size_t from = 0; from <= length; from += 7) {
      EXPECT_EQ(leads.Next(from, buffer.size()), length) << length;
    }
  }
}

// FindAsciiAlnum, FindAsciiDigit, FindAsciiLetter and FindAsciiSpace against
// a plain loop:
// every byte value near the letters, digits and breaks, Chinese characters
// and punctuation, from every start.
TEST(FindAsciiAlnumAndDigit, AgreesWithALoopOnRandomTexts) {
  const std::vector<std::string> pieces = {
      "住",       ",",    "。",   "a",    "Z", "5",    "0",   "9",
      "A",        "z",    "@",    "[",    "`", "{",    "/",   ":",
      "\xC3\xA9", "\xDA", "\xFA", "\xC1", " ", "\x80", "\n",  "\t",
      "\r",       "\x0B", "\x0C", "\x1F", "!", "\xA0", "\x8A"};
  Lcg random(20261210);
  size_t compared = 0;
  for (int round = 0; round < 400; ++round) {
    const std::string text = FromPieces(random, pieces, 60);
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      size_t alnum = npos, digit = npos, letter = npos, space = npos;
      for (size_t p = text.size(); p-- > from;) {
        const auto c = static_cast<unsigned char>(text[p]);
        if (c < 0x80 && std::isalnum(c) != 0) alnum = p;
        if (c < 0x80 && std::isdigit(c) != 0) digit = p;
        if (c < 0x80 && std::isalpha(c) != 0) letter = p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') space = p;
      }
      ASSERT_EQ(FindAsciiAlnum(text, from), alnum)
          << "round " << round << " from " << from;
      ASSERT_EQ(FindAsciiDigit(text, from), digit)
          << "round " << round << " from " << from;
      ASSERT_EQ(FindAsciiLetter(text, from), letter)
          << "round " << round << " from " << from;
      ASSERT_EQ(FindAsciiSpace(text, from), space)
          << "round " << round << " from " << from;
      ++compared;
    }
  }
  EXPECT_GT(compared, size_t{10'000});
}

// ByteSet::Find against a loop, for random sets (bytes on both sides of
// 0x80, of the same low nibble, of the same high nibble) over random texts
// long enough for whole blocks, from every start.
TEST(ByteSet, FindAgreesWithALoop) {
  Lcg random(20261207);
  size_t compared = 0, found = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<unsigned char> members;
    ByteSet set;
    for (size_t k = random.Next(6); k > 0; --k) {
      const auto b = static_cast<unsigned char>(random.Next(256));
      members.push_back(b);
      set.Add(b);
    }
    // Bytes near the members: 0x80 apart, a nibble apart, and at random.
    std::string text;
    for (size_t i = random.Next(100); i > 0; --i) {
      unsigned char b = static_cast<unsigned char>(random.Next(256));
      if (!members.empty() && random.Next(4) == 0) {
        b = members[random.Next(members.size())];
        if (random.Next(2) == 0) b ^= random.Next(2) == 0 ? 0x80 : 0x10;
      }
      text += static_cast<char>(b);
    }
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      size_t want = npos;
      for (size_t p = from; p < text.size() && want == npos; ++p) {
        const auto c = static_cast<unsigned char>(text[p]);
        if (std::find(members.begin(), members.end(), c) != members.end())
          want = p;
      }
      ASSERT_EQ(set.Find(text, from), want)
          << "round " << round << " from " << from;
      found += want != npos;
      ++compared;
    }
    for (int b = 0; b < 256; ++b) {
      ASSERT_EQ(set.Contains(static_cast<unsigned char>(b)),
                std::find(members.begin(), members.end(), b) != members.end());
    }
  }
  EXPECT_GT(compared, size_t{10'000});
  EXPECT_GT(found, size_t{3'000});
}

TEST(FindAsciiAlnumAndDigit, NeverLooksPastTheTextEnd) {
  const std::string buffer = std::string(33, ',') + "7x";
  for (size_t length = 0; length <= 33; ++length) {
    const std::string_view text(buffer.data(), length);
    EXPECT_EQ(FindAsciiAlnum(text, 0), npos) << length;
    EXPECT_EQ(FindAsciiDigit(text, 0), npos) << length;
    EXPECT_EQ(FindAsciiLetter(text, 0), npos) << length;
  }
  EXPECT_EQ(FindAsciiAlnum(buffer, 0), 33u);
  EXPECT_EQ(FindAsciiDigit(buffer, 0), 33u);
  EXPECT_EQ(FindAsciiLetter(buffer, 0), 34u);
  const std::string spaced = std::string(33, ',') + "\n ";
  for (size_t length = 0; length <= 33; ++length)
    EXPECT_EQ(FindAsciiSpace(std::string_view(spaced.data(), length), 0), npos)
        << length;
  EXPECT_EQ(FindAsciiSpace(spaced, 0), 33u);
}

// BytePairSet::FindWordStart by a plain loop: the oracle.
size_t WordStartByLoop(std::string_view text, size_t from,
                       const std::vector<std::pair<int, int>>& pairs) {
  for (size_t p = from; p + 1 < text.size(); ++p) {
    const auto a = static_cast<unsigned char>(text[p]);
    const auto b = static_cast<unsigned char>(text[p + 1]);
    const bool in = std::find(pairs.begin(), pairs.end(),
                              std::pair<int, int>(a, b)) != pairs.end();
    const bool after_alnum =
        p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1]));
    if (in && !after_alnum) return p;
  }
  return npos;
}

// `count` bytes drawn from `bytes`.
std::string RandomBytes(Lcg& random, const std::vector<unsigned char>& bytes,
                        size_t count) {
  std::string text;
  for (; count > 0; --count)
    text += static_cast<char>(bytes[random.Next(bytes.size())]);
  return text;
}

// FindWordStart from every start of `text` against the plain loop; counts
// the starts compared and those with an answer.
void CompareWordStarts(const BytePairSet& set, const std::string& text,
                       const std::vector<std::pair<int, int>>& pairs, int round,
                       size_t* compared, size_t* found) {
  for (size_t from = 0; from <= text.size(); ++from) {
    const size_t want = WordStartByLoop(text, from, pairs);
    ASSERT_EQ(set.FindWordStart(text, from), want)
        << "round " << round << " from " << from;
    ++*compared;
    *found += want != npos;
  }
}

// Random sets of pairs over texts long enough for the vector pass (and its
// tail), of bytes chosen so that pairs, their bytes alone, bytes that
// differ from theirs by 0x80 only (a vector pass that tells bytes by their
// low seven bits would take them) and letters and digits before them are
// all common.
TEST(BytePairSet, FindWordStartAgreesWithALoopOnRandomTexts) {
  const std::vector<unsigned char> bytes = {
      '1', '2', 'a', 'Z', ' ', '-', 0xE5, 0xAD, 0x2D, 0x65, 0xB1, 0x31, 0x80};
  Lcg random(20261207);
  size_t compared = 0, found = 0;
  for (int round = 0; round < 600; ++round) {
    BytePairSet set;
    std::vector<std::pair<int, int>> pairs;
    for (uint32_t n = random.Next(5); n > 0; --n) {
      const unsigned char a = bytes[random.Next(bytes.size())];
      const unsigned char b = bytes[random.Next(bytes.size())];
      set.Add(a, b);
      pairs.emplace_back(a, b);
    }
    const std::string text = RandomBytes(random, bytes, random.Next(150));
    ASSERT_NO_FATAL_FAILURE(
        CompareWordStarts(set, text, pairs, round, &compared, &found));
    for (const auto& [a, b] : pairs) {
      ASSERT_TRUE(set.Contains(a, b));
    }
  }
  EXPECT_GT(compared, size_t{20'000});
  EXPECT_GT(found, compared / 4);
  EXPECT_LT(found, compared * 3 / 4);
}

// The first two bytes of three-byte characters: many leads (E0-EF), second
// bytes of every high nibble (8-B) and of low nibbles shared between leads,
// beside pairs of other bytes and bytes 0x80 or 0x40 apart from theirs,
// which a coarser vector pass would take and the pair check refuses.
TEST(BytePairSet, CharacterPairsAgreeWithALoopOnRandomTexts) {
  const std::vector<unsigned char> leads = {0xE0, 0xE4, 0xE5, 0xE9, 0xEF};
  const std::vector<unsigned char> seconds = {0x80, 0x8F, 0x95, 0xA5,
                                              0xAF, 0xB0, 0xBF, 0x9A};
  const std::vector<unsigned char> others = {'1',  'a',  ' ',  0x65, 0x15,
                                             0xD5, 0x25, 0xC5, 0x0F, 0xF0};
  std::vector<unsigned char> bytes = leads;
  bytes.insert(bytes.end(), seconds.begin(), seconds.end());
  bytes.insert(bytes.end(), others.begin(), others.end());
  Lcg random(20261211);
  size_t compared = 0, found = 0;
  for (int round = 0; round < 400; ++round) {
    BytePairSet set;
    std::vector<std::pair<int, int>> pairs;
    for (uint32_t n = 1 + random.Next(8); n > 0; --n) {
      const bool character = random.Next(4) != 0;
      const unsigned char a = character ? leads[random.Next(leads.size())]
                                        : bytes[random.Next(bytes.size())];
      const unsigned char b = character ? seconds[random.Next(seconds.size())]
                                        : bytes[random.Next(bytes.size())];
      set.Add(a, b);
      pairs.emplace_back(a, b);
    }
    const std::string text = RandomBytes(random, bytes, 40 + random.Next(200));
    ASSERT_NO_FATAL_FAILURE(
        CompareWordStarts(set, text, pairs, round, &compared, &found));
  }
  EXPECT_GT(compared, size_t{40'000});
  EXPECT_GT(found, compared / 4);
}

// Pairs added with third bytes (and some of them without one as well):
// found only where one of their thirds follows, unless also added alone.
// The vector pass looks at the third byte after a pair that starts with a
// byte from 0x80 on, unless such a pair was added alone; the sets mix both
// kinds, and pairs of ASCII bytes, which it must not look at.
TEST(BytePairSet, TriplesAgreeWithALoopOnRandomTexts) {
  const std::vector<unsigned char> bytes = {'1',  'a',  ' ',  0xE5, 0xAD,
                                            0x2D, 0x65, 0xB1, 0x80, 0xBD};
  Lcg random(20261209);
  size_t compared = 0, found = 0;
  for (int round = 0; round < 600; ++round) {
    BytePairSet set;
    // Per pair: the thirds allowed, or empty for any.
    std::map<std::pair<int, int>, std::set<int>> pairs;
    std::set<std::pair<int, int>> plain;
    for (uint32_t n = 1 + random.Next(5); n > 0; --n) {
      const unsigned char a = bytes[random.Next(bytes.size())];
      const unsigned char b = bytes[random.Next(bytes.size())];
      if (random.Next(3) == 0) {
        set.Add(a, b);
        plain.insert({a, b});
        pairs[{a, b}];
      } else {
        const unsigned char c = bytes[random.Next(bytes.size())];
        set.AddTriple(a, b, c);
        pairs[{a, b}].insert(c);
      }
    }
    std::string text;
    for (uint32_t n = random.Next(150); n > 0; --n)
      text += static_cast<char>(bytes[random.Next(bytes.size())]);
    const auto in_set = [&](size_t p) {
      const auto it = pairs.find({static_cast<unsigned char>(text[p]),
                                  static_cast<unsigned char>(text[p + 1])});
      if (it == pairs.end()) return false;
      if (plain.count(it->first) != 0) return true;
      return p + 2 < text.size() &&
             it->second.count(static_cast<unsigned char>(text[p + 2])) != 0;
    };
    for (size_t from = 0; from <= text.size(); ++from) {
      size_t want = npos;
      for (size_t p = from; p + 1 < text.size(); ++p) {
        const bool after_alnum =
            p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1]));
        if (in_set(p) && !after_alnum) {
          want = p;
          break;
        }
      }
      ASSERT_EQ(set.FindWordStart(text, from), want)
          << "round " << round << " from " << from;
      ++compared;
      found += want != npos;
    }
    for (size_t p = 0; p + 1 < text.size(); ++p)
      ASSERT_EQ(set.ContainsAt(text, p), in_set(p)) << "round " << round;
  }
  EXPECT_GT(compared, size_t{20'000});
  EXPECT_GT(found, compared / 10);
}

TEST(BytePairSet, NeverLooksPastTheTextEnd) {
  BytePairSet set;
  set.Add('a', 'b');
  const std::string buffer = ",," + std::string(40, 'x') + ",ab";
  for (size_t length = 0; length <= 44; ++length) {
    EXPECT_EQ(set.FindWordStart(std::string_view(buffer.data(), length), 0),
              npos)
        << length;
  }
  EXPECT_EQ(set.FindWordStart(buffer, 0), 43u);
  EXPECT_EQ(set.FindWordStart(buffer, 44), npos);
  EXPECT_FALSE(set.Contains('a', 'c'));
  EXPECT_FALSE(set.Contains('b', 'a'));
}

// The first position at or after `from` whose byte starts a word and where
// no passed character (lead E0-EF, two continuation bytes) stands, by a
// plain loop: the oracle.
size_t WordStartByLoop(std::string_view text, size_t from,
                       const std::vector<bool>& start_byte,
                       const std::vector<std::string>& passed) {
  for (size_t p = from; p < text.size(); ++p) {
    if (!start_byte[static_cast<unsigned char>(text[p])]) continue;
    const bool is_passed = std::any_of(
        passed.begin(), passed.end(),
        [&](const std::string& c) { return text.substr(p, 3) == c; });
    if (!is_passed) return p;
  }
  return text.size();
}

TEST(WordStarts, AgreesWithALoopOnRandomTexts) {
  // Characters sharing their lead byte, or their first two bytes (住 佐
  // 体 E4 BD 8F/90/93, 丏 E4 B8 8F), others; stray bytes of every kind.
  const std::vector<std::string> chars = {
      "住", "佐", "体", "丏", "张", "，", "\xEF\xBC\x8C", "\xE0\xA0\x80"};
  const std::vector<unsigned char> strays = {'a',  'Q',  '1',  ' ',  0xE4, 0xE5,
                                             0xBD, 0x80, 0xBF, 0xC3, 0xF0};
  Lcg random(20261208);
  Lcg steps(20261207);  // the cursor's walk: the texts stay as they were
  size_t compared = 0, passed_over = 0, walked = 0;
  for (int round = 0; round < 400; ++round) {
    WordStarts starts;
    std::vector<bool> start_byte(256, false);
    const bool mid_character = round % 10 == 0;
    for (uint32_t n = 1 + random.Next(6); n > 0; --n) {
      unsigned char b = strays[random.Next(strays.size())];
      if (!mid_character && b >= 0x80 && b <= 0xBF) continue;
      starts.AddStartByte(b);
      start_byte[b] = true;
    }
    // Every lead byte in use may start a word now and then.
    for (const std::string& c : chars) {
      if (random.Next(3) == 0) {
        const auto lead = static_cast<unsigned char>(c[0]);
        starts.AddStartByte(lead);
        start_byte[lead] = true;
      }
    }
    std::vector<std::string> passed;
    for (const std::string& c : chars) {
      if (mid_character || random.Next(2) == 0) continue;
      starts.AddPassedChars(
          c[0], c[1], uint64_t{1} << (static_cast<unsigned char>(c[2]) & 0x3F));
      passed.push_back(c);
    }
    std::string text;
    for (uint32_t n = random.Next(160); n > 0; --n) {
      if (random.Next(4) == 0)
        text += static_cast<char>(strays[random.Next(strays.size())]);
      else
        text += chars[random.Next(chars.size())];
    }
    for (size_t from = 0; from <= text.size(); ++from) {
      const size_t want = WordStartByLoop(text, from, start_byte, passed);
      ASSERT_EQ(starts.Find(text, from), want)
          << "round " << round << " from " << from;
      ++compared;
      passed_over += want > from + 40;
    }
    // One cursor over the text, as a search for words walks it: from just
    // past each answer, or a few bytes further.
    WordStarts::Cursor cursor;
    for (size_t from = 0; from <= text.size();) {
      const size_t want = WordStartByLoop(text, from, start_byte, passed);
      ASSERT_EQ(starts.Find(text, from, &cursor), want)
          << "round " << round << " from " << from << " with a cursor";
      ++walked;
      if (want == text.size()) break;
      from = want + 1 + steps.Next(4);
    }
  }
  EXPECT_GT(compared, size_t{50'000});
  EXPECT_GT(passed_over, compared / 20);  // long stretches were passed
  EXPECT_GT(walked, size_t{5'000});
}

// A narrowed character stops a search only before what it was narrowed
// to: over texts long enough for whole blocks, no stop of the plain rule is
// ever passed, and a narrowed character before other bytes is passed (but
// where its six bytes share the filter's bit with a follower's, a few in a
// hundred at most) or fewer than eight bytes from the end.
TEST(WordStarts, NarrowedCharactersStopOnlyBeforeTheirFollowers) {
  const std::vector<std::string> chars = {"住", "佐", "张", "三", "a", "1"};
  const std::vector<std::string> followed = {"住佐", "住张", "张a12", "张三"};
  WordStarts starts;
  for (const int b : {0xE4, 0xE5, int{'a'}})
    starts.AddStartByte(static_cast<unsigned char>(b));
  auto code = [](std::string_view s) {
    uint64_t v = 0;
    for (size_t k = 0; k < s.size(); ++k)
      v |= uint64_t{static_cast<unsigned char>(s[k])} << (8 * k);
    return v;
  };
  std::vector<uint64_t> sixes;
  for (const std::string& f : followed) sixes.push_back(code(f.substr(0, 6)));
  starts.NarrowChars(
      {static_cast<uint32_t>(code("住")), static_cast<uint32_t>(code("张"))},
      sixes);
  // The plain rule: every start byte stops; a narrowed character only
  // before a follower or near the end.
  auto stops_at = [&](const std::string& text, size_t p) {
    const auto b = static_cast<unsigned char>(text[p]);
    if (b != 0xE4 && b != 0xE5 && b != 'a') return false;
    const std::string six = text.substr(p, 6);
    if (six.compare(0, 3, "住") != 0 && six.compare(0, 3, "张") != 0)
      return true;
    return p + 8 > text.size() ||
           std::any_of(
               followed.begin(), followed.end(),
               [&](const std::string& f) { return f.compare(0, 6, six) == 0; });
  };
  Lcg random(20261209);
  size_t narrowed_passed = 0, narrowed_kept = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (uint32_t n = random.Next(120); n > 0; --n)
      text += chars[random.Next(chars.size())];
    for (size_t from = 0; from <= text.size(); ++from) {
      size_t want = from;
      while (want < text.size() && !stops_at(text, want)) ++want;
      const size_t got = starts.Find(text, from);
      ASSERT_LE(got, want) << "round " << round << " from " << from;
      auto narrowed_at = [&](size_t p) {
        return text.compare(p, 3, "住") == 0 || text.compare(p, 3, "张") == 0;
      };
      // Short of the plain rule's answer only at a narrowed character.
      if (got < want) ASSERT_TRUE(narrowed_at(got)) << "round " << round;
      if (narrowed_at(from) && want > from)
        ++(got > from ? narrowed_passed : narrowed_kept);
    }
  }
  EXPECT_GT(narrowed_passed, size_t{3'000});
  EXPECT_LT(narrowed_kept, narrowed_passed / 30);
}

TEST(WordStarts, NeverLooksPastTheTextEnd) {
  WordStarts starts;
  starts.AddStartByte(static_cast<unsigned char>(0xE4));
  starts.AddPassedChars(0xE4, 0xBD, uint64_t{1} << 0x0F);  // 住 E4 BD 8F
  std::string buffer;
  for (int k = 0; k < 40; ++k) buffer += "住";
  buffer += "佐";  // E4 BD 90: not passed
  const size_t stop = 120;
  // A 住 cut short is its lead byte alone, a start.
  for (size_t length = 0; length <= stop; ++length) {
    EXPECT_EQ(starts.Find(std::string_view(buffer.data(), length), 0),
              length - length % 3)
        << length;
  }
  // Cut inside 佐, its lead byte alone is a start.
  EXPECT_EQ(starts.Find(std::string_view(buffer.data(), stop + 1), 0), stop);
  EXPECT_EQ(starts.Find(buffer, 0), stop);
  // From inside a 住 too: its other bytes start nothing.
  for (size_t from = 0; from <= stop; ++from)
    EXPECT_EQ(starts.Find(buffer, from), stop) << from;
}

}  // namespace
}  // namespace wenshu
