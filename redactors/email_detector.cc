#include "redactors/email_detector.h"

namespace wenshu {

EmailDetector::EmailDetector()
    : address_(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24})") {}

Status EmailDetector::Detect(const ScanContext& context,
                             std::vector<Span>* out) const {
  const std::string_view text = context.text();
  RegexMatch m;
  size_t pos = 0;
  while (address_.Search(text, pos, &m)) {
    size_t begin = m.groups[0].data() - text.data();
    const size_t end = begin + m.groups[0].size();
    pos = end;
    // A local part cannot start or end with a dot.
    while (begin < end && text[begin] == '.') ++begin;
    if (text[begin] == '@') continue;
    out->push_back({begin, end, Category::kEmail, "email",
                    "local part, @, domain with a top-level label"});
  }
  return Status::Ok();
}

}  // namespace wenshu
