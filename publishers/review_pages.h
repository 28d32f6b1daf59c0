// The review report for court staff (`OUT/review/`): a page per document
// showing its original text beside its public text with every change
// highlighted, an index that lists held documents first, and the report's
// stylesheet and filter script. Pure functions rendering complete HTML5
// documents as strings; no I/O.
//
// The report holds ORIGINAL, unredacted text and is for court staff only.
// Every page says so in a visible banner and carries
// `<meta name="robots" content="noindex, nofollow">`; it links only inside
// the review folder (its own pages, assets/review.css, assets/review.js),
// never to the public site and never off the machine. Pages follow the
// site's conventions (publishers/site_pages.h): `<!DOCTYPE html>`,
// `<html lang="zh-CN">`, charset and viewport metas, every string of the
// model escaped with EscapeHtml (an original text holding "<script>" shows
// as inert text), void elements closed with a slash, so a page without its
// DOCTYPE line is well-formed XML. Every page includes the one script; it
// only drives the index's filters and does nothing on a document page.
// With JavaScript off the filters stay hidden and every row shows.
//
// Paths are relative to the review root ("index.html",
// "doc/<name>.html"), '/'-separated, without a leading '/'.
//
// Everything here is stateless and thread-safe. Returned views point to
// string literals (valid for the life of the program). Failures are values:
// kInvalidInput for a page path that is empty, absolute, climbs with "..",
// is not an .html file or holds characters unsafe in a path or URL; a
// status other than the three below; a field that is not UTF-8.
#ifndef WENSHU_PUBLISHERS_REVIEW_PAGES_H_
#define WENSHU_PUBLISHERS_REVIEW_PAGES_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "publishers/site_pages.h"

namespace wenshu {

// Where the publisher writes ReviewStylesheet() and ReviewScript(),
// relative to the review root.
inline constexpr std::string_view kReviewStylesheetPath = "assets/review.css";
inline constexpr std::string_view kReviewScriptPath = "assets/review.js";
// The index page, relative to the review root.
inline constexpr std::string_view kReviewIndexPath = "index.html";

// One document as staff review it.
struct ReviewDocument {
  // This page's file, relative to the review root: ReviewPagePath(key, name).
  std::string path;
  // How staff know the document: its record id or its file path.
  std::string name;
  // Its registry key; "" when it has none (held before it could be read).
  std::string key;
  // "published" | "withheld" | "held" (PublicationStatusName).
  std::string status;
  // The registry's change for it: new, changed, unchanged, withheld,
  // withdrawn, still_withdrawn; "" for a held document (not recorded).
  std::string change;
  // The registry version; 0 when it has none (held, or never published).
  int64_t version = 0;
  // The published title (JudgmentTitle), or "" when not published.
  std::string title;
  CaseFacts facts;
  std::string cause;
  std::string doc_type;
  // Shown first, in the order given: why it is held (the error), or the
  // withholding grounds in words, or the decision's reasons in words.
  std::vector<std::string> reasons;
  // The input text; may be empty (held before it could be read).
  std::string original_text;
  // The text as published; empty unless published.
  std::string public_text;
  // The edits, in byte offsets of `original_text` (ProcessedDocument).
  std::vector<Redaction> redactions;
  // Spans a kept name outranked: listed by offsets and rule, never shown
  // as removed.
  std::vector<KeptConflict> kept_conflicts;
};

// The page of a document: "doc/" + a name derived only from `key` (or from
// `name` when `key` is empty), so it is the same in every run and shard: a
// readable part (the CJK ideographs, ASCII letters and digits of the
// source, every other run of characters as one '-', at most 40 characters)
// then '-' and 8 hex digits of the SHA-256 of the source (marked as key or
// name, so a key and a name that read alike differ), then ".html". Two
// sources that differ only in punctuation get different names. Every
// character is an ASCII letter, digit, '-', '.', '/' or a CJK ideograph.
std::string ReviewPagePath(std::string_view key, std::string_view name);

// A document's page: the banner; the name, status, change, version, case
// facts and reasons first; then, for a published document, the original
// text and the public text side by side (stacked on a narrow screen) with
// each redaction highlighted on both sides: on the original side
// `<del class="r cat-<category>">` around the removed words, on the public
// side `<ins class="r cat-<category>">` around the replacement (a
// deletion's place is marked "［删］" with class "gone"), both titled
// "<category> · <rule>" and carrying data-action and data-n (the edit's
// number, the same on both sides); a legend of the categories present; a
// table of the edits; the kept conflicts (offsets and rule). The public
// side is the original with the redactions applied; when that is not
// exactly `public_text`, or an offset is out of range, not on a UTF-8
// character boundary, an empty range or overlaps another, the page shows
// `public_text` and the original unhighlighted under a visible warning
// (class "warning") saying why, instead of failing. A held or withheld
// document shows its reasons and the original alone (a note when it is
// empty).
Result<std::string> RenderReviewPage(const ReviewDocument& doc);

// One row of the review index.
struct ReviewIndexEntry {
  std::string path;  // the document's page (ReviewPagePath)
  std::string name;
  std::string key;
  std::string status;  // as in ReviewDocument
  std::string change;
  std::string title;
  CaseFacts facts;
  std::vector<std::string> reasons;
  std::map<std::string, size_t> categories;  // category name -> count
};

// The run the report is of.
struct ReviewSummary {
  size_t published = 0;
  size_t withheld = 0;
  size_t held = 0;
  std::string run_id;  // shown as given; left out when empty
  std::string at;      // the run's logical time, as given; left out if empty
};

// review/index.html: the banner, the summary, filter controls (<select>s
// by status, category and court, offered from the entries' values, inside
// a container with the `hidden` attribute that the script reveals), then
// three groups, each in the order given: held documents (with their
// reasons), withheld, published. A table row per document carries
// data-status, data-court (the court as written) and data-categories (the
// category names with a count above zero, space-separated, sorted) and
// links to its page.
Result<std::string> RenderReviewIndex(
    const ReviewSummary& summary, const std::vector<ReviewIndexEntry>& entries);

// The report's stylesheet (written to kReviewStylesheetPath): the two
// columns side by side on a wide screen and stacked on a phone, a colour
// per category for the highlights, the banner and the warning.
std::string_view ReviewStylesheet();

// The filter script (written to kReviewScriptPath): plain ES2017 in one
// function, no library, no network; works opened from file://. On a page
// with the filters it reveals them and shows only the rows every chosen
// filter matches; on any other page it does nothing and throws nothing.
std::string_view ReviewScript();

}  // namespace wenshu

#endif  // WENSHU_PUBLISHERS_REVIEW_PAGES_H_
