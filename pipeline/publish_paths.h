// Internal to `wenshu publish` (publish_output.cc, publish_checks.cc): the
// places of its output tree and the value tests its final checks share.
#ifndef WENSHU_PIPELINE_PUBLISH_PATHS_H_
#define WENSHU_PIPELINE_PUBLISH_PATHS_H_

#include <cstddef>
#include <string_view>

namespace wenshu {

inline constexpr std::string_view kSite = "site/";
inline constexpr std::string_view kRecords = "state/records/";
inline constexpr std::string_view kDerivedList = "state/derived-files.txt";
inline constexpr std::string_view kReviewList = "state/review-files.txt";
inline constexpr std::string_view kAudit = "audit.jsonl";
// Why the final scan withdrew a document.
inline constexpr char kFamilyConflict[] =
    "final scan: a value protected in another document of its case family "
    "appears in its title or text";
// Search shards are cut at this size, so a browser loads them in pieces.
inline constexpr size_t kSearchShardBytes = 1 << 20;

// Whether `value` occurs in `text` other than inside a longer run of ASCII
// letters and digits (12345 inside 民初12345 is not a certificate number).
bool ContainsAlone(std::string_view text, std::string_view value);

// Long enough to tell from ordinary text: two characters of a name, six of
// an identifier.
bool IsScannable(std::string_view value);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_PUBLISH_PATHS_H_
