// The case-family registry that outlives a run: which persons the documents
// of a case family protected, and with which pseudonym, kept so that a
// document processed in a later run protects them too (a civil judgment
// citing a criminal one redacted last month). See case_family.h for the
// family within one run.
//
// No name is stored in clear. For every protected person the store keeps
// HMAC-SHA256(key, salt NUL name) — the key a secret file of the operator's
// (RegistryKey), the salt random per family, so that the same person in two
// unrelated families cannot be linked by reading the file — together with
// the number of characters of the name, whether it starts with a known
// surname, the pseudonym given (published anyway, surname included) and
// why the person was protected. A new document is matched by
// sealing each run of that many characters of its text under each stored
// salt and looking the seal up: a match gives back the name as the new
// document writes it. Without the key nothing matches, and nothing in the
// store says whose names it holds; with the key, the short Chinese names
// can be found by trying them all, so the key is as secret as the names.
//
// Three pieces, so that the storage can change without the rest:
//   RegistryKey     the secret, read from a file; seals names.
//   FamilyStore     the storage interface: sealed people by case key, and
//                   recording them (merging families). SqliteFamilyStore
//                   keeps them in the register database (register_schema.h),
//                   next to the party requests; another backend (a server
//                   database, a service) implements the same two calls.
//   FamilyRegistry  what CaseFamilies uses: a store and the keys, matching
//                   a document's text against the store and recording a
//                   document's protected people.
//
// Errors are Status values and never quote a name.
#ifndef WENSHU_PIPELINE_FAMILY_STORE_H_
#define WENSHU_PIPELINE_FAMILY_STORE_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace wenshu {

// A secret key for sealing names. Immutable and thread-safe.
class RegistryKey {
 public:
  // Fewer bytes than this are refused: the key is all that keeps short
  // names from being tried one by one.
  static constexpr size_t kMinBytes = 32;

  // The key is the file's bytes exactly as they are (a line break at the
  // end included). kIoError naming the file when it cannot be read,
  // kInvalidInput when it holds fewer than kMinBytes bytes; both say how to
  // make a key.
  static Result<RegistryKey> Load(const std::string& path);
  // For tests and other sources; the same length rule.
  static Result<RegistryKey> FromBytes(std::string bytes,
                                       const std::string& source);

  // 16 hex digits that tell keys apart without revealing them (a MAC of a
  // fixed text); stored with every seal.
  const std::string& id() const { return id_; }
  // HMAC-SHA256(key, salt NUL name), 64 hex digits.
  std::string Seal(std::string_view salt, std::string_view name) const;
  const std::string& bytes() const { return bytes_; }

 private:
  explicit RegistryKey(std::string bytes);
  std::string bytes_;
  std::string id_;
};

// One protected person as the store keeps them.
struct SealedPerson {
  int64_t order = 0;         // when recorded: earlier people first
  std::string key_id;        // RegistryKey::id of the sealing key
  std::string salt;          // the family's salt when sealed, 32 hex digits
  std::string name_mac;      // RegistryKey::Seal(salt, name)
  int64_t name_chars = 0;    // code points in the name
  bool surname_led = false;  // NameStartsWithSurname(name)
  std::string pseudonym;     // 王某1
  std::string reason;        // victim, witness, minor ...
  bool operator==(const SealedPerson&) const = default;
};

// A person to record, sealed by the store with the family's salt.
struct PersonToSeal {
  std::string name;
  std::string pseudonym;
  std::string reason;
};

// Storage of the registry. Implementations are thread-safe: Find may be
// called from any thread, also while Record runs; Record commits atomically
// (all or nothing).
class FamilyStore {
 public:
  virtual ~FamilyStore() = default;
  // The people of every family any of `keys` (normalized case numbers)
  // belongs to, by `order`.
  virtual Result<std::vector<SealedPerson>> Find(
      const std::vector<std::string>& keys) = 0;
  // Makes `keys` one family (merging the families they belong to into the
  // oldest) and adds `people`, each sealed with `key` under that family's
  // salt, each (key, salt, seal) once. A document with no keys, or whose
  // keys belong to no family and that protected nobody, changes nothing.
  virtual Status Record(const std::vector<std::string>& keys,
                        const std::vector<PersonToSeal>& people,
                        const RegistryKey& key) = 0;
};

// The registry in the register database (register_schema.h). One
// connection, guarded by a mutex.
class SqliteFamilyStore : public FamilyStore {
 public:
  // Opens or creates the database at `path` (creating or migrating its
  // schema). Fails like RequestRegister::Open: kIoError when the file
  // cannot be opened, kInvalidInput for another program's database or a
  // newer schema.
  static Result<std::unique_ptr<SqliteFamilyStore>> Open(
      const std::string& path,
      std::chrono::milliseconds busy_timeout = std::chrono::seconds(10));
  ~SqliteFamilyStore() override;

  Result<std::vector<SealedPerson>> Find(
      const std::vector<std::string>& keys) override;
  Status Record(const std::vector<std::string>& keys,
                const std::vector<PersonToSeal>& people,
                const RegistryKey& key) override;

  // Families and sealed people in the file (for tests and messages).
  Result<int64_t> FamilyCount();
  Result<int64_t> PeopleCount();

 private:
  struct Impl;
  explicit SqliteFamilyStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Whether `name` starts with a surname of the built-in list (NameModel).
// Stored with each seal; a window of text can only be the name when it
// answers the same, so the others are not sealed.
bool NameStartsWithSurname(std::string_view name);

// Seals under `key` the windows of `text` that could be the names of
// `stored` and returns the people found, as the text writes them, each
// name once (the first recorded wins), in the store's order. Seals made
// under a key other than `keys`' are skipped (they cannot be matched).
// Thread-safe; linear in the text for each distinct (key, salt, length).
std::vector<PersonRecord> MatchSealedPeople(
    std::string_view text, const std::vector<SealedPerson>& stored,
    const std::vector<const RegistryKey*>& keys);

// A store with the keys to use it: what CaseFamilies persists through.
// Match and Record are thread-safe (Record is meant for one writer, in
// input order).
class FamilyRegistry {
 public:
  // Seals are written under `key`; `old_keys` (a key being retired) are
  // only matched against.
  FamilyRegistry(std::unique_ptr<FamilyStore> store, RegistryKey key,
                 std::vector<RegistryKey> old_keys = {});

  // The people the stored families of `keys` protected whose names occur
  // in `text`. Fails when the store cannot be read.
  Result<std::vector<PersonRecord>> Match(const std::vector<std::string>& keys,
                                          std::string_view text) const;
  // Records a document's families and protected people. A failure is kept
  // (the first one, see write_status) and returned.
  Status Record(const std::vector<std::string>& keys,
                const std::vector<PersonRecord>& people);

  // Ok, or the first failed Record of this registry.
  Status write_status() const;
  FamilyStore& store() { return *store_; }

 private:
  std::unique_ptr<FamilyStore> store_;
  const RegistryKey key_;
  const std::vector<RegistryKey> old_keys_;
  mutable std::mutex mu_;
  Status first_write_error_ = Status::Ok();
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_FAMILY_STORE_H_
