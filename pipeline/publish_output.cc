#include "pipeline/publish_output.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <utility>

#include "core/digest.h"
#include "core/json.h"
#include "core/span.h"
#include "core/utf8.h"
#include "pipeline/publish_naming.h"
#include "pipeline/publish_paths.h"
#include "publishers/corpus_writer.h"
#include "publishers/jsonl_publisher.h"
#include "publishers/review_pages.h"
#include "publishers/search_index.h"
#include "publishers/site_pages.h"
#include "redactors/literal_automaton.h"

namespace wenshu {

namespace {

std::string StubText(const std::vector<std::string>& grounds) {
  std::string text = "withheld";
  for (const std::string& g : grounds) text += "\n" + g;
  return text;
}

CaseFacts FactsOf(const CorpusRecord& record) {
  CaseFacts facts;
  facts.case_number = record.case_number;
  facts.court = record.court;
  facts.decision_date = record.decision_date;
  return facts;
}

JudgmentPage JudgmentPageOf(const CorpusRecord& record, std::string path) {
  JudgmentPage page;
  page.path = std::move(path);
  page.title = record.title;
  page.facts = FactsOf(record);
  page.cause = record.cause;
  page.doc_type = record.doc_type;
  page.public_text = record.public_text;
  page.version = static_cast<int>(record.version);
  return page;
}

// Whether a stub may show the grounds (state secrets withhold even the
// stub; an unknown ground is not shown either).
bool StubAllowed(const std::vector<std::string>& grounds) {
  if (grounds.empty()) return false;
  for (const std::string& g : grounds)
    if (!GroundInWords(g)) return false;
  return true;
}

std::string GroundsInWords(const std::vector<std::string>& grounds) {
  std::string out;
  for (const std::string& g : grounds) {
    if (!out.empty()) out += "；";
    const std::optional<std::string_view> words = GroundInWords(g);
    out += words ? std::string(*words) : g;
  }
  return out;
}

std::string JsonString(std::string_view s) {
  std::string out;
  JsonWriter(&out).String(s);
  return out;
}

std::string IndexFolder(std::string_view kind, std::string_view name) {
  return std::string(kind) + "/" + Segment(name) + "/";
}

}  // namespace

// ------------------------------------------------------------------ keys

std::string PublicationKey(const ProcessedDocument& doc) {
  if (doc.header && doc.header->case_number) {
    std::string type;
    for (char c : doc.header->doc_type)
      if (c != ' ') type.push_back(c);
    // A judgment is the case's main document: it takes the case's folder.
    if (type.ends_with("判决书")) type.clear();
    Result<std::string> path =
        PermalinkPath(doc.header->case_number->text, type);
    if (!path.ok() && !type.empty())
      path = PermalinkPath(doc.header->case_number->text, "");
    if (path.ok() && !type.empty() && !path.value().ends_with(type + "/"))
      path = Status::InvalidInput("type dropped");
    if (path.ok()) return path.value();
  }
  if (!doc.id || doc.id->empty()) return "";
  return "doc/" + Sha256Hex(*doc.id).substr(0, 16) + "/";
}

// -------------------------------------------------------------- per document

struct PublishOutput::Pending {
  PublicationStatus status = PublicationStatus::kHeld;
  std::string name;
  std::string key;
  std::string error;
  bool stub_withheld = false;
  size_t input_bytes = 0;
  CorpusRecord record;       // published or withheld: the facts (and text)
  ReviewDocument review;     // path, status and texts; version set in Write
  std::string audit_record;  // FormatJsonRecord without text
  std::map<std::string, size_t> categories;
  // Removed values (the original bytes of each redaction) and category.
  std::vector<std::pair<std::string, std::string>> removed;
  std::vector<std::string> family_keys;  // its own key when none
};

PublishOutput::PublishOutput(OutputFiles& files, PublicationRegistry& registry,
                             const Policy& policy, PublishOptions options)
    : files_(files),
      registry_(registry),
      policy_(policy),
      options_(std::move(options)) {
  RunStamp stamp;
  stamp.run_id = "publish " + options_.as_of.Iso();
  stamp.at = options_.as_of.Iso() + "T00:00:00Z";
  run_ = std::make_unique<RegistryRun>(registry_, std::move(stamp));
}

PublishOutput::~PublishOutput() {
  if (audit_ != nullptr) std::fclose(audit_);
}

bool PublishOutput::Open() {
  audit_path_ = files_.TemporaryPath("audit");
  audit_ = std::fopen(audit_path_.c_str(), "wb");
  if (audit_ == nullptr) {
    std::fprintf(stderr, "wenshu: cannot write %s: %s\n", audit_path_.c_str(),
                 std::strerror(errno));
    return false;
  }
  return true;
}

void PublishOutput::Fail(const std::string& message) {
  std::fprintf(stderr, "wenshu: %s\n", message.c_str());
  failed_ = true;
}

void PublishOutput::Format(const SourceDocument& source,
                           const ProcessedDocument& doc,
                           FormattedDocument* formatted) const {
  auto p = std::make_shared<Pending>();
  p->status = doc.status;
  // Its id; else its line of JSON Lines, or its file.
  if (doc.id && !doc.id->empty()) {
    p->name = *doc.id;
  } else if (doc.line_number > 0) {
    p->name = "line " + std::to_string(doc.line_number);
  } else {
    p->name = source.input.substr(0, 200);
  }
  formatted->name = p->name;
  p->error = doc.error;
  p->stub_withheld = doc.stub_withheld;
  p->input_bytes = doc.input_bytes;
  p->key = doc.status == PublicationStatus::kHeld ? "" : PublicationKey(doc);
  p->audit_record = FormatJsonRecord(doc, policy_, /*include_text=*/false);
  p->family_keys = doc.family_keys;
  if (p->family_keys.empty() && !p->key.empty())
    p->family_keys.push_back(p->key);
  for (const Redaction& r : doc.redactions) {
    ++p->categories[std::string(CategoryName(r.category))];
    if (r.end <= doc.original_text.size() && r.begin < r.end) {
      p->removed.emplace_back(
          doc.original_text.substr(r.begin, r.end - r.begin),
          std::string(CategoryName(r.category)));
    }
  }

  CorpusRecord& rec = p->record;
  rec.key = p->key;
  rec.public_text = doc.public_text;
  rec.grounds = doc.grounds;
  rec.policy_version = policy_.version();
  rec.input_digest = Sha256Hex(doc.original_text);
  rec.redactions = RedactionCounts(doc.redactions);
  rec.cause_inferred = doc.cause_inferred;
  if (doc.header) {
    const CaseFacts facts = CaseFactsOf(*doc.header);
    rec.case_number = facts.case_number;
    rec.court = facts.court;
    rec.decision_date = facts.decision_date;
    rec.cause = doc.header->cause;
    rec.doc_type = doc.header->doc_type;
  }
  if (doc.status == PublicationStatus::kPublished) {
    rec.text_sha256 = Sha256Hex(doc.public_text);
    TitleParts parts =
        doc.header ? TitlePartsOf(*doc.header) : TitleParts();
    AddTitleParties(doc.public_text, policy_.party_block(), &parts);
    rec.title = JudgmentTitle(parts, doc.public_text, rec.case_number);
    std::string family;
    for (const std::string& k : doc.family_keys)
      if (family.empty() || k < family) family = k;
    if (family.empty()) family = p->key;
    std::optional<std::string_view> key;
    if (options_.corpus_key) key = *options_.corpus_key;
    rec.people = CorpusPeople(doc.people, family, key);
  } else if (doc.status == PublicationStatus::kWithheld) {
    rec.text_sha256 = Sha256Hex(StubText(doc.grounds));
  }

  // The title and the text as published may not show again a value this
  // document had removed (a name left in a title line, a home address
  // repeated as the place of a crime): held, the value never named. A
  // diagnosis is left to the verify pass, which reads it in its sentence
  // (the same word in a statute is no one's).
  if (doc.status == PublicationStatus::kPublished) {
    for (const auto& [value, category] : p->removed) {
      if (category == CategoryName(Category::kHealth) ||
          !IsScannable(value) ||
          (!ContainsAlone(rec.title, value) &&
           !ContainsAlone(rec.public_text, value)))
        continue;
      p->status = PublicationStatus::kHeld;
      p->error = "verify: a value removed as " + category +
                 " appears again in the published title or text";
      break;
    }
  }

  ReviewDocument& review = p->review;
  review.path = ReviewPagePath(p->key, p->name);
  review.name = p->name;
  review.key = p->key;
  review.status = std::string(PublicationStatusName(p->status));
  review.title = rec.title;
  review.facts = FactsOf(rec);
  review.cause = rec.cause;
  review.doc_type = rec.doc_type;
  if (p->status == PublicationStatus::kHeld) {
    review.reasons.push_back(p->error);
  } else if (doc.status == PublicationStatus::kWithheld) {
    for (const std::string& g : doc.grounds) {
      const std::optional<std::string_view> words = GroundInWords(g);
      review.reasons.push_back(words ? g + "：" + std::string(*words) : g);
    }
  }
  for (const DecisionReason& r : doc.decision_reasons)
    review.reasons.push_back(r.ground + " (" + r.field + ": " + r.value + ")");
  review.original_text = doc.original_text;
  review.public_text = doc.public_text;
  review.redactions = doc.redactions;
  review.kept_conflicts = doc.kept_conflicts;
  formatted->payload = std::move(p);
}

void PublishOutput::Write(FormattedDocument&& formatted) {
  std::shared_ptr<Pending> p = std::static_pointer_cast<Pending>(
      std::move(formatted.payload));
  // RunBatch may hold a document after Format (a duplicate id).
  if (formatted.status == PublicationStatus::kHeld &&
      p->status != PublicationStatus::kHeld) {
    p->status = PublicationStatus::kHeld;
    p->error = formatted.error;
    p->review.status = "held";
    p->review.reasons.insert(p->review.reasons.begin(), formatted.error);
  }
  counts_.input_bytes += p->input_bytes;
  if (p->status != PublicationStatus::kHeld) {
    if (p->key.empty()) {
      p->status = PublicationStatus::kHeld;
      p->error = "no case number and no id to publish it under";
    } else if (auto [it, inserted] = keys_.emplace(p->key, p->name);
               !inserted) {
      p->status = PublicationStatus::kHeld;
      p->error = "the same case number and document type as " + it->second +
                 " in this run (" + p->key +
                 "); which one is public must be decided by staff";
    }
    if (p->status == PublicationStatus::kHeld) {
      p->review.status = "held";
      p->review.reasons.insert(p->review.reasons.begin(), p->error);
    }
  }

  // Nothing here depends on what the registry held before the run (new,
  // changed, unchanged): a rerun after a kill writes the same audit and
  // review as an uninterrupted run.
  int64_t version = 0;
  bool held_by_scan = false;
  if (p->status == PublicationStatus::kHeld) {
    ++counts_.held;
    ++counts_.held_by_reason[ReasonGroup(p->error)];
  } else {
    PublicationOutcome outcome;
    outcome.key = p->key;
    outcome.kind = p->status == PublicationStatus::kPublished
                       ? PublicationOutcome::Kind::kPublish
                       : PublicationOutcome::Kind::kWithhold;
    outcome.text_sha256 = p->record.text_sha256;
    outcome.policy_version = p->record.policy_version;
    outcome.input_digest = p->record.input_digest;
    if (outcome.kind == PublicationOutcome::Kind::kWithhold) {
      outcome.reason = GroundsInWords(p->record.grounds);
      if (outcome.reason.empty()) outcome.reason = "withheld";
    } else {
      // When neither the input nor the policy changed and the text did,
      // the protection around it grew.
      Result<std::optional<PublicationEntry>> before = registry_.Find(p->key);
      if (before.ok() && before.value() &&
          before.value()->input_digest == outcome.input_digest &&
          before.value()->policy_version == outcome.policy_version &&
          before.value()->text_sha256 != outcome.text_sha256) {
        outcome.reason =
            "protection added (a granted request, or a person protected in "
            "a related document)";
      }
    }
    Result<RecordResult> recorded = run_->Record(outcome);
    if (!recorded.ok()) {
      p->status = PublicationStatus::kHeld;
      p->error = "registry: " + recorded.status().message();
      p->review.status = "held";
      p->review.reasons.insert(p->review.reasons.begin(), p->error);
      ++counts_.held;
      ++counts_.held_by_reason[ReasonGroup(p->error)];
    } else {
      const RecordResult& r = recorded.value();
      version = r.version;
      switch (r.change) {
        case RecordChange::kNew: ++counts_.new_; break;
        case RecordChange::kChanged: ++counts_.changed; break;
        case RecordChange::kUnchanged: ++counts_.unchanged; break;
        case RecordChange::kWithheld: break;
        case RecordChange::kWithdrawn: ++counts_.withdrawn; break;
        case RecordChange::kStillWithdrawn: {
          ++counts_.still_withdrawn;
          // Shown as the run that withdrew it showed it.
          Result<std::optional<PublicationEntry>> entry =
              registry_.Find(p->key);
          if (entry.ok() && entry.value() &&
              entry.value()->withdrawn_reason == kFamilyConflict) {
            held_by_scan = true;
          } else {
            p->review.reasons.insert(p->review.reasons.begin(),
                                     "withdrawn by staff");
          }
          break;
        }
      }
      if (p->status == PublicationStatus::kPublished) {
        ++counts_.published;
        for (const auto& [category, n] : p->record.redactions)
          counts_.redactions[category] += n;
      } else {
        ++counts_.withheld;
        for (const std::string& g : p->record.grounds)
          ++counts_.withheld_by_ground[g];
      }
      if (Status s = WriteDocumentFiles(*p, r); !s.ok())
        Fail(p->name + ": " + s.message());
    }
  }

  // The audit line: the registry's facts, then the record as redact's
  // audit has it.
  std::string line = "{\"key\":" + JsonString(p->key) +
                     ",\"version\":" + std::to_string(version) +
                     ",\"input_sha256\":" +
                     JsonString(p->record.input_digest) + ",";
  if (p->status == PublicationStatus::kHeld &&
      p->audit_record.find("\"status\":\"held\"") == std::string::npos) {
    // Held here, after processing: say so first in the line.
    line += "\"held_by_publish\":" + JsonString(p->error) + ",";
  }
  line.append(p->audit_record, 1);
  if (audit_ != nullptr &&
      std::fwrite(line.data(), 1, line.size(), audit_) != line.size()) {
    Fail("cannot write the audit: " + std::string(std::strerror(errno)));
  }

  // The review page and its row.
  p->review.version = version;
  Result<std::string> page = RenderReviewPage(p->review);
  if (!page.ok()) {
    Fail(p->name + ": review page: " + page.status().message());
  } else {
    const std::string path = "review/" + p->review.path;
    if (Result<bool> w = files_.Write(path, page.value()); !w.ok())
      Fail(w.status().message());
    review_pages_.insert(path);
  }
  ReviewRow row;
  row.entry.path = p->review.path;
  row.entry.name = p->name;
  row.entry.key = p->key;
  row.entry.status = p->review.status;
  row.entry.title = p->record.title;
  row.entry.facts = FactsOf(p->record);
  row.entry.reasons = p->status == PublicationStatus::kHeld
                          ? std::vector<std::string>{p->error}
                          : p->review.reasons;
  row.entry.categories = p->categories;
  if (held_by_scan) {
    row.entry.status = "held";
    row.entry.reasons.insert(row.entry.reasons.begin(), kFamilyConflict);
  }
  review_rows_.push_back(std::move(row));

  for (auto& [value, category] : p->removed) {
    // Too short to tell from ordinary text; the verify pass has read it in
    // its own document.
    if (!IsScannable(value)) continue;
    // A diagnosis is a word of a sentence about someone: the same word
    // elsewhere (怀孕 in a statute) is no one's. The verify pass reads it
    // in its sentence.
    if (category == CategoryName(Category::kHealth)) continue;
    if (category == CategoryName(Category::kPersonName) ||
        category == CategoryName(Category::kAddress) ||
        category == CategoryName(Category::kCaseSpecific)) {
      // Words protected by their context: a name, a home or a listed term
      // is protected in its case family; another case may publish a
      // namesake or a company at that address (scanned per document,
      // WithdrawFamilyConflicts).
      for (const std::string& family : p->family_keys)
        names_by_family_[family].insert(value);
      continue;
    }
    removed_.emplace(std::move(value), std::make_pair(category, p->name));
  }
  if (p->status == PublicationStatus::kPublished)
    published_families_.emplace_back(p->key, std::move(p->family_keys));
}

Status PublishOutput::WriteDocumentFiles(const Pending& doc,
                                         const RecordResult& result) {
  const std::string folder = std::string(kSite) + doc.key;
  const std::string record_path = std::string(kRecords) + doc.key + "record.json";
  CorpusRecord record = doc.record;
  record.version = result.version;
  if (result.status == RegistryStatus::kPublished) {
    if (result.change == RecordChange::kChanged) {
      // The version it replaces keeps its page, marked superseded.
      Result<std::optional<PublicationEntry>> before = registry_.Find(doc.key);
      if (!before.ok()) return before.status();
      if (before.value() &&
          before.value()->status == RegistryStatus::kPublished) {
        const int64_t old_version = before.value()->version;
        const std::string old_page =
            folder + "v" + std::to_string(old_version) + ".html";
        Result<std::optional<std::string>> old = files_.Read(record_path);
        if (!old.ok()) return old.status();
        std::optional<CorpusRecord> old_record;
        if (old.value()) {
          Result<CorpusRecord> parsed = ParseCorpusLine(*old.value());
          if (parsed.ok() &&
              parsed.value().text_sha256 == before.value()->text_sha256)
            old_record = std::move(parsed).value();
        }
        if (old_record) {
          old_record->version = old_version;
          JudgmentPage page = JudgmentPageOf(
              *old_record, doc.key + "v" + std::to_string(old_version) +
                               ".html");
          page.superseded_by = static_cast<int>(result.version);
          page.superseded_by_path = doc.key + "index.html";
          Result<std::string> html = RenderJudgmentPage(page);
          if (!html.ok()) return html.status();
          Result<bool> w = files_.Write(old_page, html.value());
          if (!w.ok()) return w.status();
        } else {
          // A run killed after it replaced the record wrote this page
          // first; without either, version N's page cannot be made.
          Result<std::optional<std::string>> exists = files_.Read(old_page);
          if (!exists.ok()) return exists.status();
          if (!exists.value())
            return Status::InvalidInput(
                "the page of version " + std::to_string(old_version) +
                " cannot be kept: its record under state/ is missing");
        }
      }
    }
    Result<bool> w = files_.Write(record_path, CorpusLine(record));
    if (!w.ok()) return w.status();
    Result<std::string> html =
        RenderJudgmentPage(JudgmentPageOf(record, doc.key + "index.html"));
    if (!html.ok()) return html.status();
    w = files_.Write(folder + "index.html", html.value());
    if (!w.ok()) return w.status();
    return Status::Ok();
  }
  if (result.status == RegistryStatus::kWithheld) {
    Result<bool> w = files_.Write(record_path, CorpusLine(record));
    if (!w.ok()) return w.status();
    if (!StubAllowed(record.grounds)) {
      ++counts_.stubs;  // counted, not shown
      Result<bool> r = files_.Remove(folder + "index.html");
      return r.ok() ? Status::Ok() : r.status();
    }
    StubPage stub;
    stub.path = doc.key + "index.html";
    stub.facts = FactsOf(record);
    stub.grounds = record.grounds;
    Result<std::string> html = RenderStubPage(stub);
    if (!html.ok()) return html.status();
    w = files_.Write(folder + "index.html", html.value());
    return w.ok() ? Status::Ok() : w.status();
  }
  // Withdrawn: the notice is written from the registry (Finish). A record
  // of the withdrawn document keeps its facts for the notice.
  if (result.change == RecordChange::kWithdrawn) {
    Result<std::optional<std::string>> old = files_.Read(record_path);
    if (!old.ok()) return old.status();
    if (!old.value()) {
      Result<bool> w = files_.Write(record_path, CorpusLine(record));
      if (!w.ok()) return w.status();
    }
  }
  return Status::Ok();
}

// ------------------------------------------------------------ after the run

Status PublishOutput::RemoveStale(const std::string& list_path,
                                  const std::set<std::string>& now) {
  Result<std::optional<std::string>> before = files_.Read(list_path);
  if (!before.ok()) return before.status();
  if (before.value()) {
    std::string_view list = *before.value();
    for (size_t start = 0; start < list.size();) {
      size_t end = list.find('\n', start);
      if (end == std::string_view::npos) end = list.size();
      const std::string path(list.substr(start, end - start));
      start = end + 1;
      if (path.empty() || now.count(path) > 0 || !IsSafeRelativePath(path))
        continue;
      Result<bool> r = files_.Remove(path);
      if (!r.ok()) return r.status();
    }
  }
  std::string list;
  for (const std::string& path : now) list += path + "\n";
  Result<bool> w = files_.Write(list_path, list);
  return w.ok() ? Status::Ok() : w.status();
}

Status PublishOutput::RebuildFromRegistry() {
  Result<std::vector<PublicationEntry>> entries = registry_.List();
  if (!entries.ok()) return entries.status();
  std::set<std::string> derived;
  auto write = [&](const std::string& path, std::string_view bytes) -> Status {
    Result<bool> w = files_.Write(path, bytes);
    if (!w.ok()) return w.status();
    derived.insert(path);
    return Status::Ok();
  };
  auto read_record =
      [&](const std::string& key) -> Result<std::optional<CorpusRecord>> {
    Result<std::optional<std::string>> bytes =
        files_.Read(std::string(kRecords) + key + "record.json");
    if (!bytes.ok()) return bytes.status();
    if (!bytes.value()) return std::optional<CorpusRecord>();
    Result<CorpusRecord> parsed = ParseCorpusLine(*bytes.value());
    if (!parsed.ok()) return std::optional<CorpusRecord>();
    return std::optional<CorpusRecord>(std::move(parsed).value());
  };

  // One pass in key order (the registry's): withdrawal notices, the corpus
  // lines streamed to a temporary file, and a small index entry per public
  // document. No text is kept: the search reads each record again.
  struct Listed {
    std::string sort_key;  // newest first, then by key
    IndexEntry item;
    std::string cause, doc_type;
  };
  std::vector<Listed> listed;
  CorpusManifest manifest;
  manifest.policy_version = policy_.version();
  manifest.generator_version = options_.generator;
  manifest.generated_at = run_->stamp().at;
  manifest.keyed_pseudonyms = options_.corpus_key.has_value();
  const std::string corpus_temporary = files_.TemporaryPath("corpus");
  std::FILE* corpus = std::fopen(corpus_temporary.c_str(), "wb");
  if (corpus == nullptr)
    return Status::IoError("cannot write " + corpus_temporary + ": " +
                           std::strerror(errno));
  size_t problems = 0;
  Status failure = Status::Ok();
  for (const PublicationEntry& entry : entries.value()) {
    Result<std::optional<CorpusRecord>> read = read_record(entry.key);
    if (!read.ok()) {
      failure = read.status();
      break;
    }
    std::optional<CorpusRecord>& record = read.value();
    const std::string folder = std::string(kSite) + entry.key;
    if (entry.status == RegistryStatus::kWithdrawn) {
      // Every version's page goes; the notice stays at the address.
      for (int64_t v = 1; v <= entry.version && failure.ok(); ++v) {
        Result<bool> r =
            files_.Remove(folder + "v" + std::to_string(v) + ".html");
        if (!r.ok()) failure = r.status();
      }
      if (!failure.ok()) break;
      if (!record ||
          (!record->grounds.empty() && !StubAllowed(record->grounds))) {
        // No facts to show, or facts that may not be shown: nothing stays.
        Result<bool> r = files_.Remove(folder + "index.html");
        if (!r.ok()) failure = r.status();
        continue;
      }
      WithdrawalPage notice;
      notice.path = entry.key + "index.html";
      notice.facts = FactsOf(*record);
      Result<std::vector<RegistryEvent>> events = registry_.EventsOf(entry.key);
      if (!events.ok()) {
        failure = events.status();
        break;
      }
      if (!events.value().empty() && events.value().back().at.size() >= 10)
        notice.withdrawn_on =
            Date::ParseIso(events.value().back().at.substr(0, 10));
      Result<std::string> html = RenderWithdrawalPage(notice);
      if (!html.ok()) {
        failure = html.status();
        break;
      }
      Result<bool> w = files_.Write(folder + "index.html", html.value());
      if (!w.ok()) failure = w.status();
      continue;
    }
    if (!record || record->text_sha256 != entry.text_sha256) {
      std::fprintf(stderr,
                   "wenshu: %s: the registry's version %lld has no matching "
                   "record under %s; run publish over its input again\n",
                   entry.key.c_str(), static_cast<long long>(entry.version),
                   kRecords.data());
      ++problems;
      continue;
    }
    record->version = entry.version;
    Listed l;
    l.item.target_path = entry.key + "index.html";
    l.item.facts = FactsOf(*record);
    l.cause = record->cause;
    l.doc_type = record->doc_type;
    if (entry.status == RegistryStatus::kPublished) {
      l.item.kind = IndexEntryKind::kJudgment;
      l.item.title = record->title;
      const std::string line = CorpusLine(*record);
      if (std::fwrite(line.data(), 1, line.size(), corpus) != line.size()) {
        failure = Status::IoError("cannot write " + corpus_temporary);
        break;
      }
      AddToManifest(*record, &manifest);
    } else {
      if (!StubAllowed(record->grounds)) continue;
      l.item.kind = IndexEntryKind::kStub;
      l.item.title = record->case_number;
    }
    const std::string date =
        record->decision_date ? record->decision_date->Iso() : "0000-00-00";
    for (char c : date)
      l.sort_key.push_back(c >= '0' && c <= '9' ? '9' - c + '0' : c);
    l.sort_key += entry.key;
    listed.push_back(std::move(l));
  }
  if (std::fclose(corpus) != 0 && failure.ok())
    failure = Status::IoError("cannot write " + corpus_temporary);
  if (!failure.ok()) {
    std::remove(corpus_temporary.c_str());
    return failure;
  }
  {
    Result<bool> w = files_.Commit(corpus_temporary, "corpus/judgments.jsonl");
    if (!w.ok()) return w.status();
    derived.insert("corpus/judgments.jsonl");
  }
  if (Status s = write("corpus/manifest.json", CorpusManifestJson(manifest));
      !s.ok())
    return s;
  if (Status s = write("corpus/README.md", CorpusDatasheet(manifest)); !s.ok())
    return s;
  std::sort(listed.begin(), listed.end(),
            [](const Listed& a, const Listed& b) {
              return a.sort_key < b.sort_key;
            });

  // The indexes. Stubs are indexed by what their facts show: court, year.
  std::vector<IndexEntry> home;
  std::map<std::string, std::pair<std::string, std::vector<IndexEntry>>>
      by_court, by_year, by_cause, by_type;  // folder -> heading, entries
  auto add = [](auto& map, std::string_view kind, const std::string& name,
                std::string heading, const IndexEntry& item) {
    if (name.empty()) return;
    auto& slot = map[IndexFolder(kind, name)];
    slot.first = std::move(heading);
    slot.second.push_back(item);
  };
  for (const Listed& l : listed) {
    home.push_back(l.item);
    const std::string year =
        l.item.facts.decision_date
            ? std::to_string(l.item.facts.decision_date->year)
            : "";
    add(by_court, "courts", l.item.facts.court, l.item.facts.court, l.item);
    add(by_year, "years", year, year + "年", l.item);
    if (l.item.kind == IndexEntryKind::kJudgment) {
      add(by_cause, "causes", l.cause, l.cause, l.item);
      add(by_type, "types", l.doc_type, l.doc_type, l.item);
    }
  }
  const size_t per_page = options_.per_page;
  auto write_index = [&](const std::string& heading, const std::string& folder,
                         const std::vector<IndexEntry>& items) -> Status {
    for (const IndexPage& page :
         PaginateIndex(heading, folder, items, per_page)) {
      Result<std::string> html = RenderIndexPage(page);
      if (!html.ok()) return html.status();
      if (Status s = write(
              std::string(kSite) + IndexPagePath(folder, page.page),
              html.value());
          !s.ok())
        return s;
    }
    return Status::Ok();
  };
  if (Status s = write_index("最新文书", "", home); !s.ok()) return s;
  struct Group {
    const char* kind;
    const char* heading;
    const std::map<std::string,
                   std::pair<std::string, std::vector<IndexEntry>>>* map;
  };
  for (const Group& g : {Group{"courts", "按法院", &by_court},
                         Group{"years", "按年份", &by_year},
                         Group{"causes", "按案由", &by_cause},
                         Group{"types", "按文书类型", &by_type}}) {
    std::vector<IndexEntry> listing;
    for (const auto& [folder, slot] : *g.map) {
      if (Status s = write_index(slot.first, folder, slot.second); !s.ok())
        return s;
      IndexEntry item;
      item.target_path = folder + "index.html";
      item.title =
          slot.first + "（" + std::to_string(slot.second.size()) + "）";
      listing.push_back(std::move(item));
    }
    if (Status s = write_index(g.heading, std::string(g.kind) + "/", listing);
        !s.ok())
      return s;
  }
  if (Status s = write(std::string(kSite) + std::string(kSiteStylesheetPath),
                       SiteStylesheet());
      !s.ok())
    return s;

  // The search, in the home page's order, one record read at a time.
  SearchShardBuilder shards(kSearchShardBytes);
  for (const Listed& l : listed) {
    if (l.item.kind != IndexEntryKind::kJudgment) continue;
    const std::string key =
        l.item.target_path.substr(0, l.item.target_path.size() - 10);
    Result<std::optional<CorpusRecord>> read = read_record(key);
    if (!read.ok()) return read.status();
    if (!read.value()) continue;
    const CorpusRecord& r = *read.value();
    SearchEntry e;
    e.path = l.item.target_path;
    e.title = r.title;
    e.case_number = r.case_number;
    e.court = r.court;
    e.cause = r.cause;
    e.doc_type = r.doc_type;
    e.date = r.decision_date ? r.decision_date->Iso() : "";
    e.text = r.public_text;
    if (auto shard = shards.Add(e))
      if (Status s = write(std::string(kSite) + shard->first, shard->second);
          !s.ok())
        return s;
  }
  if (auto shard = shards.Finish())
    if (Status s = write(std::string(kSite) + shard->first, shard->second);
        !s.ok())
      return s;
  Result<std::string> search_page = RenderSearchPage(shards.shard_count());
  if (!search_page.ok()) return search_page.status();
  if (Status s = write(std::string(kSite) + "search/index.html",
                       search_page.value());
      !s.ok())
    return s;
  if (Status s = write(std::string(kSite) + std::string(kSearchScriptPath),
                       SearchScript());
      !s.ok())
    return s;

  // The change feed: what a reuser may know of each change. A staff
  // withdrawal's reason and name stay in the registry.
  Result<std::vector<RegistryEvent>> events = registry_.EventsSince(0, 0);
  if (!events.ok()) return events.status();
  std::string feed;
  for (const RegistryEvent& e : events.value()) {
    JsonWriter w(&feed);
    w.BeginObject()
        .Key("seq").Int(e.seq)
        .Key("key").String(e.key)
        .Key("version").Int(e.version)
        .Key("kind").String(e.kind)
        .Key("at").String(e.at);
    if (e.reason == kReasonCorrectedOriginal || e.reason == kReasonNewPolicy ||
        e.reason == kReasonGrantedRequest)
      w.Key("reason").String(e.reason);
    w.EndObject();
    feed.push_back('\n');
  }
  if (Status s = write("feed/events.jsonl", feed); !s.ok()) return s;

  if (Status s = RemoveStale(std::string(kDerivedList), derived); !s.ok())
    return s;
  if (problems > 0) {
    return Status::InvalidInput(std::to_string(problems) +
                                " registry entr" +
                                (problems == 1 ? "y has" : "ies have") +
                                " no matching record (see above)");
  }
  return Status::Ok();
}

Status PublishOutput::WriteReview() {
  ReviewSummary summary;
  summary.published = counts_.published;
  summary.withheld = counts_.withheld;
  summary.held = counts_.held;
  summary.run_id = run_->stamp().run_id;
  summary.at = run_->stamp().at;
  std::vector<ReviewIndexEntry> entries;
  entries.reserve(review_rows_.size());
  for (const ReviewRow& row : review_rows_) entries.push_back(row.entry);
  Result<std::string> index = RenderReviewIndex(summary, entries);
  if (!index.ok()) return index.status();
  std::set<std::string> now = review_pages_;
  auto write = [&](const std::string& path, std::string_view bytes) -> Status {
    Result<bool> w = files_.Write(path, bytes);
    if (!w.ok()) return w.status();
    now.insert(path);
    return Status::Ok();
  };
  if (Status s = write("review/index.html", index.value()); !s.ok()) return s;
  if (Status s = write("review/" + std::string(kReviewStylesheetPath),
                       ReviewStylesheet());
      !s.ok())
    return s;
  if (Status s =
          write("review/" + std::string(kReviewScriptPath), ReviewScript());
      !s.ok())
    return s;
  return RemoveStale(std::string(kReviewList), now);
}

int PublishOutput::Finish() {
  if (audit_ != nullptr) {
    if (std::fclose(audit_) != 0) Fail("cannot write the audit");
    audit_ = nullptr;
  }
  if (failed_) {
    std::fprintf(stderr,
                 "wenshu: nothing recorded: the registry is as it was; fix "
                 "the error and run again\n");
    return 1;
  }
  Result<std::vector<RecordResult>> committed = run_->Commit();
  if (!committed.ok()) {
    Fail("the registry refused the run: " + committed.status().message() +
         "; run again");
    return 1;
  }
  // Fault injection for the crash test (output_files.h).
  if (std::getenv("WENSHU_KILL_AFTER_COMMIT") != nullptr) std::raise(SIGKILL);
  if (Status s = WithdrawFamilyConflicts(); !s.ok()) Fail(s.message());
  if (Status s = RebuildFromRegistry(); !s.ok()) Fail(s.message());
  if (Status s = WriteReview(); !s.ok()) Fail(s.message());
  if (Status s = ScanPublicFiles(); !s.ok()) Fail(s.message());
  if (counts_.leaks > 0) failed_ = true;
  // Last: its presence says the run finished.
  Result<bool> audit = files_.Commit(audit_path_, kAudit);
  if (!audit.ok()) Fail(audit.status().message());
  return failed_ ? 1 : 0;
}

}  // namespace wenshu
