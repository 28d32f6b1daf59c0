// The JSON adapter: reading JSON objects and writing JSON text. The only
// place that sees simdjson and Poco::JSON; their errors become Status
// values here. A text is read by simdjson (gigabytes a second: a judgment's
// JSON line costs next to nothing); a text simdjson refuses is read again
// by Poco, whose message (and, for a text of several lines, the line it
// names) is what the caller gets, and whose reading wins where it accepts
// what simdjson refused. A text that is not valid UTF-8 is never read
// (kInvalidInput naming the byte): simdjson checks every byte of what it
// reads, and Poco is given only valid UTF-8.
//
// JsonObject is a read-only view of a parsed object. Copies share the parsed
// tree; a JsonObject may be read from several threads at once. Getters
// return copies (strings, vectors) or JsonObjects sharing the tree, never
// views, so nothing returned depends on the text parsed.
//
// JsonWriter builds one line of compact JSON and is not thread-safe. It
// writes strings as given (UTF-8, which callers must supply), escaping only
// what JSON requires: '"', '\\' and control characters (\b \f \n \r \t,
// others as \u00xx with lower-case hex). '/' and non-ASCII characters are
// never escaped, and object keys come out in call order. The characters
// are escaped by Poco::UTF8::escape.
//
// Failures: Parse, the getters and MergeJsonObjects return kInvalidInput
// naming the key (and, for a text of several lines, the line) at fault; the
// writer cannot fail, but calls must nest correctly (Key before each value
// in an object, every Begin closed by its End).
#ifndef WENSHU_CORE_JSON_H_
#define WENSHU_CORE_JSON_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace wenshu {

enum class JsonType {
  kMissing,
  kNull,
  kBool,
  kNumber,
  kString,
  kArray,
  kObject
};
std::string_view JsonTypeName(JsonType type);

// `overlay` laid over `base`, both JSON objects: an object in both is
// merged key by key, any other value of the overlay replaces the base's.
// Returns the merged object as JSON text. (A court's policy file names only
// what it changes.)
Result<std::string> MergeJsonObjects(std::string_view base,
                                     std::string_view overlay);

class JsonObject {
 public:
  // Parses text that must hold exactly one JSON object. Fails with
  // kInvalidInput, naming what is wrong, for anything else.
  static Result<JsonObject> Parse(std::string_view json);
  // The same for a text followed in memory by at least `readable_padding`
  // bytes that may be read (not written; any values): with kReadPadding or
  // more (a std::string's spare capacity), simdjson reads the text where it
  // lies instead of a padded copy of it, which for a line of tens of MB
  // saves as much memory.
  static constexpr size_t kReadPadding = 64;
  static Result<JsonObject> Parse(std::string_view json,
                                  size_t readable_padding);

  std::vector<std::string> Keys() const;
  JsonType TypeOf(std::string_view key) const;
  // Every key, sorted and once, with the type of its value (the last one
  // when a key repeats): Keys() and TypeOf() of each in one pass, for an
  // object of thousands of keys.
  std::vector<std::pair<std::string, JsonType>> KeyTypes() const;

  // Each getter fails with kInvalidInput when the key is missing or holds a
  // value of another type; the message names the key.
  Result<std::string> GetString(std::string_view key) const;
  Result<int64_t> GetInt(std::string_view key) const;
  Result<bool> GetBool(std::string_view key) const;
  Result<JsonObject> GetObject(std::string_view key) const;
  Result<std::vector<std::string>> GetStringArray(std::string_view key) const;
  // The objects of the array under `key`, in order, each sharing the tree;
  // fails naming the key and the index of an item that is not an object.
  Result<std::vector<JsonObject>> GetObjectArray(std::string_view key) const;

  // Whether every string this object's getters return is well-formed
  // UTF-8 without a second look: true when simdjson read the text, which
  // checks every byte before it reports success and decodes escapes only
  // into well-formed UTF-8 (it refuses a lone surrogate); false for the
  // other reader, which gets the texts simdjson refused.
  bool StringsAreWellFormed() const;

 private:
  friend Result<std::string> MergeJsonObjects(std::string_view,
                                              std::string_view);
  struct Impl;
  explicit JsonObject(std::shared_ptr<const Impl> impl)
      : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

// Appends compact JSON to a string. Strings are written as UTF-8 with only
// the characters JSON requires escaped. Calls must nest correctly.
class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(int64_t value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();

 private:
  void Separate();
  std::string* out_;
  bool need_comma_ = false;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_JSON_H_
