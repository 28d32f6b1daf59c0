#include "pipeline/family_store.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/date.h"
#include "core/hmac.h"
#include "core/sqlite.h"
#include "core/utf8.h"
#include "pipeline/register_schema.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

constexpr char kKeyIdText[] = "wenshu case-family registry key id 1";
constexpr char kHowToMakeAKey[] =
    "make one with `head -c 32 /dev/urandom > FILE; chmod 600 FILE` and keep "
    "it as safe as the names it protects";

std::string SealWith(HmacSha256& engine, std::string_view salt,
                     std::string_view name) {
  std::string message;
  message.reserve(salt.size() + 1 + name.size());
  message.append(salt);
  message.push_back('\0');
  message.append(name);
  return engine.Hex(message);
}

// 16 random bytes in hex: a new family's salt.
std::string NewSalt() {
  static std::mutex mu;
  static std::random_device device;
  std::lock_guard<std::mutex> lock(mu);
  static const char kHex[] = "0123456789abcdef";
  std::string salt;
  for (int i = 0; i < 4; ++i) {
    const uint32_t r = device();
    for (int b = 0; b < 8; ++b) salt.push_back(kHex[(r >> (4 * b)) & 0xF]);
  }
  return salt;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i = NextCharBoundary(s, i)) ++n;
  return n;
}

// Whether a name can start with the code point: a letter of some script,
// not a digit, space or punctuation mark. Saves sealing windows no name
// fills.
bool CanStartName(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFF00 && c <= 0xFF20) return false;  // full-width signs, digits
  return true;
}

}  // namespace

RegistryKey::RegistryKey(std::string bytes)
    : bytes_(std::move(bytes)),
      id_(HmacSha256Hex(bytes_, kKeyIdText).substr(0, 16)) {}

Result<RegistryKey> RegistryKey::FromBytes(std::string bytes,
                                           const std::string& source) {
  if (bytes.size() < kMinBytes) {
    return Status::InvalidInput(
        "registry key " + source + " holds " + std::to_string(bytes.size()) +
        " bytes, fewer than " + std::to_string(kMinBytes) + "; " +
        kHowToMakeAKey);
  }
  return RegistryKey(std::move(bytes));
}

Result<RegistryKey> RegistryKey::Load(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    return Status::IoError("cannot read registry key " + path + ": " +
                           std::strerror(errno) + "; " + kHowToMakeAKey);
  }
  if (!S_ISREG(st.st_mode)) {
    return Status::IoError("cannot read registry key " + path +
                           ": not a regular file; " + kHowToMakeAKey);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IoError("cannot read registry key " + path + ": " +
                           std::strerror(errno));
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    return Status::IoError("cannot read registry key " + path + ": " +
                           std::strerror(errno));
  }
  return FromBytes(bytes.str(), path);
}

std::string RegistryKey::Seal(std::string_view salt,
                              std::string_view name) const {
  HmacSha256 engine(bytes_);
  return SealWith(engine, salt, name);
}

struct SqliteFamilyStore::Impl {
  explicit Impl(SqliteDatabase db) : database(std::move(db)) {}
  std::mutex mu;
  SqliteDatabase database;

  Result<int64_t> QueryInt(const std::string& sql) {
    int64_t value = 0;
    Status s = database.Run(sql, [&](SqlStatement& q) { q.Into(&value); });
    if (!s.ok()) return s;
    return value;
  }
};

Result<std::unique_ptr<SqliteFamilyStore>> SqliteFamilyStore::Open(
    const std::string& path, std::chrono::milliseconds busy_timeout) {
  if (path.empty())
    return Status::InvalidInput("the register database path is empty");
  Result<SqliteDatabase> database = SqliteDatabase::Open(
      path, {.what = "register database", .busy_timeout = busy_timeout});
  if (!database.ok()) return database.status();
  auto impl = std::make_unique<Impl>(std::move(database).value());
  if (Status s = EnsureRegisterSchema(impl->database); !s.ok()) return s;
  // This connection's commits are not synced one by one (the write-ahead
  // log is, at each checkpoint): a process that dies loses nothing it
  // committed; a power failure may lose the last documents' records, which
  // a rerun over them writes again. One sync per document would cost more
  // than the redaction of a short judgment.
  if (Status s = impl->database.Run("PRAGMA synchronous = NORMAL"); !s.ok())
    return s;
  return std::unique_ptr<SqliteFamilyStore>(
      new SqliteFamilyStore(std::move(impl)));
}

SqliteFamilyStore::SqliteFamilyStore(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
SqliteFamilyStore::~SqliteFamilyStore() = default;

Result<std::vector<SealedPerson>> SqliteFamilyStore::Find(
    const std::vector<std::string>& keys) {
  std::vector<SealedPerson> out;
  if (keys.empty()) return out;
  std::string marks;
  for (size_t i = 0; i < keys.size(); ++i) marks += i == 0 ? "?" : ", ?";
  std::vector<int64_t> order, chars, surname_led;
  std::vector<std::string> key_id, salt, mac, pseudonym, reason;
  std::lock_guard<std::mutex> lock(impl_->mu);
  Status s = impl_->database.Run(
      "SELECT id, key_id, salt, name_mac, name_chars, surname_led, "
      "pseudonym, reason "
      "FROM family_people WHERE family_id IN (SELECT family_id FROM "
      "family_keys WHERE case_key IN (" +
          marks + ")) ORDER BY id",
      [&](SqlStatement& q) {
        q.Into(&order).Into(&key_id).Into(&salt).Into(&mac).Into(&chars);
        q.Into(&surname_led).Into(&pseudonym).Into(&reason);
        for (const std::string& k : keys) q.Bind(k);
      });
  if (!s.ok()) return s;
  out.reserve(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    out.push_back({order[i], key_id[i], salt[i], mac[i], chars[i],
                   surname_led[i] != 0, pseudonym[i], reason[i]});
  }
  return out;
}

Status SqliteFamilyStore::Record(const std::vector<std::string>& keys,
                                 const std::vector<PersonToSeal>& people,
                                 const RegistryKey& key) {
  if (keys.empty()) return Status::Ok();
  std::lock_guard<std::mutex> lock(impl_->mu);
  SqliteDatabase& db = impl_->database;
  return db.Transaction([&]() -> Status {
    std::set<int64_t> families;
    for (const std::string& k : keys) {
      std::vector<int64_t> id;
      Status s = db.Run("SELECT family_id FROM family_keys WHERE case_key = ?",
                        [&](SqlStatement& q) { q.Into(&id).Bind(k); });
      if (!s.ok()) return s;
      families.insert(id.begin(), id.end());
    }
    if (families.empty() && people.empty()) return Status::Ok();
    const std::string now = UtcTimestampNow();
    int64_t target = 0;
    std::string salt;
    if (families.empty()) {
      salt = NewSalt();
      Status s = db.Run("INSERT INTO families (salt, created_at) VALUES (?, ?)",
                        [&](SqlStatement& q) { q.Bind(salt).Bind(now); });
      if (!s.ok()) return s;
      Result<int64_t> id = impl_->QueryInt("SELECT last_insert_rowid()");
      if (!id.ok()) return id.status();
      target = id.value();
    } else {
      // The oldest family takes the others in; their people keep the salt
      // they were sealed with.
      target = *families.begin();
      Status s = db.Run("SELECT salt FROM families WHERE id = ?",
                        [&](SqlStatement& q) { q.Into(&salt).Bind(target); });
      if (!s.ok()) return s;
      for (auto it = std::next(families.begin()); it != families.end(); ++it) {
        const int64_t other = *it;
        for (const char* sql :
             {"UPDATE OR IGNORE family_keys SET family_id = ? WHERE "
              "family_id = ?",
              "UPDATE OR IGNORE family_people SET family_id = ? WHERE "
              "family_id = ?"}) {
          s = db.Run(sql, [&](SqlStatement& q) { q.Bind(target).Bind(other); });
          if (!s.ok()) return s;
        }
        for (const char* sql : {"DELETE FROM family_people WHERE family_id = ?",
                                "DELETE FROM family_keys WHERE family_id = ?",
                                "DELETE FROM families WHERE id = ?"}) {
          s = db.Run(sql, [&](SqlStatement& q) { q.Bind(other); });
          if (!s.ok()) return s;
        }
      }
    }
    for (const std::string& k : keys) {
      Status s = db.Run(
          "INSERT OR IGNORE INTO family_keys (case_key, family_id) "
          "VALUES (?, ?)",
          [&](SqlStatement& q) { q.Bind(k).Bind(target); });
      if (!s.ok()) return s;
    }
    HmacSha256 engine(key.bytes());
    for (const PersonToSeal& p : people) {
      const std::string mac = SealWith(engine, salt, p.name);
      Status s = db.Run(
          "INSERT OR IGNORE INTO family_people (family_id, key_id, salt, "
          "name_mac, name_chars, surname_led, pseudonym, reason, "
          "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          [&](SqlStatement& q) {
            q.Bind(target).Bind(key.id()).Bind(salt).Bind(mac);
            q.Bind(static_cast<int64_t>(CountCodePoints(p.name)));
            q.Bind(int64_t{NameStartsWithSurname(p.name) ? 1 : 0});
            q.Bind(p.pseudonym).Bind(p.reason).Bind(now);
          });
      if (!s.ok()) return s;
    }
    return Status::Ok();
  });
}

Result<int64_t> SqliteFamilyStore::FamilyCount() {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->QueryInt("SELECT count(*) FROM families");
}

Result<int64_t> SqliteFamilyStore::PeopleCount() {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->QueryInt("SELECT count(*) FROM family_people");
}

bool NameStartsWithSurname(std::string_view name) {
  return NameModel::Instance().SurnameAt(name, 0) > 0;
}

std::vector<PersonRecord> MatchSealedPeople(
    std::string_view text, const std::vector<SealedPerson>& stored,
    const std::vector<const RegistryKey*>& keys) {
  if (stored.empty()) return {};
  // The stored people by what they are searched with: key, salt, length,
  // how the name starts.
  using Group = std::tuple<std::string, std::string, int64_t, bool>;
  std::map<Group, std::unordered_multimap<std::string, size_t>> groups;
  for (size_t i = 0; i < stored.size(); ++i) {
    const SealedPerson& p = stored[i];
    groups[{p.key_id, p.salt, p.name_chars, p.surname_led}].emplace(p.name_mac,
                                                                    i);
  }
  // Where each code point starts, and the end.
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); i = NextCharBoundary(text, i))
    starts.push_back(i);
  starts.push_back(text.size());
  const size_t chars = starts.size() - 1;

  std::vector<std::string_view> found(stored.size());
  for (const auto& [group, by_mac] : groups) {
    const auto& [key_id, salt, length, surname_led] = group;
    const auto key = std::find_if(
        keys.begin(), keys.end(),
        [&id = key_id](const RegistryKey* k) { return k->id() == id; });
    if (key == keys.end() || length <= 0 || static_cast<size_t>(length) > chars)
      continue;
    HmacSha256 engine((*key)->bytes());
    std::unordered_set<std::string_view> sealed;
    for (size_t c = 0; c + length <= chars; ++c) {
      if (!CanStartName(CodePointAt(text, starts[c]))) continue;
      const std::string_view window =
          text.substr(starts[c], starts[c + length] - starts[c]);
      if (window.find('\n') != std::string_view::npos) continue;
      // The window is the name only if it starts as the name does.
      if (NameStartsWithSurname(window) != surname_led) continue;
      if (!sealed.insert(window).second) continue;
      auto [from, to] = by_mac.equal_range(SealWith(engine, salt, window));
      for (auto it = from; it != to; ++it) found[it->second] = window;
    }
  }
  std::vector<PersonRecord> people;
  for (size_t i = 0; i < stored.size(); ++i) {  // in the store's order
    if (found[i].empty()) continue;
    const bool known =
        std::any_of(people.begin(), people.end(),
                    [&](const PersonRecord& p) { return p.name == found[i]; });
    if (!known)
      people.push_back(
          {std::string(found[i]), stored[i].pseudonym, stored[i].reason});
  }
  return people;
}

FamilyRegistry::FamilyRegistry(std::unique_ptr<FamilyStore> store,
                               RegistryKey key,
                               std::vector<RegistryKey> old_keys)
    : store_(std::move(store)),
      key_(std::move(key)),
      old_keys_(std::move(old_keys)) {}

Result<std::vector<PersonRecord>> FamilyRegistry::Match(
    const std::vector<std::string>& keys, std::string_view text) const {
  Result<std::vector<SealedPerson>> stored = store_->Find(keys);
  if (!stored.ok()) return stored.status();
  std::vector<const RegistryKey*> usable = {&key_};
  for (const RegistryKey& k : old_keys_) usable.push_back(&k);
  return MatchSealedPeople(text, stored.value(), usable);
}

Status FamilyRegistry::Record(const std::vector<std::string>& keys,
                              const std::vector<PersonRecord>& people) {
  std::vector<PersonToSeal> to_seal;
  to_seal.reserve(people.size());
  for (const PersonRecord& p : people)
    to_seal.push_back({p.name, p.pseudonym, p.reason});
  Status s = store_->Record(keys, to_seal, key_);
  if (!s.ok()) {
    std::lock_guard<std::mutex> lock(mu_);
    if (first_write_error_.ok()) first_write_error_ = s;
  }
  return s;
}

Status FamilyRegistry::write_status() const {
  std::lock_guard<std::mutex> lock(mu_);
  return first_write_error_;
}

}  // namespace wenshu
