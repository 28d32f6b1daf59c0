// SpanSource: the one interface of everything that finds spans in a
// document — every identifier detector, the people finder, the place and
// health finders, the case terms and the verify pass.
//
// A source reads a Document (core/document.h: the normalized text and what
// analysis found in it) and the document's ScanContext (detector.h: the
// strictness, the regions worth scanning and the candidate indexes computed
// once per document and shared by every source, such as the digit chains),
// and appends what it finds to a SpanSink. Sources never edit text; the one
// redaction pass (redaction_pass.h) rewrites.
//
// Error channel: Find returns a non-ok Status when it cannot finish — a
// regex engine failure, a resource limit, a conflict it cannot resolve (a
// name both anonymized and kept). The caller then holds the document (fail
// closed); what the sink holds after a failure is not used.
//
// Sources are immutable after construction: Find may be called from many
// threads at once, each with its own ScanContext and SpanSink.
#ifndef WENSHU_REDACTORS_SPAN_SOURCE_H_
#define WENSHU_REDACTORS_SPAN_SOURCE_H_

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "core/status.h"
#include "redactors/detector.h"

namespace wenshu {

// Where sources put what they find for one document. Not thread-safe: one
// sink per document. Spans whose `replacement` views a string the sink
// keeps (Keep) stay valid as long as the sink.
class SpanSink {
 public:
  void Add(const Span& span) { spans_.push_back(span); }
  void Append(const std::vector<Span>& spans) {
    spans_.insert(spans_.end(), spans.begin(), spans.end());
  }
  // Keeps `text` (a pseudonym) for the life of the sink and returns a view
  // of it for a span's `replacement`.
  std::string_view Keep(std::string text) {
    return kept_text_.emplace_back(std::move(text));
  }

  const std::vector<Span>& spans() const { return spans_; }
  std::vector<Span>& mutable_spans() { return spans_; }

  // What the people source decided (rules §3): the persons it anonymized,
  // in order of first appearance, and the natural persons who keep their
  // names. The verify pass checks that none of the first survive and the
  // case family remembers them.
  std::vector<PersonRecord>& anonymized() { return anonymized_; }
  const std::vector<PersonRecord>& anonymized() const { return anonymized_; }
  std::vector<std::string>& kept_names() { return kept_names_; }
  const std::vector<std::string>& kept_names() const { return kept_names_; }

 private:
  std::vector<Span> spans_;
  std::deque<std::string> kept_text_;  // a deque keeps views valid
  std::vector<PersonRecord> anonymized_;
  std::vector<std::string> kept_names_;
};

class SpanSource {
 public:
  virtual ~SpanSource() = default;

  // A short stable name ("id_number", "people", "case_terms", "verify"):
  // error messages and benchmarks name the source by it.
  virtual std::string_view name() const = 0;

  // Appends the spans found in `doc.text` (byte offsets of it) to `sink`.
  virtual Status Find(const Document& doc, ScanContext& scan,
                      SpanSink& sink) const = 0;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_SPAN_SOURCE_H_
