#include "redactors/property_certificate_detector.h"

#include <string>

namespace wenshu {
namespace {

// Every rule starts with one of these cue words.
const LiteralSet& CertificateCues() {
  static const LiteralSet* cues = new LiteralSet(
      {"不动产", "房权证", "房地", "林证", "林权证", "国用", "集用", "集建",
       "集有", "国土", "房产证", "房屋所有权证", "产权证", "土地证", "土地使用",
       "宅基地使用", "机动车登记证", "车辆登记证", "登记证书"});
  return *cues;
}

// Bytes from a cue word to the end of the certificate number after it.
constexpr size_t kCertificateReach = 128;

}  // namespace

PropertyCertificateDetector::PropertyCertificateDetector() {
  // The year some offices print between 字 and 第: 沪房地浦字(2005)第….
  const std::string year = R"((?:\(\s?[0-9]{4}\s?\)\s?)?)";
  const std::string serial = R"(第\s?([0-9A-Za-z][0-9A-Za-z\-]{2,19})\s?号)";
  rules_.push_back({Regex(R"(不动产(?:权|证明)第\s?([0-9]{4,12})\s?号)"),
                    "real_estate_certificate",
                    "不动产权第…号 certificate serial",
                    {{"不动产"}}});
  rules_.push_back({Regex(R"(房权证\p{Han}{0,8}?字\s?)" + year + serial),
                    "house_ownership_certificate",
                    "房权证…字第…号 certificate serial",
                    {{"房权证"}}});
  // Local house-and-land certificates: 沪房地浦字(2005)第…号,
  // 粤房地权证穗字第…号, 粤房地证字第…号, 深房地字第…号, 房地产权证第…号.
  // Either 证 or 字 must follow 房地: 房地产 alone is an industry.
  rules_.push_back(
      {Regex(R"(房地(?:产?权?证\p{Han}{0,6}?字?|产?\p{Han}{0,6}?字)\s?)" +
             year + serial),
       "house_land_certificate",
       "房地…字第…号 certificate serial",
       {{"房地"}}});
  // Forest-right certificates: X林证字(2008)第…号.
  rules_.push_back({Regex(R"(林权?证\p{Han}{0,4}?字\s?)" + year + serial),
                    "forest_certificate",
                    "林证字第…号 certificate serial",
                    {{"林证", "林权证"}}});
  rules_.push_back(
      {Regex(
           R"((?:国用|集用|集建|集有|国土)\s?\(\s?[0-9]{4}\s?\)\s?第?\s?([0-9A-Za-z\-]{3,20})\s?号)"),
       "land_certificate",
       "land-use certificate serial",
       {{"国用", "集用", "集建", "集有", "国土"}}});
  rules_.push_back(
      {Regex(
           R"((?:(?:房产证|房屋所有权证|房地产?证|产权证|房权证|不动产权证|不动产证|土地证|土地使用权证|土地使用证|宅基地使用权证|宅基地使用证|林权证|机动车登记证|车辆登记证)书?|登记证书)(?:编号|号码|号)(?:为|是)?[:\s]*([0-9A-Za-z][0-9A-Za-z\-]{4,24}))"),
       "certificate_number_cued",
       "number after a certificate cue word",
       {{"证"}}});  // every alternative holds 证
  required_.emplace(RequiredWordsFilter::Of(rules_));
}

std::vector<std::string> PropertyCertificateDetector::TriggerWords() const {
  // The rules look only after their cue words: the detector can find
  // something exactly where one occurs.
  return CertificateCues().literals();
}

Status PropertyCertificateDetector::Find(const Document& doc,
                                         ScanContext& context,
                                         SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  RegexMatch m;
  // Every rule starts with one of these cue words: where the detector set's
  // pass found them, or found here when the detector runs alone. A rule is
  // tried, anchored, only where one starts.
  const std::vector<size_t> starts = CueStarts(
      context, [](size_t) { return true; }, CertificateCues());
  const std::vector<ByteRange> windows =
      WindowsAt(text, starts, 0, kCertificateReach);
  std::vector<std::vector<bool>> held;  // per window, per rule
  for (const ByteRange& window : windows)
    held.push_back(
        required_->Held(text.substr(window.begin, window.end - window.begin)));
  for (size_t r = 0; r < rules_.size(); ++r) {
    const Rule& rule = rules_[r];
    for (size_t w = 0; w < windows.size(); ++w) {
      const ByteRange& window = windows[w];
      if (!held[w][r]) continue;
      size_t pos = window.begin;
      while (rule.regex.SearchStarts(text, pos, window.end, starts, &m)) {
        pos = m.groups[0].data() - text.data() + m.groups[0].size();
        const size_t begin = m.groups[1].data() - text.data();
        const size_t end = begin + m.groups[1].size();
        if (end < text.size() && IsAsciiAlnum(text[end])) continue;
        out->push_back({begin, end, Category::kPropertyCertificate, rule.name,
                        rule.reason});
      }
    }
  }
  return Status::Ok();
}

}  // namespace wenshu
