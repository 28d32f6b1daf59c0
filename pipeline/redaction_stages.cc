#include "pipeline/redaction_stages.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/utf8.h"

namespace wenshu {
namespace {

// What the verify pass reads of the document beside a text: the people it
// anonymized or kept, its terms, and its identifier values (prepared once
// for all the texts the pass reads).
void SetWhatVerifyReads(DocumentState& state, ScanContext& scan) {
  scan.set_people(&state.spans.anonymized(), &state.spans.kept_names());
  scan.set_case_terms(&state.case_terms);
  if (!state.values_to_verify) {
    const SpanSink& spans = state.spans;
    const std::shared_ptr<const ValueMentions>& prepared =
        spans.prepared_values();
    state.values_to_verify =
        prepared != nullptr && prepared->values() == spans.identifier_values()
            ? prepared
            : std::make_shared<const ValueMentions>(spans.identifier_values());
  }
  scan.set_identifier_values(state.values_to_verify.get());
}

}  // namespace

WordPass SourceWords(const DetectorSet& detectors, const PeopleFinder& people,
                     const HealthFinder& health) {
  return WordPass({detectors.trigger_automaton(), people.cue_automaton(),
                   health.word_automaton()});
}

StageOutcome FindSpans(const SpanSources& sources, DocumentState& state) {
  const Document& doc = state.document;
  SpanSink& sink = state.spans;
  ScanContext scan(doc.text, Strictness::kStandard);
  scan.set_word_pass(sources.words);
  // The time budget is checked between the sources: each is linear in the
  // text, so no single one runs long on a text under the size budget.
  const auto out_of_time = [&](std::string_view source) {
    return state.deadline.expired()
               ? std::optional<StageOutcome>(OutOfTime(state, source))
               : std::nullopt;
  };
  if (Status s = sources.detectors.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("detect: " + s.message());
  if (auto over = out_of_time("repeated identifiers")) return *over;
  // One value found once goes at every mention, in any width or spacing.
  if (Status s = sources.repeats.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("detect: " + s.message());
  if (auto over = out_of_time("people")) return *over;
  if (Status s = sources.people.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("people: " + s.message());
  if (auto over = out_of_time("health")) return *over;
  // Rules §5: the health status of natural persons (masked by the pass).
  if (Status s = sources.health.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("health: " + s.message());
  if (auto over = out_of_time("case terms")) return *over;
  if (!state.case_terms.empty()) {
    if (Status s = state.case_terms.Find(doc, scan, sink); !s.ok())
      return StageOutcome::Hold("case terms: " + s.message());
    // The court's list overrides the keep rules (a listed amount or date).
    CarveCaseTermsOutOfProtected(&sink.mutable_spans());
  }
  return StageOutcome::Next();
}

StageOutcome Rewrite(const RedactionPass& pass, DocumentState& state) {
  state.redacted =
      pass.Run(state.record.text, *state.normalized, state.spans.spans());
  // Of the normalized view (as large as the input) and the spans, the later
  // stages need one flag: both go before the verify pass, whose own
  // buffers would otherwise come on top of them.
  state.source_has_numeral_runs = state.normalized->has_numeral_runs();
  state.document.text = {};
  state.normalized.reset();
  std::vector<Span>().swap(state.spans.mutable_spans());
  // Rules Art. 11: a kept name wins every conflict, whole; where its
  // winning leaves a value the rules delete, or the same words are both
  // kept and protected, the document is not published on a guess.
  for (const KeptConflict& c : state.redacted.kept_conflicts) {
    if (!Unresolved(c)) continue;
    return StageOutcome::Hold(
        "kept name conflict: the " + std::string(CategoryName(c.category)) +
        " span (" + c.rule + ") at bytes " + std::to_string(c.begin) + "-" +
        std::to_string(c.end) + " reaches into a kept name at bytes " +
        std::to_string(c.kept_begin) + "-" + std::to_string(c.kept_end));
  }
  return StageOutcome::Next();
}

StageOutcome Verify(const Verifier& verifier, DocumentState& state) {
  const Document public_doc{state.redacted.text, {}, {}};
  ScanContext scan(public_doc.text, Strictness::kWidest);
  SetWhatVerifyReads(state, scan);
  scan.set_source_has_numeral_runs(state.normalized
                                       ? state.normalized->has_numeral_runs()
                                       : state.source_has_numeral_runs);
  SpanSink residual;
  if (Status s = verifier.Find(public_doc, scan, residual); !s.ok())
    return StageOutcome::Hold(s.message());
  if (!residual.spans().empty())
    return StageOutcome::Hold(Verifier::Describe(residual.spans()));
  return StageOutcome::Next();
}

StageOutcome Publish(DocumentState& state) {
  ProcessedDocument& doc = state.doc;
  doc.people = std::move(state.spans.anonymized());
  doc.status = PublicationStatus::kPublished;
  doc.public_text = std::move(state.redacted.text);
  doc.redactions = std::move(state.redacted.redactions);
  doc.kept_conflicts = std::move(state.redacted.kept_conflicts);
  return StageOutcome::Next();
}

namespace {

// How a field is read. A key (the record's id) is an opaque string of the
// court's system: digits and letters in it are no phone or plate by
// themselves (a UUID holds runs like 08053114), so only what identifies a
// person whatever its context counts there: a checked ID number or bank
// card, a protected person's name, a term listed for the case, and a value
// this document itself had removed. A file's text (every string of a
// written .docx, page or export, read out of the judgment's context) counts
// every identifier whose shape says what it is, but not a home address or
// a health condition: those are told by the sentence around them (a
// company's seat or a kept party's words read alone look like a home), and
// the judgment's own text was verified in its context already.
enum class FieldKind { kText, kKey, kFileText };

bool CountsIn(FieldKind kind, const Span& residual) {
  if (kind == FieldKind::kText) return true;
  if (kind == FieldKind::kFileText) {
    return residual.category != Category::kAddress &&
           residual.category != Category::kHealth;
  }
  switch (residual.category) {
    case Category::kIdNumber:
    case Category::kBankAccount:
    case Category::kPersonName:
    case Category::kCaseSpecific:
      return true;
    default:
      return residual.rule == RepeatedIdentifierFinder::kRule;
  }
}

// Why `value` may not go out, or "" when it may: not well-formed, or what
// the verify pass reports in it (Verifier::Describe, never the value),
// with the document's own people, terms and values.
std::string FieldResidue(const Verifier& verifier, DocumentState& state,
                         std::string_view value,
                         FieldKind kind = FieldKind::kText) {
  if (value.empty()) return "";
  if (!IsWellFormedUtf8(value)) return "not well-formed UTF-8";
  // A field stands alone: scanned as a line of its own, so that the
  // detectors see its edges as they see a line's.
  const std::string line = "\n" + std::string(value) + "\n";
  const Document field{line, {}, {}};
  ScanContext scan(field.text, Strictness::kWidest);
  SetWhatVerifyReads(state, scan);
  SpanSink residual;
  if (Status s = verifier.Find(field, scan, residual); !s.ok())
    return s.message();
  std::vector<Span> counted;
  for (const Span& s : residual.spans()) {
    if (CountsIn(kind, s)) counted.push_back(s);
  }
  return counted.empty() ? "" : Verifier::Describe(counted);
}

// True when `value` may go out (FieldResidue finds nothing).
bool FieldIsClean(const Verifier& verifier, DocumentState& state,
                  std::string_view value, FieldKind kind = FieldKind::kText) {
  return FieldResidue(verifier, state, value, kind).empty();
}

}  // namespace

const std::vector<TextPiece>& PublicFileWriter::Pieces() const {
  static const std::vector<TextPiece> kNone;
  return kNone;
}

namespace {

// Fits each redaction to the pieces, so that none deletes structure (the
// bytes between pieces: paragraph breaks, tabs). One whose replacement
// carries the structure it spans, in order (a masked number written over
// three lines: "178\n××××\n××××"), is split around it, and the public
// text is unchanged. Otherwise the structure stays and only the text
// around it is replaced: the replacement goes in place of the first
// stretch of text, the other stretches are deleted (a line that was
// nothing but an identifier clause keeps its line break; a card number
// over four lines leaves three empty ones). With `whole_lines`, a
// deletion of whole lines (from a line's start through a line break) is
// left as it is, and a line the fitted redactions leave empty goes with
// its break. True when any changed: the public text is then to be made
// again.
bool FitToPieces(std::string_view text, const std::vector<TextPiece>& pieces,
                 bool whole_lines, std::vector<Redaction>& redactions) {
  if (pieces.empty()) return false;
  // Whether byte `at` lies in a piece.
  const auto in_piece = [&pieces](size_t at) {
    auto it = std::upper_bound(
        pieces.begin(), pieces.end(), at,
        [](size_t offset, const TextPiece& p) { return offset < p.begin; });
    return it != pieces.begin() && at < std::prev(it)->end;
  };
  bool changed = false;
  std::vector<Redaction> fitted;
  fitted.reserve(redactions.size());
  const auto add = [&fitted](Redaction r) {
    if (r.begin == r.end && r.replacement.empty()) return;
    fitted.push_back(std::move(r));
  };
  for (Redaction r : redactions) {
    // The runs of structure inside the redaction.
    std::vector<std::pair<size_t, size_t>> gaps;
    for (size_t at = r.begin; at < r.end; ++at) {
      if (in_piece(at)) continue;
      if (!gaps.empty() && gaps.back().second == at) {
        ++gaps.back().second;
      } else {
        gaps.emplace_back(at, at + 1);
      }
    }
    const bool whole = whole_lines && r.replacement.empty() &&
                       (r.begin == 0 || text[r.begin - 1] == '\n') &&
                       r.end > r.begin && text[r.end - 1] == '\n';
    if (gaps.empty() || whole) {
      fitted.push_back(std::move(r));
      continue;
    }
    changed = true;
    // Split where the replacement carries each run of structure in order.
    std::vector<Redaction> parts;
    size_t from = 0;  // in the replacement
    size_t at = r.begin;
    bool aligned = true;
    for (const auto& [gap_begin, gap_end] : gaps) {
      const std::string_view structure =
          text.substr(gap_begin, gap_end - gap_begin);
      const size_t found = r.replacement.find(structure, from);
      if (found == std::string::npos) {
        aligned = false;
        break;
      }
      Redaction part = r;
      part.begin = at;
      part.end = gap_begin;
      part.replacement = r.replacement.substr(from, found - from);
      parts.push_back(std::move(part));
      from = found + structure.size();
      at = gap_end;
    }
    if (aligned) {
      Redaction last = r;
      last.begin = at;
      last.replacement = r.replacement.substr(from);
      parts.push_back(std::move(last));
      for (Redaction& part : parts) add(std::move(part));
      continue;
    }
    // Otherwise the structure stays and the text around it goes: the whole
    // replacement in place of the first stretch of text, the other
    // stretches deleted.
    at = r.begin;
    bool first = true;
    for (size_t g = 0; g <= gaps.size(); ++g) {
      const size_t stretch_end = g < gaps.size() ? gaps[g].first : r.end;
      if (at < stretch_end) {
        Redaction part = r;
        part.begin = at;
        part.end = stretch_end;
        part.replacement = first ? r.replacement : std::string();
        first = false;
        // A line left with nothing goes whole, break and all, where the
        // format drops empty lines anyway.
        if (whole_lines && part.replacement.empty() &&
            (at == 0 || text[at - 1] == '\n') && stretch_end < text.size() &&
            text[stretch_end] == '\n')
          ++part.end;
        add(std::move(part));
      }
      if (g < gaps.size()) at = gaps[g].second;
    }
    // A redaction of nothing but structure: its replacement is inserted.
    if (first) {
      Redaction insertion = r;
      insertion.end = insertion.begin;
      add(std::move(insertion));
    }
  }
  redactions = std::move(fitted);
  return changed;
}

}  // namespace

StageOutcome WritePublicFile(const Verifier& verifier,
                             const PublicFileWriter& writer,
                             DocumentState& state) {
  if (FitToPieces(state.record.text, writer.Pieces(),
                  writer.DeletesWholeLines(), state.doc.redactions)) {
    state.doc.public_text =
        RedactionPass::Apply(state.record.text, state.doc.redactions);
  }
  Result<std::string> file = writer.Write(state.doc);
  if (!file.ok()) return StageOutcome::Hold(file.status().message());
  Result<std::vector<FileText>> texts = writer.Texts(file.value());
  if (!texts.ok()) {
    return StageOutcome::Hold("verify: the written file cannot be read back: " +
                              texts.status().message());
  }
  for (const FileText& text : texts.value()) {
    const std::string residue =
        FieldResidue(verifier, state, text.text, FieldKind::kFileText);
    if (!residue.empty()) {
      return StageOutcome::Hold(
          "verify: the written file carries a protected value in " +
          text.where + " (" + residue + ")");
    }
  }
  state.doc.public_file = std::move(file).value();
  return StageOutcome::Next();
}

void VerifyOutputFields(const Verifier& verifier, DocumentState& state) {
  ProcessedDocument& doc = state.doc;
  std::vector<std::string> fields;  // the names of the fields emptied
  const auto check = [&](std::string_view name, std::string& value) {
    if (FieldIsClean(verifier, state, value)) return;
    value.clear();
    fields.emplace_back(name);
  };
  if (doc.id && !FieldIsClean(verifier, state, *doc.id, FieldKind::kKey)) {
    doc.id.reset();
    fields.emplace_back("id");
  }
  if (doc.header) {
    check("header.court", doc.header->court);
    check("header.doc_type", doc.header->doc_type);
    check("header.cause", doc.header->cause);
    if (doc.header->case_number &&
        !FieldIsClean(verifier, state, doc.header->case_number->text)) {
      doc.header->case_number.reset();
      fields.emplace_back("header.case_number");
    }
  }
  if (!FieldIsClean(verifier, state, doc.error)) {
    doc.error = "the reason for holding quoted a value from the input that "
                "may not be published; see the input record";
  }
  if (fields.empty()) return;
  std::string reason = "verify: meta field " + fields[0];
  for (size_t k = 1; k < fields.size(); ++k) reason += ", " + fields[k];
  reason += fields.size() == 1 ? " carries" : " carry";
  reason += " a protected value";
  if (doc.status == PublicationStatus::kHeld && !doc.error.empty())
    reason += "; and " + doc.error;
  doc = HeldDocument(std::move(doc), std::move(reason));
}

}  // namespace wenshu
