// CaseFamilies: what earlier documents of the same case decided about people.
//
// Documents of one case family — the same case number, or an appeal,
// enforcement or related civil judgment whose text cites another's number —
// share who is anonymized and with which pseudonym (rules §4: "in every other
// document of the same case"). A family is the union of the case numbers its
// documents carry; its record is the list of anonymized people in order of
// first appearance across the family.
//
// Determinism: workers read the registry while earlier documents may still
// be in flight, so each lookup returns a version. The single writer commits
// documents in input order and first asks IsCurrent: when an earlier
// document changed the family since the lookup, the document is processed
// again against the settled state. Output therefore equals a one-thread run.
//
// Memory is bounded: at most `max_families` families are remembered; the
// least recently changed are forgotten first (related documents that far
// apart in a stream no longer share pseudonyms).
//
// Thread-safe: Lookup, IsCurrent and family_count may be called from any
// thread at any time; Commit from one thread at a time, in input order.
// Lookup returns copies, never views into the registry. Nothing here can
// fail; a key no family carries has no people and version 0.
#ifndef WENSHU_PIPELINE_CASE_FAMILY_H_
#define WENSHU_PIPELINE_CASE_FAMILY_H_

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.h"

namespace wenshu {

class CaseFamilies {
 public:
  explicit CaseFamilies(size_t max_families = 200000)
      : max_families_(max_families) {}

  struct Snapshot {
    std::vector<PersonRecord> people;
    uint64_t version = 0;
  };
  // The people of every family any of `keys` belongs to, the families
  // changed earliest first, each name once; and the version to hand to
  // IsCurrent.
  Snapshot Lookup(const std::vector<std::string>& keys) const;
  // False when a family of `keys` changed since the Lookup that returned
  // `version`.
  bool IsCurrent(const std::vector<std::string>& keys, uint64_t version) const;
  // Records a document's case numbers and anonymized people, merging every
  // family its keys touch into one. A document with no keys is not
  // recorded, nor one whose keys belong to no family and that anonymized
  // nobody. Call in input order, from one thread.
  void Commit(const std::vector<std::string>& keys,
              const std::vector<PersonRecord>& people);

  // Families remembered now (at most max_families).
  size_t family_count() const;

 private:
  struct Family {
    std::vector<std::string> keys;
    std::vector<PersonRecord> people;
    uint64_t changed = 0;
  };
  uint64_t VersionLocked(const std::vector<std::string>& keys) const;
  void EvictLocked();

  const size_t max_families_;
  mutable std::mutex mu_;
  uint64_t sequence_ = 0;
  std::unordered_map<std::string, std::shared_ptr<Family>> by_key_;
  std::map<uint64_t, std::shared_ptr<Family>> by_change_;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_CASE_FAMILY_H_
