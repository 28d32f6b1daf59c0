#include "core/json.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

namespace wenshu {
namespace {

// ---- JsonWriter ----

std::string Written(std::string_view value) {
  std::string out;
  JsonWriter(&out).String(value);
  return out;
}

struct EscapeCase {
  const char* name;
  std::string value;
  std::string json;
};

class JsonWriterString : public ::testing::TestWithParam<EscapeCase> {};

TEST_P(JsonWriterString, EscapesOnlyWhatJsonRequires) {
  EXPECT_EQ(Written(GetParam().value), GetParam().json);
}

INSTANTIATE_TEST_SUITE_P(
    Edges, JsonWriterString,
    ::testing::Values(
        EscapeCase{"Empty", "", R"("")"},
        EscapeCase{"ChineseStaysUtf8", "原告张三", "\"原告张三\""},
        EscapeCase{"QuoteAndBackslash", "a\"b\\c", R"("a\"b\\c")"},
        EscapeCase{"SlashIsNotEscaped", "（2023）京0105/民初",
                   "\"（2023）京0105/民初\""},
        EscapeCase{"NamedControlCharacters", "\b\f\n\r\t", R"("\b\f\n\r\t")"},
        EscapeCase{"NulIsEscaped", std::string("a\0b", 3), R"("a\u0000b")"},
        EscapeCase{"OtherControlsInLowerCaseHex", "\x01\x0b\x1a\x1f",
                   R"("\u0001\u000b\u001a\u001f")"},
        EscapeCase{"DeleteIsNotEscaped", "\x7f", "\"\x7f\""},
        EscapeCase{"FourByteCharacterStaysUtf8", "\xF0\xA0\x80\x80",
                   "\"\xF0\xA0\x80\x80\""},
        EscapeCase{"EscapesAtBothEnds", "\nabc\n", R"("\nabc\n")"},
        // Output is valid UTF-8 whatever came in: an ill-formed byte is
        // written as the text \xHH, never copied raw.
        EscapeCase{"TruncatedCharacterAsHexText", "a\xE4\xB8", R"("a\\xE4\\xB8")"},
        EscapeCase{"LoneContinuationByte", "\x80中", R"("\\x80中")"},
        EscapeCase{"OverlongForm", "\xC0\xAF", R"("\\xC0\\xAF")"},
        EscapeCase{"Surrogate", "\xED\xA0\x80", R"("\\xED\\xA0\\x80")"}),
    [](const ::testing::TestParamInfo<EscapeCase>& info) {
      return info.param.name;
    });

TEST(JsonWriter, WritesCompactNestedJsonInCallOrder) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id").String("doc-1");
  w.Key("begin").Int(0).Key("end").Int(-12);
  w.Key("published").Bool(true).Key("held").Bool(false);
  w.Key("stub").Null();
  w.Key("grounds").BeginArray().String("mediation").String("state_secret");
  w.EndArray();
  w.Key("empty").BeginArray().EndArray();
  w.Key("header").BeginObject().Key("court").String("北京市朝阳区人民法院");
  w.EndObject();
  w.Key("objects").BeginArray().BeginObject().EndObject().BeginObject();
  w.Key("k").Int(1).EndObject().EndArray();
  w.EndObject();
  EXPECT_EQ(out, R"({"id":"doc-1","begin":0,"end":-12,"published":true,)"
                 R"("held":false,"stub":null,"grounds":["mediation",)"
                 R"("state_secret"],"empty":[],"header":{"court":)"
                 "\"北京市朝阳区人民法院\"},"
                 R"("objects":[{},{"k":1}]})");
}

TEST(JsonWriter, AppendsToWhatIsThere) {
  std::string out = "prefix ";
  JsonWriter(&out).BeginArray().Int(INT64_MAX).Int(INT64_MIN).EndArray();
  EXPECT_EQ(out, "prefix [9223372036854775807,-9223372036854775808]");
}

TEST(JsonWriter, KeysAreEscapedLikeStrings) {
  std::string out;
  JsonWriter(&out).BeginObject().Key("a\"b\n").Int(1).EndObject();
  EXPECT_EQ(out, R"({"a\"b\n":1})");
}

TEST(JsonWriter, WhatItWritesParsesBackToTheSameStrings) {
  const std::vector<std::string> values = {
      "原告\"张三\"", "C:\\path", std::string("\x01\x1f\t\n", 4), "a/b", ""};
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("items").BeginArray();
  for (const std::string& v : values) w.String(v);
  w.EndArray().EndObject();
  Result<JsonObject> parsed = JsonObject::Parse(out);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  Result<std::vector<std::string>> items =
      parsed.value().GetStringArray("items");
  ASSERT_TRUE(items.ok());
  EXPECT_EQ(items.value(), values);
}

// A short value is written as the long-value path writes it: each random
// short value, and the same value followed by enough letters to take the
// long path, agree up to those letters (escapes are per character).
TEST(JsonWriter, ShortValuesAsTheLongPathWritesThem) {
  const std::vector<std::string> pieces = {
      "a", "Z", "0", " ", "~", "\x7f", "\"", "\\", "/", "\n", "\t",
      std::string("\0", 1), "\x01", "\x1f", "中", "é", "\xF0\xA0\x80\x80",
      "\xE4", "\xB8", "\xFF", "\xC0\xAF"};
  const std::string padding(64, 'x');
  std::mt19937 random(20261207);
  for (int round = 0; round < 5000; ++round) {
    std::string value;
    for (size_t n = random() % 12; n > 0; --n)
      value += pieces[random() % pieces.size()];
    if (value.size() > 48) continue;
    const std::string shortly = Written(value);
    const std::string longly = Written(value + padding);
    ASSERT_EQ(shortly.substr(0, shortly.size() - 1) + padding + "\"", longly)
        << value;
  }
}

// ---- JsonObject ----

TEST(JsonObject, ReadsEveryType) {
  Result<JsonObject> o = JsonObject::Parse(
      R"({"s":"原告","i":-42,"b":true,"n":null,"a":["x","y"],)"
      R"("o":{"k":"v"},"f":1.5})");
  ASSERT_TRUE(o.ok()) << o.status().message();
  const JsonObject& j = o.value();
  EXPECT_EQ(j.GetString("s").value(), "原告");
  EXPECT_EQ(j.GetInt("i").value(), -42);
  EXPECT_TRUE(j.GetBool("b").value());
  EXPECT_EQ(j.GetStringArray("a").value(),
            (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(j.GetObject("o").value().GetString("k").value(), "v");
  EXPECT_EQ(j.TypeOf("s"), JsonType::kString);
  EXPECT_EQ(j.TypeOf("i"), JsonType::kNumber);
  EXPECT_EQ(j.TypeOf("f"), JsonType::kNumber);
  EXPECT_EQ(j.TypeOf("b"), JsonType::kBool);
  EXPECT_EQ(j.TypeOf("n"), JsonType::kNull);
  EXPECT_EQ(j.TypeOf("a"), JsonType::kArray);
  EXPECT_EQ(j.TypeOf("o"), JsonType::kObject);
  EXPECT_EQ(j.TypeOf("missing"), JsonType::kMissing);
}

TEST(JsonObject, ReadsAnArrayOfObjectsInOrder) {
  Result<JsonObject> o = JsonObject::Parse(
      R"({"a":[{"n":"第一"},{"n":"second","m":2},{}],"e":[]})");
  ASSERT_TRUE(o.ok()) << o.status().message();
  Result<std::vector<JsonObject>> items = o.value().GetObjectArray("a");
  ASSERT_TRUE(items.ok()) << items.status().message();
  ASSERT_EQ(items.value().size(), 3u);
  EXPECT_EQ(items.value()[0].GetString("n").value(), "第一");
  EXPECT_EQ(items.value()[1].GetString("n").value(), "second");
  EXPECT_EQ(items.value()[1].GetInt("m").value(), 2);
  EXPECT_TRUE(items.value()[2].Keys().empty());
  EXPECT_TRUE(o.value().GetObjectArray("e").value().empty());
}

TEST(JsonObject, KeysAreSorted) {
  Result<JsonObject> o = JsonObject::Parse(R"({"b":1,"c":2,"a":3})");
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o.value().Keys(), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(JsonObject, KeyTypesAreSortedOnceWithTheLastValuesType) {
  Result<JsonObject> o =
      JsonObject::Parse(R"({"b":1,"a":"x","c":[1],"a":{"k":2},"d":null})");
  ASSERT_TRUE(o.ok());
  const std::vector<std::pair<std::string, JsonType>> want = {
      {"a", JsonType::kObject},
      {"b", JsonType::kNumber},
      {"c", JsonType::kArray},
      {"d", JsonType::kNull}};
  EXPECT_EQ(o.value().KeyTypes(), want);
  for (const auto& [key, type] : want) EXPECT_EQ(o.value().TypeOf(key), type);
}

TEST(JsonObject, ReadsEscapes) {
  Result<JsonObject> o =
      JsonObject::Parse(R"({"s":"\u5f20\u4e09\/\n\"","t":"\ud840\udc00"})");
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_EQ(o.value().GetString("s").value(), "张三/\n\"");
  EXPECT_EQ(o.value().GetString("t").value(), "\xF0\xA0\x80\x80");
}

struct GetterCase {
  const char* name;
  std::string json;
  std::string message;  // of the getter that fails
};

class JsonObjectWrongType : public ::testing::TestWithParam<GetterCase> {};

TEST_P(JsonObjectWrongType, NamesTheKeyAndWhatItHolds) {
  Result<JsonObject> o = JsonObject::Parse(GetParam().json);
  ASSERT_TRUE(o.ok()) << o.status().message();
  const JsonObject& j = o.value();
  Status s;
  const std::string name = GetParam().name;
  if (name.starts_with("String")) s = j.GetString("k").status();
  if (name.starts_with("Int")) s = j.GetInt("k").status();
  if (name.starts_with("Bool")) s = j.GetBool("k").status();
  if (name.starts_with("Object")) s = j.GetObject("k").status();
  if (name.starts_with("Array")) s = j.GetStringArray("k").status();
  if (name.starts_with("ObjectArray")) s = j.GetObjectArray("k").status();
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Getters, JsonObjectWrongType,
    ::testing::Values(GetterCase{"StringFromNumber", R"({"k":1})",
                                 R"("k" must be a string, not a number)"},
                      GetterCase{"StringMissing", R"({})",
                                 R"("k" must be a string, not missing)"},
                      GetterCase{"IntFromString", R"({"k":"1"})",
                                 R"("k" must be a whole number, not a string)"},
                      GetterCase{"IntFromFraction", R"({"k":1.5})",
                                 R"("k" must be a whole number)"},
                      GetterCase{"BoolFromNull", R"({"k":null})",
                                 R"("k" must be true or false, not null)"},
                      GetterCase{"ObjectFromArray", R"({"k":[]})",
                                 R"("k" must be an object, not an array)"},
                      GetterCase{
                          "ArrayFromObject", R"({"k":{}})",
                          R"("k" must be an array of strings, not an object)"},
                      GetterCase{"ArrayWithANumber", R"({"k":["a",2]})",
                                 R"("k"[1] must be a string)"},
                      GetterCase{
                          "ObjectArrayFromObject", R"({"k":{}})",
                          R"("k" must be an array of objects, not an object)"},
                      GetterCase{"ObjectArrayWithAString", R"({"k":[{},"a"]})",
                                 R"("k"[1] must be an object)"}),
    [](const ::testing::TestParamInfo<GetterCase>& info) {
      return info.param.name;
    });

struct MalformedCase {
  const char* name;
  std::string json;
  std::string message_start;
};

class JsonObjectParse : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(JsonObjectParse, RefusesWhatIsNotOneObject) {
  Result<JsonObject> o = JsonObject::Parse(GetParam().json);
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(o.status().code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(o.status().message().starts_with(GetParam().message_start))
      << o.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, JsonObjectParse,
    ::testing::Values(
        MalformedCase{"Array", "[1,2]",
                      "expected a JSON object, found an array"},
        // Poco's parser refuses a bare string itself.
        MalformedCase{"String", R"("text")", "malformed JSON: "},
        MalformedCase{"Empty", "", "malformed JSON: "},
        MalformedCase{"Truncated", R"({"id":"a")", "malformed JSON: "},
        MalformedCase{"TrailingComma", R"({"id":"a",})", "malformed JSON: "},
        // Several lines (a policy file): the message names the line.
        MalformedCase{"NamesTheFailingLine", "{\n\"a\": 1,\n\"b\": ]\n}",
                      "line 3: malformed JSON: "}),
    [](const ::testing::TestParamInfo<MalformedCase>& info) {
      return info.param.name;
    });

TEST(JsonObject, CopiesShareTheParsedTree) {
  Result<JsonObject> o = JsonObject::Parse(R"({"k":"v"})");
  ASSERT_TRUE(o.ok());
  const JsonObject copy = o.value();
  EXPECT_EQ(copy.GetString("k").value(), "v");
  EXPECT_EQ(o.value().GetString("k").value(), "v");
}

TEST(JsonObject, RefusesTextThatIsNotValidUtf8) {
  // In a string, in a key, and in a text neither reader accepts as JSON.
  for (const auto& [text, at] : std::vector<std::pair<std::string, size_t>>{
           {"{\"k\":\"v\xFF\"}", 7},
           {"{\"k\xC0\xAF\":1}", 3},
           {"{\"k\":\xED\xA0\x80}", 5}}) {
    Result<JsonObject> o = JsonObject::Parse(text);
    ASSERT_FALSE(o.ok()) << text;
    EXPECT_EQ(o.status().message(),
              "JSON text is not valid UTF-8 at byte " + std::to_string(at));
  }
}

TEST(JsonObject, SaysWhetherItsStringsNeedNoSecondLook) {
  // simdjson read it: every byte checked, escapes (a surrogate pair among
  // them) decoded to well-formed UTF-8.
  Result<JsonObject> fast =
      JsonObject::Parse(R"({"k":"\u6b63\u6587\ud83d\ude00","n":1})");
  ASSERT_TRUE(fast.ok());
  EXPECT_TRUE(fast.value().StringsAreWellFormed());
  EXPECT_EQ(fast.value().GetString("k").value(), "正文\xF0\x9F\x98\x80");
  // An integer past 64 bits: simdjson refuses it, the other reader takes
  // the object, whose strings are then not vouched for.
  Result<JsonObject> other =
      JsonObject::Parse(R"({"k":"正文","n":18446744073709551616})");
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other.value().StringsAreWellFormed());
  EXPECT_EQ(other.value().GetString("k").value(), "正文");
}

TEST(JsonTypeName, Names) {
  EXPECT_EQ(JsonTypeName(JsonType::kMissing), "missing");
  EXPECT_EQ(JsonTypeName(JsonType::kNull), "null");
  EXPECT_EQ(JsonTypeName(JsonType::kBool), "a boolean");
  EXPECT_EQ(JsonTypeName(JsonType::kNumber), "a number");
  EXPECT_EQ(JsonTypeName(JsonType::kString), "a string");
  EXPECT_EQ(JsonTypeName(JsonType::kArray), "an array");
  EXPECT_EQ(JsonTypeName(JsonType::kObject), "an object");
}

// ---- MergeJsonObjects ----

struct MergeCase {
  const char* name;
  std::string base;
  std::string overlay;
  std::string merged;
};

class MergeJson : public ::testing::TestWithParam<MergeCase> {};

TEST_P(MergeJson, OverlayWinsAndObjectsMergeKeyByKey) {
  Result<std::string> merged =
      MergeJsonObjects(GetParam().base, GetParam().overlay);
  ASSERT_TRUE(merged.ok()) << merged.status().message();
  EXPECT_EQ(merged.value(), GetParam().merged);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MergeJson,
    ::testing::Values(
        MergeCase{"EmptyOverlay", R"({"a":1})", "{}", R"({"a":1})"},
        MergeCase{"NewKey", R"({"a":1})", R"({"b":2})", R"({"a":1,"b":2})"},
        MergeCase{"ScalarReplaced", R"({"a":1})", R"({"a":"x"})",
                  R"({"a":"x"})"},
        MergeCase{"ArrayReplacedNotAppended", R"({"a":[1,2]})", R"({"a":[3]})",
                  R"({"a":[3]})"},
        MergeCase{"NestedObjectsMerge", R"({"o":{"x":1,"y":2}})",
                  R"({"o":{"y":3}})", R"({"o":{"x":1,"y":3}})"},
        MergeCase{"ObjectReplacesScalar", R"({"o":1})", R"({"o":{"x":1}})",
                  R"({"o":{"x":1}})"}),
    [](const ::testing::TestParamInfo<MergeCase>& info) {
      return info.param.name;
    });

TEST(MergeJson, MalformedOverlayIsRefused) {
  Result<std::string> merged = MergeJsonObjects(R"({"a":1})", "{");
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.status().code(), StatusCode::kInvalidInput);
}

}  // namespace
}  // namespace wenshu
