#include "redactors/lexicon.h"

#include <cstdlib>
#include <fstream>

#include "redactors/person_names.h"

namespace wenshu {

namespace {
constexpr char kDefaultPath[] = "/usr/lib/python3/dist-packages/jieba/dict.txt";
}  // namespace

const Lexicon& Lexicon::Instance() {
  static const Lexicon* lexicon = new Lexicon();
  return *lexicon;
}

Lexicon::Lexicon() {
  const char* env = std::getenv("WENSHU_LEXICON");
  source_ = env && *env ? env : kDefaultPath;
  std::ifstream in(source_);
  if (!in) return;
  const NameModel& model = NameModel::Instance();
  std::string line;
  while (std::getline(in, line)) {
    const size_t a = line.find(' ');
    if (a == std::string::npos) continue;
    const size_t b = line.find(' ', a + 1);
    const std::string_view word(line.data(), a);
    if (word.size() < 6 || word.size() > 12) continue;  // 2-4 Han chars
    Entry e;
    e.frequency = std::atoi(line.c_str() + a + 1);
    const std::string_view tag =
        b == std::string::npos ? std::string_view()
                               : std::string_view(line).substr(b + 1);
    e.person_name = tag.substr(0, 2) == "nr";
    e.common_noun = tag == "n" || tag == "t" || tag == "f" || tag == "vn" ||
                    tag == "s";
    e.function_word = tag == "d" || tag == "v" || tag == "p" || tag == "c" ||
                      tag == "a" || tag == "r" || tag == "ad" || tag == "u";
    // Rare words outside the surname-initial ones are not worth the memory.
    if (e.frequency < 10 && model.SurnameAt(word, 0) == 0) continue;
    words_.emplace(std::string(word), e);
  }
  available_ = !words_.empty();
}

const Lexicon::Entry* Lexicon::Lookup(std::string_view word) const {
  auto it = words_.find(word);
  return it == words_.end() ? nullptr : &it->second;
}

bool Lexicon::IsWord(std::string_view word, int min_frequency) const {
  const Entry* e = Lookup(word);
  return e != nullptr && e->frequency >= min_frequency;
}

bool Lexicon::IsFunctionWord(std::string_view word) const {
  const Entry* e = Lookup(word);
  return e != nullptr && e->function_word && e->frequency >= 100;
}

bool Lexicon::IsCommonNoun(std::string_view word, int min_frequency) const {
  const Entry* e = Lookup(word);
  return e != nullptr && e->common_noun && e->frequency >= min_frequency;
}

bool Lexicon::IsCommonNonName(std::string_view word, int min_frequency) const {
  const Entry* e = Lookup(word);
  return e != nullptr && !e->person_name && e->frequency >= min_frequency;
}

}  // namespace wenshu
