#include "publishers/corpus_writer.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "core/digest.h"
#include "core/json.h"
#include "gtest/gtest.h"

namespace wenshu {
namespace {

// --------------------------------------------------------------- records

// The record of the golden line below: one anonymized party, two kinds of
// redaction, a date.
CorpusRecord SmallRecord() {
  CorpusRecord r;
  r.key = "2023/京0105民初77/";
  r.version = 2;
  r.title = "邬某某与某租赁公司租赁合同纠纷一审民事判决书";
  r.case_number = "（2023）京0105民初77号";
  r.court = "北京市朝阳区人民法院";
  r.cause = "租赁合同纠纷";
  r.doc_type = "民事判决书";
  r.decision_date = Date{2023, 6, 1};
  r.public_text = "原告邬某某。\n被告某租赁公司。";
  r.text_sha256 =
      "45c56d753846178bdd600eb9816fd5650b4bd2ba7d3bfe48b3b66ad8f0031e19";
  r.policy_version = "2024.1";
  r.input_digest = "d1";
  r.redactions = {{"person_name", 2}, {"phone", 1}};
  r.people = {{"邬某某", "family_party", "p1"}};
  return r;
}

// Written out by hand from the documented order and types.
constexpr std::string_view kSmallLine =
    R"({"key":"2023/京0105民初77/","version":2,)"
    R"("title":"邬某某与某租赁公司租赁合同纠纷一审民事判决书",)"
    R"("case_number":"（2023）京0105民初77号","court":"北京市朝阳区人民法院",)"
    R"("cause":"租赁合同纠纷","cause_inferred":false,"doc_type":"民事判决书",)"
    R"("decision_date":"2023-06-01","policy_version":"2024.1",)"
    R"("input_digest":"d1","text_sha256":)"
    R"("45c56d753846178bdd600eb9816fd5650b4bd2ba7d3bfe48b3b66ad8f0031e19",)"
    R"("grounds":[],"redactions":{"person_name":2,"phone":1},)"
    R"("people":[{"id":"p1","pseudonym":"邬某某","role":"family_party"}],)"
    R"("public_text":"原告邬某某。\n被告某租赁公司。"})"
    "\n";

TEST(CorpusLine, SmallRecordGoldenBytes) {
  EXPECT_EQ(CorpusLine(SmallRecord()), kSmallLine);
}

struct RoundTripCase {
  const char* name;
  CorpusRecord record;
};

void PrintTo(const RoundTripCase& c, std::ostream* os) { *os << c.name; }

CorpusRecord OddStrings() {
  CorpusRecord r = SmallRecord();
  r.title = "\"引号\" and \\backslash\\ and /slash/";
  r.public_text =
      std::string("line one\nline two\r\n\ttabbed\x01\x1f\x7f", 29) +
      std::string("nul\0inside", 10) + "𠀀 four-byte, \xE2\x80\xA8 LS";
  r.court = "法院\n换行";
  r.cause = "{\"not\":\"json\"}";
  r.key = "2023/京0105民初77/民事裁定书-2/";
  r.people = {{"张某1", "victim", "p-0123456789abcdef"},
              {"Zhang XX", "witness\t", "p-fedcba9876543210"}};
  r.redactions = {{"address", 1}, {"\"odd\" category", 0}};
  r.grounds = {"party_request", ""};
  r.cause_inferred = true;
  return r;
}

CorpusRecord EmptyFieldsNoDate() {
  CorpusRecord r;  // every string empty, no date, no people, no counts
  return r;
}

CorpusRecord ManyPeople() {
  CorpusRecord r = SmallRecord();
  r.people.clear();
  for (int i = 1; i <= 12; ++i) {
    std::string number = std::to_string(i);
    r.people.push_back({std::string("柏某").append(number), "minor",
                        std::string("p").append(number)});
  }
  r.version = 9007199254740993;  // past a double's exact integers
  r.redactions = {{"bank_account", 123456789}, {"health", 3}};
  r.decision_date = Date{1999, 12, 31};
  return r;
}

class CorpusLineRoundTrip : public ::testing::TestWithParam<RoundTripCase> {};

TEST_P(CorpusLineRoundTrip, ParsesBackToTheSameRecordAndBytes) {
  const CorpusRecord& record = GetParam().record;
  const std::string line = CorpusLine(record);
  ASSERT_FALSE(line.empty());
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(std::count(line.begin(), line.end(), '\n'), 1) << line;
  Result<CorpusRecord> parsed = ParseCorpusLine(line);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed.value(), record);
  EXPECT_EQ(CorpusLine(parsed.value()), line);
  // Without its newline, as a reader splitting lines hands it over.
  Result<CorpusRecord> bare =
      ParseCorpusLine(std::string_view(line).substr(0, line.size() - 1));
  ASSERT_TRUE(bare.ok()) << bare.status().message();
  EXPECT_EQ(bare.value(), record);
}

INSTANTIATE_TEST_SUITE_P(
    Records, CorpusLineRoundTrip,
    ::testing::Values(RoundTripCase{"Small", SmallRecord()},
                      RoundTripCase{"OddStrings", OddStrings()},
                      RoundTripCase{"EmptyFieldsNoDate", EmptyFieldsNoDate()},
                      RoundTripCase{"ManyPeopleBigNumbers", ManyPeople()}),
    [](const ::testing::TestParamInfo<RoundTripCase>& info) {
      return info.param.name;
    });

TEST(CorpusLine, CjkIsWrittenAsUtf8NotEscaped) {
  const std::string line = CorpusLine(SmallRecord());
  EXPECT_NE(line.find("北京市朝阳区人民法院"), std::string::npos);
  EXPECT_EQ(line.find("\\u"), std::string::npos);
}

TEST(CorpusLine, ControlCharactersAreEscapedSoTheLineStaysOneLine) {
  const std::string line = CorpusLine(OddStrings());
  EXPECT_NE(line.find(R"(line one\nline two\r\n\ttabbed\u0001\u001f)"),
            std::string::npos);
  EXPECT_NE(line.find(R"(nul\u0000inside)"), std::string::npos);
}

// ------------------------------------------------------------- rejection

std::string Replaced(std::string_view text, std::string_view from,
                     std::string_view to) {
  std::string out(text);
  const size_t at = out.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) out.replace(at, from.size(), to);
  return out;
}

struct MalformedLine {
  const char* name;
  std::string line;
  std::string message;  // a part of the error message
};

void PrintTo(const MalformedLine& c, std::ostream* os) { *os << c.name; }

class ParseCorpusLineRejects : public ::testing::TestWithParam<MalformedLine> {
};

TEST_P(ParseCorpusLineRejects, WithInvalidInputNamingTheFault) {
  Result<CorpusRecord> parsed = ParseCorpusLine(GetParam().line);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(parsed.status().message().find(GetParam().message),
            std::string::npos)
      << parsed.status().message();
  EXPECT_TRUE(parsed.status().message().starts_with("corpus line: "))
      << parsed.status().message();
}

const std::string kBody(kSmallLine.substr(0, kSmallLine.size() - 1));

INSTANTIATE_TEST_SUITE_P(
    Lines, ParseCorpusLineRejects,
    ::testing::Values(
        MalformedLine{"Empty", "", "empty"},
        MalformedLine{"OnlyANewline", "\n", "empty"},
        MalformedLine{"NotJson", "not json", "malformed JSON"},
        MalformedLine{"AnArray", "[1,2]", "expected a JSON object"},
        MalformedLine{"TruncatedObject", kBody.substr(0, 40), "JSON"},
        MalformedLine{"VersionIsAString",
                      Replaced(kBody, R"("version":2)", R"("version":"2")"),
                      R"("version" must be a whole number, not a string)"},
        MalformedLine{"VersionZero",
                      Replaced(kBody, R"("version":2)", R"("version":0)"),
                      R"("version" must be at least 1)"},
        MalformedLine{
            "CauseInferredIsANumber",
            Replaced(kBody, R"("cause_inferred":false)",
                     R"("cause_inferred":0)"),
            R"("cause_inferred" must be true or false, not a number)"},
        MalformedLine{
            "TitleMissing",
            Replaced(
                kBody,
                R"("title":"邬某某与某租赁公司租赁合同纠纷一审民事判决书",)",
                ""),
            R"("title" must be a string, not missing)"},
        MalformedLine{
            "PublicTextMissing",
            Replaced(kBody,
                     R"(,"public_text":"原告邬某某。\n被告某租赁公司。")", ""),
            R"("public_text" must be a string, not missing)"},
        MalformedLine{"UnknownField",
                      Replaced(kBody, R"({"key")", R"({"name":"x","key")"),
                      R"(unknown field "name")"},
        MalformedLine{"DateNotReal",
                      Replaced(kBody, "2023-06-01", "2023-02-30"),
                      R"("decision_date" must be a real date)"},
        MalformedLine{"DateIsANumber",
                      Replaced(kBody, R"("2023-06-01")", "20230601"),
                      R"("decision_date" must be a date YYYY-MM-DD or null)"},
        MalformedLine{"GroundsHoldANumber",
                      Replaced(kBody, R"("grounds":[])", R"("grounds":[1])"),
                      R"("grounds"[0] must be a string)"},
        MalformedLine{
            "RedactionsAreAnArray",
            Replaced(kBody, R"({"person_name":2,"phone":1})", "[2,1]"),
            R"("redactions" must be an object, not an array)"},
        MalformedLine{"NegativeCount",
                      Replaced(kBody, R"("phone":1)", R"("phone":-1)"),
                      R"("redactions": "phone" must not be negative)"},
        MalformedLine{"FractionalCount",
                      Replaced(kBody, R"("phone":1)", R"("phone":1.5)"),
                      R"("redactions": "phone" must be a whole number)"},
        MalformedLine{
            "PersonIsAString",
            Replaced(kBody, R"([{"id":"p1",)", R"(["p1",{"id":"p1",)"),
            R"("people"[0] must be an object)"},
        MalformedLine{"PersonIdIsANumber",
                      Replaced(kBody, R"("id":"p1")", R"("id":1)"),
                      R"("people"[0]: "id" must be a string, not a number)"},
        MalformedLine{
            "PersonWithAName",
            Replaced(kBody, R"("id":"p1",)", R"("id":"p1","name":"邬青禾",)"),
            R"("people"[0]: unknown field "name")"},
        MalformedLine{"TrailingJunk", kBody + "junk", "JSON"},
        MalformedLine{"TrailingSpace", kBody + " \n", "trailing bytes"},
        MalformedLine{"CarriageReturnLineEnd", kBody + "\r\n",
                      "trailing bytes"},
        MalformedLine{"TwoLines", std::string(kSmallLine) + kBody,
                      "more than one line"},
        MalformedLine{"SpaceAfterAColon",
                      Replaced(kBody, R"("court":)", R"("court": )"),
                      R"("court" is not written as CorpusLine writes it)"},
        MalformedLine{
            "EscapedCjk",
            Replaced(kBody, R"("cause":"租赁)", R"("cause":"\u79df赁)"),
            R"("cause" is not written as CorpusLine writes it)"},
        MalformedLine{
            "KeysInAnotherOrder",
            Replaced(Replaced(kBody, R"("version":2,)", ""), R"("case_number")",
                     R"("version":2,"case_number")"),
            R"("version" is not written as CorpusLine writes it)"},
        MalformedLine{
            "RepeatedKey",
            Replaced(kBody, R"("court":"北京)", R"("court":"x","court":"北京)"),
            R"("court" is not written as CorpusLine writes it)"}),
    [](const ::testing::TestParamInfo<MalformedLine>& info) {
      return info.param.name;
    });

// ----------------------------------------------------------- pseudonyms

constexpr std::string_view kKey = "0123456789abcdef-test-key";
constexpr std::string_view kFamily = "2023京0105民初77";

std::vector<PersonRecord> TwoPeople() {
  return {{"邬青禾", "邬某某", "family_party"}, {"柏子衿", "柏某某", "minor"}};
}

TEST(CorpusPeople, KeyedIdIsTheTruncatedHmacOfFamilyAndName) {
  // The value computed outside the project (Python's hmac module) from the
  // documented formula: HMAC-SHA256(key, family ‖ 0x1F ‖ name)[:16].
  const std::vector<CorpusPerson> people =
      CorpusPeople(TwoPeople(), kFamily, kKey);
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].id, "p-65b152f957d11bc2");
  EXPECT_EQ(people[0].pseudonym, "邬某某");
  EXPECT_EQ(people[0].role, "family_party");
  EXPECT_EQ(people[1].pseudonym, "柏某某");
  EXPECT_EQ(people[1].role, "minor");
  EXPECT_TRUE(people[1].id.starts_with("p-"));
  EXPECT_EQ(people[1].id.size(), 18u);
  EXPECT_NE(people[0].id, people[1].id);
}

TEST(CorpusPeople, KeyedIdIsStableAcrossDocumentsOfTheFamily) {
  // Another document of the case names the same person later, under
  // another pseudonym number and reason.
  const std::vector<PersonRecord> later = {{"欧阳晨", "欧阳某", "witness"},
                                           {"邬青禾", "邬某某1", "victim"}};
  const std::vector<CorpusPerson> first =
      CorpusPeople(TwoPeople(), kFamily, kKey);
  const std::vector<CorpusPerson> second = CorpusPeople(later, kFamily, kKey);
  EXPECT_EQ(second[1].id, first[0].id);
  EXPECT_NE(second[0].id, first[0].id);
  EXPECT_NE(second[0].id, first[1].id);
  // And in another run: nothing but the inputs decides the id.
  EXPECT_EQ(CorpusPeople(TwoPeople(), kFamily, kKey), first);
}

TEST(CorpusPeople, KeyedIdDiffersForAnotherFamilyOrKey) {
  const std::string id = CorpusPeople(TwoPeople(), kFamily, kKey)[0].id;
  EXPECT_NE(CorpusPeople(TwoPeople(), "2024京0105民初1", kKey)[0].id, id);
  EXPECT_NE(CorpusPeople(TwoPeople(), kFamily,
                         std::string_view("another-key-of-16-bytes"))[0]
                .id,
            id);
}

TEST(CorpusPeople, SeparatorKeepsFamilyAndNameApart) {
  // Without the separator, family "甲" + name "乙丙" and family "甲乙" +
  // name "丙" would hash the same bytes.
  const std::vector<PersonRecord> one = {{"乙丙", "乙某", "victim"}};
  const std::vector<PersonRecord> other = {{"丙", "丙某", "victim"}};
  EXPECT_NE(CorpusPeople(one, "甲", kKey)[0].id,
            CorpusPeople(other, "甲乙", kKey)[0].id);
}

TEST(CorpusPeople, UnkeyedIdsAreOrdinalAndIgnoreTheName) {
  const std::vector<CorpusPerson> people =
      CorpusPeople(TwoPeople(), kFamily, std::nullopt);
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].id, "p1");
  EXPECT_EQ(people[1].id, "p2");
  const std::vector<PersonRecord> others = {{"甲乙", "甲某", "victim"},
                                            {"丙丁", "丙某", "victim"},
                                            {"邬青禾", "邬某某", "victim"}};
  const std::vector<CorpusPerson> ids =
      CorpusPeople(others, kFamily, std::nullopt);
  EXPECT_EQ(ids[0].id, "p1");
  EXPECT_EQ(ids[1].id, "p2");
  EXPECT_EQ(ids[2].id, "p3");
  EXPECT_TRUE(CorpusPeople({}, kFamily, std::nullopt).empty());
}

TEST(CorpusPeople, NoOriginalNameReachesTheLine) {
  for (const bool keyed : {true, false}) {
    CorpusRecord r = SmallRecord();
    r.people = CorpusPeople(
        TwoPeople(), kFamily,
        keyed ? std::optional<std::string_view>(kKey) : std::nullopt);
    const std::string line = CorpusLine(r);
    for (std::string_view part : {"邬青禾", "青禾", "柏子衿", "子衿"}) {
      EXPECT_EQ(line.find(part), std::string::npos) << part << " in " << line;
    }
    EXPECT_NE(line.find("柏某某"), std::string::npos);
  }
}

TEST(CheckCorpusKey, RefusesAShortKeyWithoutQuotingIt) {
  const Status short_key = CheckCorpusKey("fifteen-bytes!!");
  EXPECT_EQ(short_key.code(), StatusCode::kInvalidInput);
  EXPECT_NE(short_key.message().find("holds 15"), std::string::npos)
      << short_key.message();
  EXPECT_EQ(short_key.message().find("fifteen"), std::string::npos);
  EXPECT_TRUE(CheckCorpusKey("sixteen-bytes!!!").ok());
  EXPECT_FALSE(CheckCorpusKey("").ok());
}

// ------------------------------------------------------- counts, records

TEST(RedactionCounts, CountsByCategoryName) {
  std::vector<Redaction> redactions(4);
  redactions[0].category = Category::kPhone;
  redactions[1].category = Category::kPersonName;
  redactions[2].category = Category::kPhone;
  redactions[3].category = Category::kAddress;
  const std::map<std::string, size_t> expected = {
      {"address", 1}, {"person_name", 1}, {"phone", 2}};
  EXPECT_EQ(RedactionCounts(redactions), expected);
  EXPECT_TRUE(RedactionCounts({}).empty());
}

TEST(CorpusRecordOf, TakesTheHeaderTextHashAndCounts) {
  ProcessedDocument doc;
  doc.status = PublicationStatus::kPublished;
  doc.public_text = "原告邬某某。\n被告某租赁公司。";
  DocumentHeader header;
  header.court = "北京市朝阳区人民法院";
  header.doc_type = "民事判决书";
  header.cause = "租赁合同纠纷";
  header.decision_date = Date{2023, 6, 1};
  CaseNumber number;
  number.text = "（2023）京0105民初77号";
  header.case_number = number;
  doc.header = header;
  doc.redactions.resize(3);
  doc.redactions[0].category = Category::kPersonName;
  doc.redactions[1].category = Category::kPersonName;
  doc.redactions[2].category = Category::kPhone;
  doc.cause_inferred = false;
  doc.people = TwoPeople();

  CorpusRecord r = CorpusRecordOf(doc);
  r.key = "2023/京0105民初77/";
  r.version = 2;
  r.title = "邬某某与某租赁公司租赁合同纠纷一审民事判决书";
  r.policy_version = "2024.1";
  r.input_digest = "d1";
  r.people = {{"邬某某", "family_party", "p1"}};
  EXPECT_EQ(r, SmallRecord());
}

TEST(CorpusRecordOf, DocumentWithoutHeaderLeavesTheFactsEmpty) {
  ProcessedDocument doc;
  doc.public_text = "x";
  const CorpusRecord r = CorpusRecordOf(doc);
  EXPECT_EQ(r.court, "");
  EXPECT_EQ(r.case_number, "");
  EXPECT_FALSE(r.decision_date.has_value());
  EXPECT_EQ(r.text_sha256, Sha256Hex("x"));
}

// ------------------------------------------------------------- manifest

CorpusRecord OtherRecord() {
  CorpusRecord r;
  r.key = "2024/沪0104刑初5/";
  r.title = "沈某故意伤害罪一审刑事判决书";
  r.court = "上海市徐汇区人民法院";
  r.doc_type = "刑事判决书";
  r.decision_date = Date{2024, 1, 9};
  r.policy_version = "2024.2";
  r.input_digest = "e2";
  r.redactions = {{"phone", 2}, {"health", 1}};
  return r;
}

CorpusManifest ManifestOf(const std::vector<CorpusRecord>& records,
                          bool keyed) {
  CorpusManifest m;
  m.policy_version = "2024.2";
  m.generator_version = "wenshu 0.1.0";
  m.generated_at = "2024-03-01";
  m.keyed_pseudonyms = keyed;
  for (const CorpusRecord& r : records) AddToManifest(r, &m);
  return m;
}

TEST(AddToManifest, CountsEveryRecordAndSortsDigestsByKey) {
  CorpusRecord undated = EmptyFieldsNoDate();
  undated.key = "0-held-before";
  const CorpusManifest m =
      ManifestOf({OtherRecord(), SmallRecord(), undated}, false);
  EXPECT_EQ(m.documents, 3u);
  EXPECT_EQ(m.by_year, (std::map<std::string, size_t>{
                           {"2023", 1}, {"2024", 1}, {"unknown", 1}}));
  EXPECT_EQ(m.by_court.at("unknown"), 1u);
  EXPECT_EQ(m.by_court.at("北京市朝阳区人民法院"), 1u);
  EXPECT_EQ(m.by_doc_type.at("刑事判决书"), 1u);
  EXPECT_EQ(m.by_policy_version,
            (std::map<std::string, size_t>{
                {"2024.1", 1}, {"2024.2", 1}, {"unknown", 1}}));
  EXPECT_EQ(m.redactions,
            (std::map<std::string, size_t>{
                {"health", 1}, {"person_name", 2}, {"phone", 3}}));
  const std::vector<std::pair<std::string, std::string>> digests = {
      {"0-held-before", ""},
      {"2023/京0105民初77/", "d1"},
      {"2024/沪0104刑初5/", "e2"}};
  EXPECT_EQ(m.input_digests, digests);
}

TEST(CorpusManifestJson, SchemaCoversEveryLineKeyAndItsType) {
  const std::string json =
      CorpusManifestJson(ManifestOf({SmallRecord()}, false));
  Result<JsonObject> manifest = JsonObject::Parse(json);
  ASSERT_TRUE(manifest.ok()) << manifest.status().message();
  Result<JsonObject> schema = manifest.value().GetObject("schema");
  ASSERT_TRUE(schema.ok()) << schema.status().message();
  Result<JsonObject> line = JsonObject::Parse(CorpusLine(SmallRecord()));
  ASSERT_TRUE(line.ok());
  EXPECT_EQ(schema.value().Keys(), line.value().Keys());
  for (const std::string& key : line.value().Keys()) {
    Result<JsonObject> field = schema.value().GetObject(key);
    ASSERT_TRUE(field.ok()) << key;
    Result<std::string> description = field.value().GetString("description");
    ASSERT_TRUE(description.ok()) << key;
    EXPECT_GT(description.value().size(), 20u) << key;
    const std::string type = field.value().GetString("type").value();
    const JsonType actual = line.value().TypeOf(key);
    if (actual == JsonType::kString) {
      EXPECT_TRUE(type == "string" || type == "string or null") << key;
    } else if (actual == JsonType::kNumber) {
      EXPECT_EQ(type, "integer") << key;
    } else if (actual == JsonType::kBool) {
      EXPECT_EQ(type, "boolean") << key;
    } else if (actual == JsonType::kArray) {
      EXPECT_TRUE(type.starts_with("array of")) << key;
    } else if (actual == JsonType::kObject) {
      EXPECT_TRUE(type.starts_with("object of")) << key;
    }
  }
  // Each person's fields are described too.
  Result<JsonObject> people = schema.value().GetObject("people");
  ASSERT_TRUE(people.ok());
  Result<JsonObject> items = people.value().GetObject("items");
  ASSERT_TRUE(items.ok()) << items.status().message();
  Result<std::vector<JsonObject>> persons =
      line.value().GetObjectArray("people");
  ASSERT_TRUE(persons.ok());
  ASSERT_FALSE(persons.value().empty());
  EXPECT_EQ(items.value().Keys(), persons.value()[0].Keys());
}

TEST(CorpusManifestJson, DatesAndNullsAgreeWithTheSchema) {
  // decision_date is a string or null: the one field that may be null.
  Result<JsonObject> undated =
      JsonObject::Parse(CorpusLine(EmptyFieldsNoDate()));
  ASSERT_TRUE(undated.ok());
  EXPECT_EQ(undated.value().TypeOf("decision_date"), JsonType::kNull);
  Result<JsonObject> manifest = JsonObject::Parse(CorpusManifestJson({}));
  ASSERT_TRUE(manifest.ok());
  EXPECT_EQ(manifest.value()
                .GetObject("schema")
                .value()
                .GetObject("decision_date")
                .value()
                .GetString("type")
                .value(),
            "string or null");
}

TEST(CorpusManifestJson, CountsAndFactsAreWritten) {
  const std::string json =
      CorpusManifestJson(ManifestOf({SmallRecord(), OtherRecord()}, true));
  Result<JsonObject> m = JsonObject::Parse(json);
  ASSERT_TRUE(m.ok()) << m.status().message();
  const JsonObject& o = m.value();
  EXPECT_EQ(o.GetInt("documents").value(), 2);
  EXPECT_EQ(o.GetInt("format_version").value(), kCorpusFormatVersion);
  EXPECT_EQ(o.GetString("generator").value(), "wenshu 0.1.0");
  EXPECT_EQ(o.GetString("generated_at").value(), "2024-03-01");
  EXPECT_EQ(o.GetString("policy_version").value(), "2024.2");
  EXPECT_TRUE(o.GetBool("keyed_pseudonyms").value());
  EXPECT_EQ(o.GetObject("by_year").value().GetInt("2023").value(), 1);
  EXPECT_EQ(o.GetObject("redactions").value().GetInt("phone").value(), 3);
  EXPECT_EQ(o.GetObject("input_digests")
                .value()
                .GetString("2024/沪0104刑初5/")
                .value(),
            "e2");
}

TEST(CorpusManifestJson, PrettyPrintedAndDeterministic) {
  const std::string a =
      CorpusManifestJson(ManifestOf({SmallRecord(), OtherRecord()}, false));
  const std::string b =
      CorpusManifestJson(ManifestOf({OtherRecord(), SmallRecord()}, false));
  EXPECT_EQ(a, b);  // the order records are added in does not show
  EXPECT_TRUE(a.starts_with("{\n  \"format\": \"wenshu research corpus\",\n"))
      << a.substr(0, 80);
  EXPECT_TRUE(a.ends_with("\n}\n"));
  EXPECT_NE(a.find("\n  \"documents\": 2,\n"), std::string::npos);
  EXPECT_NE(a.find("\n    \"2023/京0105民初77/\": \"d1\",\n"),
            std::string::npos);
  // An empty count stays on its line.
  const std::string empty = CorpusManifestJson(ManifestOf({}, false));
  EXPECT_NE(empty.find("\n  \"by_court\": {},\n"), std::string::npos);
}

// ------------------------------------------------------------ datasheet

TEST(CorpusDatasheet, NamesTheCountsAndEveryCategory) {
  const std::string sheet =
      CorpusDatasheet(ManifestOf({SmallRecord(), OtherRecord()}, false));
  EXPECT_TRUE(sheet.starts_with("# "));
  EXPECT_TRUE(sheet.ends_with(".\n"));
  EXPECT_NE(sheet.find("2 份已公开的裁判文书"), std::string::npos);
  EXPECT_NE(sheet.find("2 published documents"), std::string::npos);
  EXPECT_NE(sheet.find("2023 1; 2024 1"), std::string::npos);
  EXPECT_NE(sheet.find("刑事判决书 1; 民事判决书 1"), std::string::npos);
  EXPECT_NE(sheet.find("by court (2)"), std::string::npos);
  EXPECT_NE(
      sheet.find("| `phone` | 电话号码 | mobile and landline numbers | 3 |"),
      std::string::npos)
      << sheet;
  EXPECT_NE(sheet.find("| `person_name` |"), std::string::npos);
  EXPECT_NE(sheet.find("| `id_number` | 身份证号码 | resident identity card "
                       "numbers | 0 |"),
            std::string::npos);
  EXPECT_EQ(sheet.find("`protected`"), std::string::npos);
  EXPECT_NE(sheet.find("wenshu 0.1.0"), std::string::npos);
  EXPECT_NE(sheet.find("2024-03-01"), std::string::npos);
  EXPECT_NE(sheet.find("withheld documents"), std::string::npos);
  EXPECT_NE(sheet.find("withdrawn documents"), std::string::npos);
  EXPECT_NE(sheet.find("held for review"), std::string::npos);
  EXPECT_NE(sheet.find("`public_text`"), std::string::npos);
  EXPECT_NE(sheet.find("manifest.json"), std::string::npos);
  EXPECT_NE(sheet.find("re-identify"), std::string::npos);
}

TEST(CorpusDatasheet, SaysWhetherIdsAreKeyed) {
  const std::string keyed = CorpusDatasheet(ManifestOf({}, true));
  const std::string unkeyed = CorpusDatasheet(ManifestOf({}, false));
  EXPECT_NE(keyed.find("**keyed**"), std::string::npos);
  EXPECT_EQ(keyed.find("**not keyed**"), std::string::npos);
  EXPECT_NE(unkeyed.find("**not keyed**"), std::string::npos);
  EXPECT_EQ(unkeyed.find("**keyed**"), std::string::npos);
}

TEST(CorpusDatasheet, DeterministicAndAnUnknownCategoryStillCounted) {
  CorpusManifest m = ManifestOf({SmallRecord()}, false);
  m.redactions["future_category"] = 4;
  EXPECT_EQ(CorpusDatasheet(m), CorpusDatasheet(m));
  EXPECT_NE(CorpusDatasheet(m).find("| `future_category` | — | — | 4 |"),
            std::string::npos);
}

TEST(CorpusDatasheet, ATableBreakingCourtNameIsEscaped) {
  CorpusRecord r = SmallRecord();
  r.court = "某|法院\n第二行";
  const std::string sheet = CorpusDatasheet(ManifestOf({r}, false));
  EXPECT_NE(sheet.find("某\\|法院 第二行 1"), std::string::npos);
}

// ------------------------------------------------- nothing leaks, anywhere

TEST(CorpusWriter, NoOriginalNameInLineManifestOrDatasheet) {
  ProcessedDocument doc;
  doc.status = PublicationStatus::kPublished;
  doc.public_text = "原告邬某某与被告柏某某。";
  doc.people = TwoPeople();
  for (const bool keyed : {true, false}) {
    CorpusRecord r = CorpusRecordOf(doc);
    r.key = "2023/京0105民初77/";
    r.people = CorpusPeople(
        doc.people, kFamily,
        keyed ? std::optional<std::string_view>(kKey) : std::nullopt);
    const CorpusManifest m = ManifestOf({r}, keyed);
    for (const std::string& out :
         {CorpusLine(r), CorpusManifestJson(m), CorpusDatasheet(m)}) {
      for (const PersonRecord& p : doc.people) {
        EXPECT_EQ(out.find(p.name), std::string::npos) << p.name;
      }
      EXPECT_EQ(out.find(kKey), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace wenshu
