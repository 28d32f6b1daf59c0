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
// Across runs: given a FamilyRegistry (family_store.h), Lookup also returns
// the people that families stored by earlier runs protected and whose names
// the document's text holds, and Commit records each document there too,
// in input order. Lookup reads the version before the store, and every
// Commit writes the store before it changes the version, so a lookup that
// missed a write is never current. Output still equals a one-thread run
// over the same stored state.
//
// Memory is bounded: at most `max_families` families are remembered; the
// least recently changed are forgotten first (related documents that far
// apart in a stream no longer share pseudonyms).
//
// Thread-safe: Lookup, IsCurrent and family_count may be called from any
// thread at any time; Commit from one thread at a time, in input order.
// Lookup returns copies, never views into the registry. Without a
// FamilyRegistry nothing here can fail; a key no family carries has no
// people and version 0. With one, a store that cannot be read makes the
// snapshot's status an error (the document must be held), and a failed
// write is kept in the registry's write_status.
#ifndef WENSHU_PIPELINE_CASE_FAMILY_H_
#define WENSHU_PIPELINE_CASE_FAMILY_H_

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "pipeline/family_store.h"

namespace wenshu {

class CaseFamilies {
 public:
  // `registry`, when given, must outlive this object.
  explicit CaseFamilies(size_t max_families = 200000,
                        FamilyRegistry* registry = nullptr)
      : max_families_(max_families), registry_(registry) {}

  struct Snapshot {
    std::vector<PersonRecord> people;
    uint64_t version = 0;
    Status status;  // not Ok when the registry could not be read
  };
  // The people of every family any of `keys` belongs to, each name once:
  // first those the registry holds whose names occur in `text`, then those
  // of this run, the families changed earliest first; and the version to
  // hand to IsCurrent.
  Snapshot Lookup(const std::vector<std::string>& keys,
                  std::string_view text = {}) const;
  // False when a family of `keys` changed since the Lookup that returned
  // `version`.
  bool IsCurrent(const std::vector<std::string>& keys, uint64_t version) const;
  // Records a document's case numbers and anonymized people, merging every
  // family its keys touch into one. A document with no keys is not
  // recorded, nor one whose keys belong to no family and that anonymized
  // nobody. Also records them in the registry, if any. Call in input
  // order, from one thread.
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
  Snapshot LookupInMemory(const std::vector<std::string>& keys) const;
  uint64_t VersionLocked(const std::vector<std::string>& keys) const;
  void EvictLocked();
  // True when this run committed `keys` as one family with all of
  // `people` already (so the registry holds them). Takes the lock.
  bool AlreadyRecorded(const std::vector<std::string>& keys,
                       const std::vector<PersonRecord>& people) const;

  const size_t max_families_;
  FamilyRegistry* const registry_;
  mutable std::mutex mu_;
  uint64_t sequence_ = 0;
  std::unordered_map<std::string, std::shared_ptr<Family>> by_key_;
  std::map<uint64_t, std::shared_ptr<Family>> by_change_;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_CASE_FAMILY_H_
