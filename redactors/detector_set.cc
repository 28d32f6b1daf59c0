#include "redactors/detector_set.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/utf8.h"
#include "redactors/address_detector.h"
#include "redactors/bank_account_detector.h"
#include "redactors/email_detector.h"
#include "redactors/id_number_detector.h"
#include "redactors/im_account_detector.h"
#include "redactors/phone_detector.h"
#include "redactors/plate_detector.h"
#include "redactors/property_certificate_detector.h"
#include "redactors/protected_span_detector.h"
#include "redactors/travel_document_detector.h"
#include "redactors/vehicle_id_detector.h"

namespace wenshu {
DetectorSet::DetectorSet(std::vector<std::unique_ptr<Detector>> detectors)
    : detectors_(std::move(detectors)) {
  std::vector<std::string> words;
  for (size_t d = 0; d < detectors_.size(); ++d) {
    std::vector<std::string> own = detectors_[d]->TriggerWords();
    always_run_.push_back(own.empty() && !detectors_[d]->ReportsProtected());
    for (size_t k = 0; k < own.size(); ++k) {
      if (own[k].empty()) {
        build_status_ = Status::InvalidInput(
            "detector " + std::string(detectors_[d]->name()) +
            ": an empty trigger word (it would hide the detector's findings)");
        return;
      }
      words.push_back(std::move(own[k]));
      trigger_owner_.push_back(d);
      trigger_own_.push_back(k);
    }
  }
  triggers_ = std::make_unique<LiteralAutomaton>(words, AsciiCase::kFold);
}

const DetectorSet& DetectorSet::Standard() {
  static const DetectorSet* set = [] {
    std::vector<std::unique_ptr<Detector>> d;
    d.push_back(std::make_unique<ProtectedSpanDetector>());
    d.push_back(std::make_unique<IdNumberDetector>());
    d.push_back(std::make_unique<PhoneDetector>());
    d.push_back(std::make_unique<EmailDetector>());
    d.push_back(std::make_unique<ImAccountDetector>());
    d.push_back(std::make_unique<BankAccountDetector>());
    d.push_back(std::make_unique<PlateDetector>());
    d.push_back(std::make_unique<VehicleIdDetector>());
    d.push_back(std::make_unique<PropertyCertificateDetector>());
    d.push_back(std::make_unique<TravelDocumentDetector>());
    d.push_back(std::make_unique<AddressDetector>());
    auto* s = new DetectorSet(std::move(d));
    if (!s->build_status_.ok()) {
      std::fprintf(stderr, "wenshu: detector triggers: %s\n",
                   s->build_status_.message().c_str());
      std::abort();
    }
    return s;
  }();
  return *set;
}

Status DetectorSet::Find(const Document& doc, ScanContext& scan,
                         SpanSink& sink) const {
  if (!build_status_.ok()) return build_status_;
  // Each detector's words, from the one pass, in one list: detector by
  // detector, each's by begin, then word (a detector's words are numbered
  // in the pass in their own order), from grouped[begin[d]] to
  // grouped[begin[d + 1]].
  std::vector<WordHit> grouped;
  std::vector<size_t> begin(detectors_.size() + 1, 0);
  if (!trigger_owner_.empty()) {
    const std::vector<WordHit>& all = scan.WordHits(*triggers_);
    for (const WordHit& hit : all) ++begin[trigger_owner_[hit.word] + 1];
    for (size_t d = 0; d < detectors_.size(); ++d) begin[d + 1] += begin[d];
    // Placed in the pass's order, each at its detector's next place; the
    // places then stand at each list's end, one detector on.
    grouped.resize(all.size());
    for (const WordHit& hit : all) {
      const size_t d = trigger_owner_[hit.word];
      grouped[begin[d]++] = {hit.begin, trigger_own_[hit.word]};
    }
    for (size_t d = detectors_.size(); d > 0; --d) begin[d] = begin[d - 1];
    begin[0] = 0;
  }

  const size_t first = sink.spans().size();
  for (size_t d = 0; d < detectors_.size(); ++d) {
    if (detectors_[d]->ReportsProtected()) continue;
    const ScanContext::TriggerHits own(grouped.data() + begin[d],
                                       begin[d + 1] - begin[d]);
    if (!always_run_[d] && own.empty() &&
        !detectors_[d]->TriggeredInCode(scan.text()))
      continue;
    if (always_run_[d]) {
      scan.clear_trigger_hits();
    } else {
      scan.set_trigger_hits(own);
    }
    const Status s = detectors_[d]->Find(doc, scan, sink);
    scan.clear_trigger_hits();
    if (!s.ok()) return s;
  }
  // Keep rules matter only where they could contain an identifier: scan
  // windows around the candidates, not the whole text.
  if (Status s = FindKeptAround(doc, scan, sink, first); !s.ok()) return s;
  std::vector<Span>& spans = sink.mutable_spans();
  std::stable_sort(spans.begin() + first, spans.end(),
                   [](const Span& a, const Span& b) {
                     if (a.begin != b.begin) return a.begin < b.begin;
                     return a.end > b.end;
                   });
  return Status::Ok();
}

Status DetectorSet::FindKeptAround(const Document& doc, ScanContext& scan,
                                   SpanSink& sink, size_t first) const {
  if (!build_status_.ok()) return build_status_;
  if (sink.spans().size() <= first) return Status::Ok();
  const std::string_view text = scan.text();
  std::vector<ByteRange> windows;
  for (size_t i = first; i < sink.spans().size(); ++i) {
    const Span& s = sink.spans()[i];
    const size_t begin = CharStart(
        text, s.begin > kKeepRuleReach ? s.begin - kKeepRuleReach : 0);
    const size_t end =
        CharStart(text, std::min(text.size(), s.end + kKeepRuleReach));
    windows.push_back({begin, end});
  }
  std::vector<ByteRange> regions = scan.regions();
  scan.set_regions(MergeRanges(std::move(windows)));
  Status status = Status::Ok();
  for (const std::unique_ptr<Detector>& detector : detectors_) {
    if (!detector->ReportsProtected()) continue;
    status = detector->Find(doc, scan, sink);
    if (!status.ok()) break;
  }
  scan.set_regions(std::move(regions));
  return status;
}

}  // namespace wenshu
