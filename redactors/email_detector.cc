#include "redactors/email_detector.h"

namespace wenshu {
namespace {

// Bytes an address may reach before and after its @ (RFC 5321 limits).
constexpr size_t kLocalPartReach = 64;
constexpr size_t kDomainReach = 256;

}  // namespace

EmailDetector::EmailDetector()
    : address_(
          R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24})") {
}

Status EmailDetector::Find(const Document& doc, ScanContext& context,
                           SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  RegexMatch m;
  for (const ByteRange& window :
       LiteralWindows(text, {"@"}, kLocalPartReach, kDomainReach)) {
    size_t pos = window.begin;
    while (address_.SearchIn(text, pos, window.end, &m)) {
      size_t begin = m.groups[0].data() - text.data();
      const size_t end = begin + m.groups[0].size();
      pos = end;
      // A local part cannot start or end with a dot.
      while (begin < end && text[begin] == '.') ++begin;
      if (text[begin] == '@') continue;
      out->push_back({begin, end, Category::kEmail, "email",
                      "local part, @, domain with a top-level label"});
    }
  }
  return Status::Ok();
}

}  // namespace wenshu
