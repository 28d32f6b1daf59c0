#include "core/json.h"

#include <Poco/Exception.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/UTF8String.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstring>
#include <map>
#include <optional>
#include <sstream>

#include "core/byte_search.h"
#include "core/encoding.h"
#include "core/utf8.h"

namespace wenshu {

// A parsed object: simdjson's tree when simdjson read the text (the fast
// path, every well-formed input), Poco's otherwise, so that what Poco
// refuses is refused with Poco's message and the line it names.
struct JsonObject::Impl {
  std::shared_ptr<const simdjson::dom::document> document;  // keeps `fast`
  simdjson::dom::object fast;
  Poco::JSON::Object::Ptr object;  // when `document` is null
};

namespace {

JsonType TypeOfElement(const simdjson::dom::element& e) {
  switch (e.type()) {
    case simdjson::dom::element_type::OBJECT:
      return JsonType::kObject;
    case simdjson::dom::element_type::ARRAY:
      return JsonType::kArray;
    case simdjson::dom::element_type::STRING:
      return JsonType::kString;
    case simdjson::dom::element_type::BOOL:
      return JsonType::kBool;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
      return JsonType::kNumber;
    case simdjson::dom::element_type::NULL_VALUE:
      return JsonType::kNull;
  }
  return JsonType::kNull;
}

// The value under `key` in a simdjson object: the last one when a key
// repeats, as in Poco's tree.
std::optional<simdjson::dom::element> FieldOf(const simdjson::dom::object& o,
                                              std::string_view key) {
  std::optional<simdjson::dom::element> found;
  for (const simdjson::dom::key_value_pair field : o) {
    if (field.key == key) found = field.value;
  }
  return found;
}

JsonType TypeOfVar(const Poco::Dynamic::Var& v) {
  if (v.isEmpty()) return JsonType::kNull;
  if (v.type() == typeid(Poco::JSON::Object::Ptr)) return JsonType::kObject;
  if (v.type() == typeid(Poco::JSON::Array::Ptr)) return JsonType::kArray;
  if (v.isString()) return JsonType::kString;
  if (v.isBoolean()) return JsonType::kBool;
  if (v.isNumeric()) return JsonType::kNumber;
  return JsonType::kNull;
}

// How JSON writes each byte it requires escaped (control characters, '"'
// and '\\'), computed once by Poco::UTF8::escape; empty for the others. Two
// differences from Poco's own string writers (Poco::toJSON) are kept from
// the output format that came first: '/' stays unescaped, and the hex
// digits of \u00XX are lower case.
const std::array<std::string, 0x80>& Escapes() {
  static const std::array<std::string, 0x80> table = [] {
    std::array<std::string, 0x80> escapes;
    for (int c = 0; c < 0x80; ++c) {
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      const std::string byte(1, static_cast<char>(c));
      std::string escaped = Poco::UTF8::escape(byte, /*strictJSON=*/true);
      if (escaped.size() == 6) {  // \u00XX
        for (size_t h = 2; h < 6; ++h)
          escaped[h] = static_cast<char>(
              std::tolower(static_cast<unsigned char>(escaped[h])));
      }
      escapes[c] = std::move(escaped);
    }
    return escapes;
  }();
  return table;
}

// Values up to this many bytes are first looked at eight bytes at a time.
constexpr size_t kShortValue = 48;

// True when every byte of `value` is printable ASCII other than the quote
// and the backslash: what JSON takes as it is. From eight bytes on, eight
// at a time, each test true of a word when true of one of its bytes (a
// byte below 0x20, one from 0x80, a quote, a backslash), the last word
// the value's last eight bytes; a shorter value byte by byte.
bool IsPlainAscii(std::string_view value) {
  const size_t n = value.size();
  if (n < 8) {
    return std::none_of(value.begin(), value.end(), [](char ch) {
      const auto c = static_cast<unsigned char>(ch);
      return c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
    });
  }
  constexpr uint64_t kOnes = 0x0101010101010101u;
  constexpr uint64_t kHigh = 0x8080808080808080u;
  const auto has_zero = [](uint64_t w) { return (w - kOnes) & ~w & kHigh; };
  const auto bad_in = [&](size_t at) {
    uint64_t w;
    std::memcpy(&w, value.data() + at, 8);
    return (w & kHigh) | ((w - 0x20 * kOnes) & ~w & kHigh) |
           has_zero(w ^ ('"' * kOnes)) | has_zero(w ^ ('\\' * kOnes));
  };
  uint64_t bad = bad_in(n - 8);
  for (size_t i = 0; i + 8 < n; i += 8) bad |= bad_in(i);
  return bad == 0;
}

// Appends `value` as a JSON string: UTF-8 as is, with only what JSON
// requires escaped. Runs that need no escape (nearly all of a judgment) are
// copied whole.
void AppendQuoted(std::string_view value, std::string* out) {
  // A short ASCII value with nothing to escape (a key, a category, a rule,
  // most ids) is copied as it is, without the validator's and the block
  // scan's set-up: the output is the same.
  if (value.size() <= kShortValue) {
    if (IsPlainAscii(value)) {
      const size_t at = out->size();
      out->resize(at + value.size() + 2);
      char* to = out->data() + at;
      to[0] = '"';
      std::memcpy(to + 1, value.data(), value.size());
      to[value.size() + 1] = '"';
      return;
    }
  }
  const std::array<std::string, 0x80>& escapes = Escapes();
  out->push_back('"');
  size_t run = 0;
  // Well-formed text (nearly always, checked at the validator's speed)
  // needs only its ASCII controls, quote and backslash looked at.
  const bool well_formed = simdjson::validate_utf8(value.data(), value.size());
  if (well_formed) {
    for (size_t i = FindControlByte(value, 0, /*quote_or_backslash=*/true);
         i != std::string_view::npos;
         i = FindControlByte(value, i + 1, /*quote_or_backslash=*/true)) {
      out->append(value.data() + run, i - run);
      run = i + 1;
      out->append(escapes[static_cast<unsigned char>(value[i])]);
    }
    out->append(value.data() + run, value.size() - run);
    out->push_back('"');
    return;
  }
  for (size_t i = 0; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (c >= 0x80) {
      // The common case, a CJK ideograph (E4-E9 and two continuation
      // bytes), is stepped over without a call.
      if (c >= 0xE4 && c <= 0xE9 && i + 2 < value.size() &&
          (static_cast<unsigned char>(value[i + 1]) & 0xC0) == 0x80 &&
          (static_cast<unsigned char>(value[i + 2]) & 0xC0) == 0x80) {
        i += 2;
        continue;
      }
      // Output is valid UTF-8 whatever came in: a byte that starts no
      // well-formed character is written as the text \xHH.
      if (const size_t n = WellFormedLength(value, i); n > 0) {
        i += n - 1;
        continue;
      }
      static constexpr char kHex[] = "0123456789ABCDEF";
      out->append(value.data() + run, i - run);
      run = i + 1;
      out->append("\\\\x");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 0xF]);
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(value.data() + run, i - run);
    run = i + 1;
    out->append(escapes[c]);
  }
  out->append(value.data() + run, value.size() - run);
  out->push_back('"');
}

// "key" in quotes. Built by appending: GCC 12 warns (-Wrestrict, a false
// positive) on a string literal + std::string chain.
std::string Quoted(std::string_view key) {
  std::string out = "\"";
  out.append(key);
  out += '"';
  return out;
}

Status WrongType(std::string_view key, std::string_view want, JsonType got) {
  std::string message = Quoted(key);
  message.append(" must be ").append(want).append(", not ");
  message.append(JsonTypeName(got));
  return Status::InvalidInput(message);
}

}  // namespace

std::string_view JsonTypeName(JsonType type) {
  switch (type) {
    case JsonType::kMissing:
      return "missing";
    case JsonType::kNull:
      return "null";
    case JsonType::kBool:
      return "a boolean";
    case JsonType::kNumber:
      return "a number";
    case JsonType::kString:
      return "a string";
    case JsonType::kArray:
      return "an array";
    case JsonType::kObject:
      return "an object";
  }
  return "unknown";
}

namespace {

// Poco does not say where a parse failed. For a text of several lines (a
// policy file), the failing line is the first whose prefix fails with an
// error other than running out of text.
std::string FailingLine(std::string_view json) {
  if (json.find('\n') == std::string_view::npos) return "";
  size_t end = 0;
  for (int line = 1; end < json.size(); ++line) {
    end = json.find('\n', end);
    end = end == std::string_view::npos ? json.size() : end + 1;
    try {
      Poco::JSON::Parser parser;
      parser.parse(std::string(json.substr(0, end)));
    } catch (const Poco::Exception& e) {
      if (e.message().find("unexpected end") == std::string::npos) {
        return "line " + std::to_string(line) + ": ";
      }
    } catch (const std::exception&) {
      return "line " + std::to_string(line) + ": ";
    }
  }
  return "";
}

}  // namespace

namespace {

void MergeInto(Poco::JSON::Object::Ptr base, Poco::JSON::Object::Ptr overlay) {
  std::vector<std::string> keys;
  overlay->getNames(keys);
  for (const std::string& key : keys) {
    const Poco::Dynamic::Var value = overlay->get(key);
    if (base->has(key) && base->isObject(key) &&
        value.type() == typeid(Poco::JSON::Object::Ptr)) {
      MergeInto(base->getObject(key), value.extract<Poco::JSON::Object::Ptr>());
    } else {
      base->set(key, value);
    }
  }
}

}  // namespace

namespace {
// Poco's reading of `json`, which must hold one object; its message (with
// the failing line of a text of several lines) when it cannot.
Result<Poco::JSON::Object::Ptr> PocoParseObject(std::string_view json);
}  // namespace

Result<std::string> MergeJsonObjects(std::string_view base,
                                     std::string_view overlay) {
  Result<Poco::JSON::Object::Ptr> b = PocoParseObject(base);
  if (!b.ok()) return b.status();
  Result<Poco::JSON::Object::Ptr> o = PocoParseObject(overlay);
  if (!o.ok()) return o.status();
  try {
    Poco::JSON::Object::Ptr merged = b.value();
    MergeInto(merged, o.value());
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(merged, out);
    return out.str();
  } catch (const Poco::Exception& e) {
    return Status::InvalidInput("cannot merge JSON: " + e.message());
  }
}

Result<JsonObject> JsonObject::Parse(std::string_view json) {
  return Parse(json, 0);
}

bool JsonObject::StringsAreWellFormed() const {
  return impl_->document != nullptr;
}

Result<JsonObject> JsonObject::Parse(std::string_view json,
                                     size_t readable_padding) {
  static_assert(kReadPadding >= simdjson::SIMDJSON_PADDING);
  {
    // One parser per thread, reused: its buffers grow to the longest text.
    thread_local simdjson::dom::parser parser;
    // The document (tape and strings) is reused too once no JsonObject
    // holds it any more: a fresh one per line would allocate and fault in
    // buffers the size of the line each time.
    thread_local std::shared_ptr<simdjson::dom::document> spare;
    if (spare == nullptr || spare.use_count() > 1)
      spare = std::make_shared<simdjson::dom::document>();
    std::shared_ptr<simdjson::dom::document> document = spare;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; a text
    // without that much room after it is copied into a padded buffer.
    simdjson::padded_string padded;
    std::string_view text = json;
    if (readable_padding < kReadPadding) {
      padded = simdjson::padded_string(json);
      text = std::string_view(padded.data(), padded.size());
    }
    // simdjson checks that every byte of the text is valid UTF-8 before it
    // reports success.
    simdjson::dom::element root;
    if (parser
            .parse_into_document(
                *document, reinterpret_cast<const uint8_t*>(text.data()),
                text.size(), /*realloc_if_needed=*/false)
            .get(root) == simdjson::SUCCESS) {
      simdjson::dom::object object;
      if (root.get_object().get(object) == simdjson::SUCCESS) {
        auto impl = std::make_shared<Impl>();
        impl->fast = object;
        impl->document = std::move(document);
        return JsonObject(std::move(impl));
      }
    }
  }
  // Poco does not check the bytes: a text simdjson refused is read by it
  // only when it is valid UTF-8.
  if (std::optional<size_t> bad = FirstInvalidUtf8(json)) {
    return Status::InvalidInput("JSON text is not valid UTF-8 at byte " +
                                std::to_string(*bad));
  }
  Result<Poco::JSON::Object::Ptr> object = PocoParseObject(json);
  if (!object.ok()) return object.status();
  auto impl = std::make_shared<Impl>();
  impl->object = std::move(object).value();
  return JsonObject(std::move(impl));
}

namespace {

Result<Poco::JSON::Object::Ptr> PocoParseObject(std::string_view json) {
  try {
    Poco::JSON::Parser parser;
    Poco::Dynamic::Var result = parser.parse(std::string(json));
    if (result.type() != typeid(Poco::JSON::Object::Ptr)) {
      return Status::InvalidInput("expected a JSON object, found " +
                                  std::string(JsonTypeName(TypeOfVar(result))));
    }
    return result.extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    return Status::InvalidInput(FailingLine(json) +
                                "malformed JSON: " + e.message());
  } catch (const std::exception& e) {
    return Status::InvalidInput(FailingLine(json) +
                                "malformed JSON: " + e.what());
  }
}

}  // namespace

std::vector<std::string> JsonObject::Keys() const {
  std::vector<std::string> keys;
  if (impl_->document) {
    for (const simdjson::dom::key_value_pair field : impl_->fast)
      keys.emplace_back(field.key);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
  }
  impl_->object->getNames(keys);
  return keys;
}

std::vector<std::pair<std::string, JsonType>> JsonObject::KeyTypes() const {
  std::map<std::string, JsonType, std::less<>> types;
  if (impl_->document) {
    for (const simdjson::dom::key_value_pair field : impl_->fast)
      types.insert_or_assign(std::string(field.key), TypeOfElement(field.value));
  } else {
    std::vector<std::string> keys;
    impl_->object->getNames(keys);
    for (std::string& key : keys) {
      const JsonType type = TypeOfVar(impl_->object->get(key));
      types.insert_or_assign(std::move(key), type);
    }
  }
  return {types.begin(), types.end()};
}

JsonType JsonObject::TypeOf(std::string_view key) const {
  if (impl_->document) {
    const std::optional<simdjson::dom::element> e = FieldOf(impl_->fast, key);
    return e ? TypeOfElement(*e) : JsonType::kMissing;
  }
  const std::string k(key);
  if (!impl_->object->has(k)) return JsonType::kMissing;
  return TypeOfVar(impl_->object->get(k));
}

Result<std::string> JsonObject::GetString(std::string_view key) const {
  const JsonType t = TypeOf(key);
  if (t != JsonType::kString) return WrongType(key, "a string", t);
  if (impl_->document) {
    std::string_view value;
    if (FieldOf(impl_->fast, key)->get_string().get(value) != simdjson::SUCCESS)
      return WrongType(key, "a readable value", t);
    return std::string(value);
  }
  return impl_->object->getValue<std::string>(std::string(key));
}

Result<int64_t> JsonObject::GetInt(std::string_view key) const {
  const JsonType t = TypeOf(key);
  if (t != JsonType::kNumber) return WrongType(key, "a whole number", t);
  if (impl_->document) {
    const simdjson::dom::element e = *FieldOf(impl_->fast, key);
    int64_t value = 0;
    if (e.type() == simdjson::dom::element_type::INT64 &&
        e.get_int64().get(value) == simdjson::SUCCESS) {
      return value;
    }
    if (e.type() == simdjson::dom::element_type::UINT64) {
      return Status::InvalidInput(Quoted(key) + " is out of range");
    }
    return Status::InvalidInput(Quoted(key) + " must be a whole number");
  }
  try {
    const Poco::Dynamic::Var v = impl_->object->get(std::string(key));
    if (!v.isInteger()) {
      return Status::InvalidInput(Quoted(key) + " must be a whole number");
    }
    return v.convert<int64_t>();
  } catch (const Poco::Exception& e) {
    return Status::InvalidInput("\"" + std::string(key) + "\": " + e.message());
  }
}

Result<bool> JsonObject::GetBool(std::string_view key) const {
  const JsonType t = TypeOf(key);
  if (t != JsonType::kBool) return WrongType(key, "true or false", t);
  if (impl_->document) {
    bool value = false;
    if (FieldOf(impl_->fast, key)->get_bool().get(value) != simdjson::SUCCESS)
      return WrongType(key, "a readable value", t);
    return value;
  }
  return impl_->object->getValue<bool>(std::string(key));
}

Result<JsonObject> JsonObject::GetObject(std::string_view key) const {
  const JsonType t = TypeOf(key);
  if (t != JsonType::kObject) return WrongType(key, "an object", t);
  auto impl = std::make_shared<Impl>();
  if (impl_->document) {
    impl->document = impl_->document;
    if (FieldOf(impl_->fast, key)->get_object().get(impl->fast) != simdjson::SUCCESS)
      return WrongType(key, "a readable value", t);
    return JsonObject(std::move(impl));
  }
  impl->object = impl_->object->getObject(std::string(key));
  return JsonObject(std::move(impl));
}

Result<std::vector<std::string>> JsonObject::GetStringArray(
    std::string_view key) const {
  const JsonType t = TypeOf(key);
  if (t != JsonType::kArray) return WrongType(key, "an array of strings", t);
  if (impl_->document) {
    simdjson::dom::array array;
    if (FieldOf(impl_->fast, key)->get_array().get(array) != simdjson::SUCCESS)
      return WrongType(key, "a readable value", t);
    std::vector<std::string> out;
    size_t i = 0;
    for (const simdjson::dom::element item : array) {
      std::string_view value;
      if (item.get_string().get(value) != simdjson::SUCCESS) {
        return Status::InvalidInput(Quoted(key) + "[" + std::to_string(i) +
                                    "] must be a string");
      }
      out.emplace_back(value);
      ++i;
    }
    return out;
  }
  Poco::JSON::Array::Ptr array = impl_->object->getArray(std::string(key));
  std::vector<std::string> out;
  for (size_t i = 0; i < array->size(); ++i) {
    const Poco::Dynamic::Var v = array->get(static_cast<unsigned>(i));
    if (!v.isString()) {
      return Status::InvalidInput(Quoted(key) + "[" + std::to_string(i) +
                                  "] must be a string");
    }
    out.push_back(v.extract<std::string>());
  }
  return out;
}

Result<std::vector<JsonObject>> JsonObject::GetObjectArray(
    std::string_view key) const {
  const JsonType t = TypeOf(key);
  if (t != JsonType::kArray) return WrongType(key, "an array of objects", t);
  std::vector<JsonObject> out;
  if (impl_->document) {
    simdjson::dom::array array;
    if (FieldOf(impl_->fast, key)->get_array().get(array) != simdjson::SUCCESS)
      return WrongType(key, "a readable value", t);
    size_t i = 0;
    for (const simdjson::dom::element item : array) {
      auto impl = std::make_shared<Impl>();
      impl->document = impl_->document;
      if (item.get_object().get(impl->fast) != simdjson::SUCCESS) {
        return Status::InvalidInput(Quoted(key) + "[" + std::to_string(i) +
                                    "] must be an object");
      }
      out.push_back(JsonObject(std::move(impl)));
      ++i;
    }
    return out;
  }
  Poco::JSON::Array::Ptr array = impl_->object->getArray(std::string(key));
  for (size_t i = 0; i < array->size(); ++i) {
    if (!array->isObject(static_cast<unsigned>(i))) {
      return Status::InvalidInput(Quoted(key) + "[" + std::to_string(i) +
                                  "] must be an object");
    }
    auto impl = std::make_shared<Impl>();
    impl->object = array->getObject(static_cast<unsigned>(i));
    out.push_back(JsonObject(std::move(impl)));
  }
  return out;
}

void JsonWriter::Separate() {
  if (need_comma_) out_->push_back(',');
  need_comma_ = true;
}

JsonWriter& JsonWriter::BeginObject() {
  Separate();
  out_->push_back('{');
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  out_->push_back('}');
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  Separate();
  out_->push_back('[');
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  out_->push_back(']');
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  // A key is short plain ASCII nearly always: written with its comma,
  // quotes and colon at once.
  if (key.size() <= kShortValue && IsPlainAscii(key)) {
    const size_t at = out_->size();
    const size_t comma = need_comma_ ? 1 : 0;
    out_->resize(at + comma + key.size() + 3);
    char* to = out_->data() + at;
    if (need_comma_) *to++ = ',';
    *to++ = '"';
    std::memcpy(to, key.data(), key.size());
    to += key.size();
    to[0] = '"';
    to[1] = ':';
  } else {
    Separate();
    AppendQuoted(key, out_);
    out_->push_back(':');
  }
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  Separate();
  AppendQuoted(value, out_);
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t value) {
  Separate();
  char digits[24];  // the longest int64_t, "-9223372036854775808", fits
  const std::to_chars_result end =
      std::to_chars(digits, digits + sizeof digits, value);
  out_->append(digits, end.ptr);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  Separate();
  out_->append(value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  Separate();
  out_->append("null");
  return *this;
}

}  // namespace wenshu
