#include "redactors/lexicon.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <utility>
#include <vector>

#include "core/byte_table.h"
#include "redactors/person_names.h"

namespace wenshu {

namespace {

constexpr uint32_t kMagic = 0x584C5357;  // "WSLX"
constexpr size_t kHeaderBytes = 16;
constexpr size_t kEntryBytes = 12;  // offset, frequency, length | flags << 8
constexpr uint32_t kPersonName = 1;
constexpr uint32_t kFunctionWord = 2;
constexpr uint32_t kCommonNoun = 4;

}  // namespace

Lexicon Lexicon::FromFile(const std::string& path) {
  Lexicon lexicon;
  lexicon.source_ = path;
  std::ifstream in(path);
  if (!in) return lexicon;
  const NameModel& model = NameModel::Instance();
  std::string words;
  std::vector<uint32_t> offsets;
  std::vector<uint32_t> frequencies;
  std::vector<uint32_t> shapes;  // length | flags << 8
  std::string line;
  while (std::getline(in, line)) {
    const size_t a = line.find(' ');
    if (a == std::string::npos) continue;
    const size_t b = line.find(' ', a + 1);
    const std::string_view word(line.data(), a);
    if (word.size() < 6 || word.size() > 12) continue;  // 2-4 Han chars
    const int frequency = std::atoi(line.c_str() + a + 1);
    const std::string_view tag =
        b == std::string::npos ? std::string_view()
                               : std::string_view(line).substr(b + 1);
    uint32_t flags = 0;
    if (tag.substr(0, 2) == "nr") flags |= kPersonName;
    if (tag == "n" || tag == "t" || tag == "f" || tag == "vn" || tag == "s")
      flags |= kCommonNoun;
    if (tag == "d" || tag == "v" || tag == "p" || tag == "c" || tag == "a" ||
        tag == "r" || tag == "ad" || tag == "u")
      flags |= kFunctionWord;
    // Rare words outside the surname-initial ones are not worth the memory.
    if (frequency < 10 && model.SurnameAt(word, 0) == 0) continue;
    offsets.push_back(static_cast<uint32_t>(words.size()));
    frequencies.push_back(static_cast<uint32_t>(frequency));
    shapes.push_back(static_cast<uint32_t>(word.size()) | flags << 8);
    words.append(word);
  }
  if (offsets.empty()) return lexicon;

  // Open addressing at most half full; a word seen again keeps its first
  // line, as the dictionary's first entry for a word always did.
  uint32_t slot_count = 1;
  while (slot_count < 2 * offsets.size()) slot_count *= 2;
  std::vector<uint32_t> slots(slot_count, 0);  // entry index + 1; 0 empty
  std::vector<uint32_t> kept;
  for (uint32_t i = 0; i < offsets.size(); ++i) {
    const std::string_view word(words.data() + offsets[i], shapes[i] & 0xFF);
    bool duplicate = false;
    uint32_t s = TableHash(word) & (slot_count - 1);
    for (; slots[s] != 0; s = (s + 1) & (slot_count - 1)) {
      const uint32_t k = kept[slots[s] - 1];
      if (std::string_view(words.data() + offsets[k], shapes[k] & 0xFF) ==
          word) {
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    kept.push_back(i);
    slots[s] = static_cast<uint32_t>(kept.size());
  }

  std::string table;
  AppendU32(kMagic, &table);
  AppendU32(static_cast<uint32_t>(kept.size()), &table);
  AppendU32(slot_count, &table);
  AppendU32(static_cast<uint32_t>(words.size()), &table);
  for (uint32_t k : kept) {
    AppendU32(offsets[k], &table);
    AppendU32(frequencies[k], &table);
    AppendU32(shapes[k], &table);
  }
  for (uint32_t s : slots) AppendU32(s, &table);
  table.append(words);
  lexicon.owned_ = std::move(table);
  const Status status = lexicon.Attach();
  if (!status.ok()) std::abort();  // we just wrote it: a defect
  return lexicon;
}

Result<Lexicon> Lexicon::FromTable(std::string_view table,
                                   std::string source) {
  Lexicon lexicon;
  lexicon.source_ = std::move(source);
  lexicon.external_ = table;
  if (table.empty()) return lexicon;
  Status status = lexicon.Attach();
  if (!status.ok()) return status;
  return lexicon;
}

Status Lexicon::Attach() {
  const std::string_view t = table();
  auto bad = [&](const char* why) {
    return Status::InvalidInput(std::string("lexicon table of ") + source_ +
                                ": " + why);
  };
  if (t.size() < kHeaderBytes || ReadU32(t.data()) != kMagic)
    return bad("not a lexicon table");
  const uint64_t n = ReadU32(t.data() + 4);
  const uint64_t s = ReadU32(t.data() + 8);
  const uint64_t w = ReadU32(t.data() + 12);
  if (s == 0 || (s & (s - 1)) != 0 || s <= n)
    return bad("slot count is not a power of two above the entry count");
  if (t.size() != kHeaderBytes + n * kEntryBytes + s * 4 + w)
    return bad("size does not match its header");
  entry_count_ = static_cast<uint32_t>(n);
  slot_count_ = static_cast<uint32_t>(s);
  entries_at_ = kHeaderBytes;
  slots_at_ = entries_at_ + n * kEntryBytes;
  words_at_ = slots_at_ + s * 4;
  words_size_ = w;
  return Status::Ok();
}

std::string Lexicon::Serialize() const { return std::string(table()); }

bool Lexicon::Lookup(std::string_view word, Entry* entry) const {
  if (slot_count_ == 0) return false;
  const char* base = table().data();
  const std::string_view words(base + words_at_, words_size_);
  // At most slot_count_ probes, so that even a damaged table ends.
  uint32_t s = TableHash(word) & (slot_count_ - 1);
  for (uint32_t probe = 0; probe < slot_count_;
       ++probe, s = (s + 1) & (slot_count_ - 1)) {
    const uint32_t index = ReadU32(base + slots_at_ + 4 * size_t{s});
    if (index == 0 || index > entry_count_) return false;
    const char* e = base + entries_at_ + (index - 1) * kEntryBytes;
    const uint32_t offset = ReadU32(e);
    const uint32_t shape = ReadU32(e + 8);
    const size_t length = shape & 0xFF;
    if (length != word.size() || offset > words.size() ||
        words.size() - offset < length ||
        std::memcmp(words.data() + offset, word.data(), length) != 0)
      continue;
    entry->frequency = static_cast<int>(ReadU32(e + 4));
    entry->person_name = (shape >> 8) & kPersonName;
    entry->function_word = (shape >> 8) & kFunctionWord;
    entry->common_noun = (shape >> 8) & kCommonNoun;
    return true;
  }
  return false;
}

bool Lexicon::IsWord(std::string_view word, int min_frequency) const {
  Entry e;
  return Lookup(word, &e) && e.frequency >= min_frequency;
}

bool Lexicon::IsFunctionWord(std::string_view word) const {
  Entry e;
  return Lookup(word, &e) && e.function_word && e.frequency >= 100;
}

bool Lexicon::IsCommonNoun(std::string_view word, int min_frequency) const {
  Entry e;
  return Lookup(word, &e) && e.common_noun && e.frequency >= min_frequency;
}

bool Lexicon::IsCommonNonName(std::string_view word, int min_frequency) const {
  Entry e;
  return Lookup(word, &e) && !e.person_name && e.frequency >= min_frequency;
}

}  // namespace wenshu
