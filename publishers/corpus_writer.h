// The research corpus (OUT/corpus/): one JSON line per published document
// (judgments.jsonl), the manifest that counts and describes them
// (manifest.json), and the datasheet researchers read first (README.md).
// Pure functions from values to strings; the caller writes the files.
//
// A corpus line carries only public facts: the public text, the case facts,
// the redaction counts by category and the anonymized people by pseudonym
// and identifier. Never an original name, never a removed value, never an
// offset into the original text (the audit holds those, and it stays with
// the court).
//
// The line's fields, their order, their JSON types and the one-sentence
// descriptions the manifest publishes come from one table in
// corpus_writer.cc, which CorpusLine, ParseCorpusLine and CorpusManifestJson
// all follow, so the schema cannot drift from the lines.
//
// Everything here is stateless and thread-safe. Returned strings are the
// caller's; nothing views an argument after returning. Failures are values:
// ParseCorpusLine returns kInvalidInput naming the field at fault;
// CheckCorpusKey returns kInvalidInput for a key too short to be secret.
// Preconditions (as the pipeline guarantees them): every string is valid
// UTF-8 (the JSON writer turns an ill-formed byte into the text \xHH, which
// would not read back as the same string), a decision date is a valid date.
#ifndef WENSHU_PUBLISHERS_CORPUS_WRITER_H_
#define WENSHU_PUBLISHERS_CORPUS_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/status.h"

namespace wenshu {

// Where the corpus files live, relative to the output root.
inline constexpr std::string_view kCorpusLinesPath = "corpus/judgments.jsonl";
inline constexpr std::string_view kCorpusManifestPath = "corpus/manifest.json";
inline constexpr std::string_view kCorpusDatasheetPath = "corpus/README.md";

// The version of the line format and manifest layout; it changes when a
// field is renamed, removed or changes meaning (adding a field also bumps
// it, since ParseCorpusLine accepts exactly the fields of its version).
inline constexpr int64_t kCorpusFormatVersion = 1;

// The shortest --corpus-key accepted, in bytes.
inline constexpr size_t kMinCorpusKeyBytes = 16;

// One anonymized person as the corpus shows them; NEVER the original name.
struct CorpusPerson {
  // As in the public text: 张某, 李某某, 张某1, Zhang XX.
  std::string pseudonym;
  // Why the person was anonymized: PersonRecord::reason (victim, minor,
  // family_party, ...).
  std::string role;
  // The pseudonym identifier (see CorpusPeople): "p-" and 16 hex digits
  // when keyed, "p1", "p2" ... when not.
  std::string id;

  bool operator==(const CorpusPerson&) const = default;
};

// One published document as a corpus line holds it.
struct CorpusRecord {
  // The document's registry key, its place on the site ("2023/京0105民初
  // 12345/", "2023/京0105民初12345/民事裁定书/").
  std::string key;
  // The publication version of this key's public text (1 for the first;
  // the registry's number). At least 1.
  int64_t version = 1;
  std::string title;  // the published title (JudgmentTitle)
  // The case number as the judgment writes it, the court, the cause of
  // action and the document type (民事判决书 ...), each "" when unknown.
  std::string case_number, court, cause, doc_type;
  std::optional<Date> decision_date;  // absent when the text gives none
  std::string public_text;            // the text as published, byte for byte
  std::string text_sha256;  // SHA-256 of public_text, 64 lower-case hex
  // The redaction policy's version and the SHA-256 of the input record the
  // public text was made from (the audit and the registry use the same).
  std::string policy_version, input_digest;
  // Withholding grounds: empty for a published document, the only kind
  // judgments.jsonl holds (the registry may keep a withheld document's
  // record, with its grounds and no text, as its state).
  std::vector<std::string> grounds;
  // Category name (CategoryName of core/span.h) -> how many redactions of
  // that category the text had; categories with none are absent.
  std::map<std::string, size_t> redactions;
  // The anonymized people, in the order the document anonymized them.
  std::vector<CorpusPerson> people;
  // True when the cause was told from the words of the text rather than
  // read from the metadata or the header.
  bool cause_inferred = false;

  bool operator==(const CorpusRecord&) const = default;
};

// The document-derived fields of a published document's record: case
// number, court, cause, document type and decision date (from its header),
// public text and its SHA-256, grounds, redaction counts, cause_inferred.
// The caller sets key, version, title, policy_version, input_digest and
// people (CorpusPeople), which come from the registry, the site and the
// policy. A document without a header leaves the header fields empty.
CorpusRecord CorpusRecordOf(const ProcessedDocument& doc);

// kInvalidInput when `corpus_key` (the bytes of the --corpus-key file, a
// trailing newline included) is shorter than kMinCorpusKeyBytes, saying
// how long it is and never what it holds.
Status CheckCorpusKey(std::string_view corpus_key);

// Pseudonym identifiers. With `corpus_key` (the bytes of --corpus-key FILE,
// at least kMinCorpusKeyBytes: CheckCorpusKey; the caller reads the file):
// id = "p-" + the first 16 hex digits of HMAC-SHA256(corpus_key, family ‖
// 0x1F ‖ person.name), so the same person in the same case family gets the
// same id in every document and every run, another family or another key
// gives another id, and it cannot be reversed (nor a guessed name checked)
// without the key. `family` is the caller's stable family identifier (the
// smallest normalized case number of ProcessedDocument::family_keys).
// Without a key: per-document ordinal ids "p1", "p2" ... in the order of
// `people` (nothing derived from the name). The result has one entry per
// person, in order, with pseudonym and role copied; the name is never
// copied.
std::vector<CorpusPerson> CorpusPeople(
    const std::vector<PersonRecord>& people, std::string_view family,
    std::optional<std::string_view> corpus_key);

// The counts by category name of `redactions`.
std::map<std::string, size_t> RedactionCounts(
    const std::vector<Redaction>& redactions);

// One JSON object on one line, ending "\n": the fields in the order of the
// schema (CorpusManifestJson's "schema" lists them), compact, deterministic
// bytes, UTF-8 as is (no \u escapes of CJK; control characters escaped as
// JSON requires). decision_date is "YYYY-MM-DD" or null; redactions is an
// object of counts in category-name order; people is an array of
// {"id", "pseudonym", "role"} objects.
std::string CorpusLine(const CorpusRecord& record);

// The record a corpus line holds. ParseCorpusLine(CorpusLine(r)) == r for
// every record meeting the preconditions above, and only lines exactly as
// CorpusLine writes them are accepted (one trailing "\n" optional), so
// CorpusLine(ParseCorpusLine(line)) == line too: the registry can keep the
// line as the document's state and rebuild the corpus byte for byte.
// kInvalidInput naming the field on anything else: not one JSON object, a
// field missing, of the wrong type or unknown, a bad date or count, a
// version below 1, another line after it, trailing bytes, or any byte where
// CorpusLine would write another (extra spaces, other key order, escaped
// CJK, a repeated key).
Result<CorpusRecord> ParseCorpusLine(std::string_view line);

// What manifest.json and the datasheet say about a corpus.
struct CorpusManifest {
  size_t documents = 0;  // lines in judgments.jsonl
  // Lines by document type, by court and by year of the decision date;
  // "unknown" for a line without one.
  std::map<std::string, size_t> by_doc_type, by_court, by_year;
  // Lines by the policy version their text was made under (an unchanged
  // document keeps the version of the run that published it).
  std::map<std::string, size_t> by_policy_version;
  std::map<std::string, size_t> redactions;  // totals by category name
  // The run's policy version, and "wenshu <version>" of the program.
  std::string policy_version, generator_version;
  // The run's logical time (--as-of, given by the caller, never the clock).
  std::string generated_at;
  bool keyed_pseudonyms = false;  // --corpus-key given
  // Key -> input digest of every line, sorted by key (AddToManifest keeps
  // the order). Each key is added once.
  std::vector<std::pair<std::string, std::string>> input_digests;
};

// Adds one record's counts (documents, by_*, redactions, input digest).
void AddToManifest(const CorpusRecord& record, CorpusManifest* manifest);

// manifest.json: the format and its version, generator, generation time,
// policy, whether ids are keyed, the counts, the input digests (an object
// key -> digest, sorted), the file names, and "schema": every field of a
// corpus line in line order with its JSON type and a one-sentence
// description (people's items described too). Deterministic bytes,
// pretty-printed with two-space indents, ends with "\n".
std::string CorpusManifestJson(const CorpusManifest& manifest);

// corpus/README.md, the datasheet, in Chinese and English: what is in it
// (the counts of the manifest), what was removed and why (each category in
// words, per the publication rules, with its count), how pseudonyms and
// their ids work (keyed or per document, as the manifest says), what is not
// in it (withheld, withdrawn and held documents), the fields (names, with
// manifest.json for types and descriptions), and a reuse note.
// Deterministic; ends with "\n".
std::string CorpusDatasheet(const CorpusManifest& manifest);

}  // namespace wenshu

#endif  // WENSHU_PUBLISHERS_CORPUS_WRITER_H_
