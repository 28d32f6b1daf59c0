// The final checks of `wenshu publish` (see publish_output.h): every public
// file against the identifiers the run removed, and each published document
// against what its case family protects.
#include <cctype>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "pipeline/publish_output.h"
#include "pipeline/publish_paths.h"
#include "publishers/corpus_writer.h"
#include "redactors/literal_automaton.h"

namespace wenshu {

bool ContainsAlone(std::string_view text, std::string_view value) {
  const auto alnum = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
  };
  for (size_t at = text.find(value); at != std::string_view::npos;
       at = text.find(value, at + 1)) {
    const size_t end = at + value.size();
    if (alnum(value.front()) && at > 0 && alnum(text[at - 1])) continue;
    if (alnum(value.back()) && end < text.size() && alnum(text[end])) continue;
    return true;
  }
  return false;
}

bool IsScannable(std::string_view value) {
  bool ascii = true;
  for (char c : value) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  return Utf8CharCount(value) >= 2 && (!ascii || value.size() >= 6);
}

// Every file under site/, corpus/ and feed/ against every identifier this
// run removed, in one pass per file (an Aho-Corasick automaton of them all).
Status PublishOutput::ScanPublicFiles() {
  if (removed_.empty()) return Status::Ok();
  std::vector<std::string_view> values;
  std::vector<const std::pair<const std::string,
                              std::pair<std::string, std::string>>*>
      by_index;
  for (const auto& entry : removed_) {
    values.push_back(entry.first);
    by_index.push_back(&entry);
  }
  const LiteralAutomaton automaton(values);
  const auto alnum = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
  };
  // The files to scan: the derived list, plus every document's own pages.
  std::set<std::string> paths;
  Result<std::optional<std::string>> derived = files_.Read(kDerivedList);
  if (!derived.ok()) return derived.status();
  if (derived.value()) {
    std::string_view list = *derived.value();
    for (size_t start = 0; start < list.size();) {
      size_t end = list.find('\n', start);
      if (end == std::string_view::npos) end = list.size();
      paths.emplace(list.substr(start, end - start));
      start = end + 1;
    }
  }
  Result<std::vector<PublicationEntry>> entries = registry_.List();
  if (!entries.ok()) return entries.status();
  for (const PublicationEntry& e : entries.value()) {
    const std::string folder = std::string(kSite) + e.key;
    paths.insert(folder + "index.html");
    for (int64_t v = 1; v < e.version; ++v)
      paths.insert(folder + "v" + std::to_string(v) + ".html");
  }
  for (const std::string& path : paths) {
    Result<std::optional<std::string>> bytes = files_.Read(path);
    if (!bytes.ok()) return bytes.status();
    if (!bytes.value()) continue;
    const std::string& text = *bytes.value();
    std::set<size_t> found;
    automaton.ForEachMatch(text, [&](size_t begin, size_t index) {
      const std::string& value = by_index[index]->first;
      // A value edged with a letter or digit counts only where it is not
      // part of a longer run (12345 inside 民初12345 is no certificate).
      const size_t end = begin + value.size();
      if (alnum(value.front()) && begin > 0 && alnum(text[begin - 1])) return;
      if (alnum(value.back()) && end < text.size() && alnum(text[end])) return;
      found.insert(index);
    });
    for (size_t index : found) {
      const auto& what = by_index[index]->second;
      std::fprintf(stderr,
                   "wenshu: LEAK: %s holds a %s value removed from %s; take "
                   "the site offline and review it\n",
                   path.c_str(), what.first.c_str(), what.second.c_str());
      ++counts_.leaks;
    }
  }
  return Status::Ok();
}

// Each document published in this run against every name, home and listed
// term removed anywhere in its case family: its title, facts and text, as
// its record holds them (every page, index line, search entry and corpus
// line is made from the record). One that shows such a value is withdrawn
// in the registry, as by staff, until someone reviews it: its page becomes
// the withdrawal notice when the site is rebuilt.
Status PublishOutput::WithdrawFamilyConflicts() {
  for (const auto& [key, families] : published_families_) {
    std::set<std::string> names;
    for (const std::string& family : families) {
      auto it = names_by_family_.find(family);
      if (it != names_by_family_.end())
        names.insert(it->second.begin(), it->second.end());
    }
    if (names.empty()) continue;
    Result<std::optional<std::string>> bytes =
        files_.Read(std::string(kRecords) + key + "record.json");
    if (!bytes.ok()) return bytes.status();
    if (!bytes.value()) continue;
    Result<CorpusRecord> record = ParseCorpusLine(*bytes.value());
    if (!record.ok()) return record.status();
    const CorpusRecord& r = record.value();
    bool found = false;
    for (const std::string& name : names) {
      for (const std::string* field :
           {&r.title, &r.public_text, &r.case_number, &r.court, &r.cause,
            &r.doc_type})
        found = found || ContainsAlone(*field, name);
    }
    if (!found) continue;
    Result<std::optional<PublicationEntry>> entry = registry_.Find(key);
    if (!entry.ok()) return entry.status();
    if (!entry.value() || entry.value()->staff_withdrawn) continue;
    if (Status s = registry_.Withdraw(key, kFamilyConflict,
                                      "wenshu publish (final scan)",
                                      run_->stamp());
        !s.ok())
      return s;
    std::fprintf(stderr,
                 "wenshu: %s withdrawn: its title or text shows a value "
                 "protected in another document of its case family; review "
                 "it, then `wenshu registry reinstate %s --reason ...`\n",
                 key.c_str(), key.c_str());
    ++counts_.family_conflicts;
    for (ReviewRow& row : review_rows_) {
      if (row.entry.key != key) continue;
      row.entry.status = "held";
      row.entry.reasons.insert(row.entry.reasons.begin(), kFamilyConflict);
    }
  }
  return Status::Ok();
}

}  // namespace wenshu
