#include "pipeline/case_family.h"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace wenshu {
namespace {

// The names of `people`, to tell in constant time whether a name is there
// (a family may hold thousands of people: no search of the list per name).
std::unordered_set<std::string_view> NamesOf(
    const std::vector<PersonRecord>& people) {
  std::unordered_set<std::string_view> names;
  names.reserve(people.size());
  for (const PersonRecord& p : people) names.insert(p.name);
  return names;
}

}  // namespace

uint64_t CaseFamilies::VersionLocked(
    const std::vector<std::string>& keys) const {
  uint64_t version = 0;
  for (const std::string& k : keys) {
    auto it = by_key_.find(k);
    if (it != by_key_.end()) version = std::max(version, it->second->changed);
  }
  return version;
}

CaseFamilies::Snapshot CaseFamilies::Lookup(
    const std::vector<std::string>& keys, std::string_view text) const {
  Snapshot s = LookupInMemory(keys);
  if (registry_ == nullptr || keys.empty()) return s;
  // After the version: a write that this read misses changes the version.
  Result<std::vector<PersonRecord>> stored = registry_->Match(keys, text);
  if (!stored.ok()) {
    s.status = stored.status();
    return s;
  }
  std::vector<PersonRecord> people = std::move(stored).value();
  std::unordered_set<std::string> known;
  for (const PersonRecord& p : people) known.insert(p.name);
  for (PersonRecord& p : s.people) {
    if (known.insert(p.name).second) people.push_back(std::move(p));
  }
  s.people = std::move(people);
  return s;
}

CaseFamilies::Snapshot CaseFamilies::LookupInMemory(
    const std::vector<std::string>& keys) const {
  std::lock_guard<std::mutex> lock(mu_);
  Snapshot s;
  std::set<const Family*> seen;
  std::vector<const Family*> families;
  for (const std::string& k : keys) {
    auto it = by_key_.find(k);
    if (it != by_key_.end() && seen.insert(it->second.get()).second)
      families.push_back(it->second.get());
  }
  // Oldest change first, so that merged lists come out in a fixed order.
  std::sort(families.begin(), families.end(),
            [](const Family* a, const Family* b) {
              return a->changed < b->changed;
            });
  std::unordered_set<std::string_view> known;  // views into the families
  for (const Family* f : families) {
    for (const PersonRecord& p : f->people) {
      if (known.insert(p.name).second) s.people.push_back(p);
    }
  }
  s.version = VersionLocked(keys);
  return s;
}

bool CaseFamilies::IsCurrent(const std::vector<std::string>& keys,
                             uint64_t version) const {
  std::lock_guard<std::mutex> lock(mu_);
  return VersionLocked(keys) == version;
}

void CaseFamilies::Commit(const std::vector<std::string>& keys,
                          const std::vector<PersonRecord>& people) {
  if (keys.empty()) return;
  // Before the version changes (see Lookup). A failure is kept in the
  // registry's write_status; this run goes on remembering in memory. What
  // this run recorded already is not written again (one transaction less
  // per document of a known family).
  if (registry_ != nullptr && !AlreadyRecorded(keys, people)) {
    (void)registry_->Record(keys, people);
  }
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::shared_ptr<Family>> families;
  for (const std::string& k : keys) {
    auto it = by_key_.find(k);
    if (it != by_key_.end() &&
        std::find(families.begin(), families.end(), it->second) ==
            families.end()) {
      families.push_back(it->second);
    }
  }
  std::sort(families.begin(), families.end(),
            [](const std::shared_ptr<Family>& a,
               const std::shared_ptr<Family>& b) {
              return a->changed < b->changed;
            });
  // A family nobody in it is anonymized in has nothing to share: a later
  // document finds no people either way. Not remembering it keeps the
  // registry to the cases that need it.
  if (families.empty() && people.empty()) return;
  auto merged = std::make_shared<Family>();
  for (const std::shared_ptr<Family>& f : families) {
    by_change_.erase(f->changed);
    for (std::string& k : f->keys) merged->keys.push_back(std::move(k));
    for (PersonRecord& p : f->people) merged->people.push_back(std::move(p));
  }
  for (const std::string& k : keys) {
    if (std::find(merged->keys.begin(), merged->keys.end(), k) ==
        merged->keys.end())
      merged->keys.push_back(k);
  }
  std::unordered_set<std::string> known;
  for (const PersonRecord& p : merged->people) known.insert(p.name);
  for (const PersonRecord& p : people) {
    if (known.insert(p.name).second) merged->people.push_back(p);
  }
  merged->changed = ++sequence_;
  for (const std::string& k : merged->keys) by_key_[k] = merged;
  by_change_[merged->changed] = merged;
  EvictLocked();
}

bool CaseFamilies::AlreadyRecorded(
    const std::vector<std::string>& keys,
    const std::vector<PersonRecord>& people) const {
  std::lock_guard<std::mutex> lock(mu_);
  const Family* family = nullptr;
  for (const std::string& k : keys) {
    auto it = by_key_.find(k);
    if (it == by_key_.end()) return false;
    if (family != nullptr && it->second.get() != family) return false;
    family = it->second.get();
  }
  const std::unordered_set<std::string_view> known = NamesOf(family->people);
  for (const PersonRecord& p : people) {
    if (!known.count(p.name)) return false;
  }
  return true;
}

void CaseFamilies::EvictLocked() {
  while (by_change_.size() > max_families_) {
    std::shared_ptr<Family> oldest = by_change_.begin()->second;
    by_change_.erase(by_change_.begin());
    for (const std::string& k : oldest->keys) {
      auto it = by_key_.find(k);
      if (it != by_key_.end() && it->second == oldest) by_key_.erase(it);
    }
  }
}

size_t CaseFamilies::family_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return by_change_.size();
}

}  // namespace wenshu
