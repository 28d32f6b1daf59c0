#include "redactors/travel_document_detector.h"

#include <algorithm>

namespace wenshu {
namespace {

// The words every travel-document rule contains.
const LiteralSet& DocumentCues() {
  static const LiteralSet* cues =
      new LiteralSet({"护照", "通行证", "台胞证", "回乡证", "旅行证", "居留",
                      "居住证", "身份证", "assport", "ASSPORT"});
  return *cues;
}

// Bytes from a cue word to the end of the document number after it, and
// before the literal to the start of the cue (香港永久性居民身份证).
constexpr size_t kCueReach = 128;
constexpr size_t kPrefixReach = 18;

}  // namespace

TravelDocumentDetector::TravelDocumentDetector()
    : cued_(
          R"((护照|通行证|台胞证|回乡证|旅行证|居留证|居留许可|居住证|香港身份证|澳门身份证|台湾身份证|永久性居民身份证|永久居留身份证|永久居留证|(?i:passport)(?:\s?(?i:no)\.?)?)(?:号码|号|编号|证号)?[^0-9A-Za-z。,;\n]{0,8}?([A-Za-z]{0,2}[0-9]{6,10}(?:\([0-9A-Za-z]\))?))") {
}

std::vector<std::string> TravelDocumentDetector::TriggerWords() const {
  return {"护照",       "通行证",     "台胞证",     "回乡证",
          "旅行证",     "居留",       "居住证",     "香港身份证",
          "澳门身份证", "台湾身份证", "永久性居民身份证", "passport"};
}

Status TravelDocumentDetector::Find(const Document& doc, ScanContext& context,
                                    SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  RegexMatch m;
  size_t pos = 0;
  // The pattern starts with one of these cue words.
  for (const ByteRange& window :
       LiteralWindows(text, DocumentCues(), kPrefixReach, kCueReach)) {
    pos = std::max(pos, window.begin);
    while (cued_.SearchIn(text, pos, window.end, &m)) {
      const size_t begin = m.groups[2].data() - text.data();
      const size_t end = begin + m.groups[2].size();
      pos = end;
      if (end < text.size() && IsAsciiAlnum(text[end])) continue;
      out->push_back({begin, end, Category::kTravelDocument,
                      "travel_document_cued",
                      "document number after a passport or permit cue word"});
    }
  }
  return Status::Ok();
}

}  // namespace wenshu
