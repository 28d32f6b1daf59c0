// The public site's pages: a small page model and pure functions that render
// each page as a complete HTML5 document (a string; no I/O), the one shared
// stylesheet, the title a judgment is published under, and the permanent
// path a case's pages live at.
//
// Pages: a published judgment (optionally marked "superseded by version N"),
// the stub of a withheld document (case number, court, decision date and
// the ground in words, nothing else), the notice left where a withdrawn
// document was, a paginated index (with a search form) and the search page.
// Every page starts `<!DOCTYPE html>`,
// has `<html lang="zh-CN">`, `<meta charset="utf-8" />`, a viewport meta and a
// `<title>`; it carries no script (but the search page, whose scripts are
// its own files) and links only relatively (to the
// stylesheet at kSiteStylesheetPath and to other pages), so the site works
// opened from disk and from any web server, at any URL prefix. A link to a
// page names its file (".../index.html"), since a file:// URL of a folder
// shows a listing; non-ASCII path characters are percent-encoded as UTF-8.
// Every string of the model is escaped (& < > " '), in text and attributes,
// so a party name holding "<script>" comes out as inert text. Void elements
// are written with a closing slash and every other element is closed, so a
// page without its DOCTYPE line is also well-formed XML.
//
// Paths in the model (`path`, link targets) are relative to the site root,
// '/'-separated, without a leading '/', and name files ("2023/京0105民初
// 12345/index.html"); PermalinkPath builds the folder part.
//
// Everything here is stateless and thread-safe. Failures are values:
// kInvalidInput for a model that must not be rendered (a stub whose ground
// is unknown or is a state secret, which withholds even the stub; a path that
// is absolute, empty or climbs with ".."; a case number that cannot be read).
#ifndef WENSHU_PUBLISHERS_SITE_PAGES_H_
#define WENSHU_PUBLISHERS_SITE_PAGES_H_

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/status.h"

namespace wenshu {

// Where the publisher writes SiteStylesheet(), relative to the site root.
inline constexpr std::string_view kSiteStylesheetPath = "assets/site.css";
// The site's name, shown in every page's banner and title.
inline constexpr std::string_view kSiteName = "裁判文书公开";
// The search page, the one script it runs (SearchScript() in
// search_index.h) and the shards of its index, relative to the site root.
inline constexpr std::string_view kSearchPagePath = "search/index.html";
inline constexpr std::string_view kSearchScriptPath = "assets/search.js";
// "search/shard-NN.js": NN is `n` in two digits or more (shard-07.js,
// shard-123.js).
std::string SearchShardPath(size_t n);

// The one stylesheet every page links to: Chinese-first font stacks, a
// single readable column on a phone, larger on a wide screen, print-friendly.
std::string_view SiteStylesheet();

// ---------------------------------------------------------------- titles

// The parts a judgment's published title is made of (publication rules §5,
// "parties + cause of action + instance + document type").
struct TitleParts {
  // The names as published (pseudonyms where the text anonymized someone),
  // one side each: plaintiffs / appellants / applicants first, then the
  // other side. A criminal judgment lists its defendants in `first_side`
  // and leaves `other_side` empty.
  std::vector<std::string> first_side;
  std::vector<std::string> other_side;
  std::string cause;      // 民间借贷纠纷, 盗窃罪; empty when unknown
  std::string type_code;  // the case number's: 民初, 刑终, 朝民初 ...
  std::string doc_type;  // 民事判决书, 刑事裁定书; empty when unknown
};

// The cause, case-type code and document type of `header`, with no party:
// the caller adds the names as published (first_side, other_side).
TitleParts TitlePartsOf(const DocumentHeader& header);

// The instance word a case-type code implies: ...初 → 一审, ...终 → 二审,
// ...再 → 再审, ...申 → 再审审查; "" for every other code (执, 破, 特, 更 ...
// carry no instance in the published title).
std::string_view InstanceOfTypeCode(std::string_view type_code);

// The published title, e.g. 张某与李某民间借贷纠纷一审民事判决书 or
// 王某某盗窃罪一审刑事判决书. Whitespace inside every part is dropped
// (民 事 判 决 书 → 民事判决书). Sides are joined with 与, names on a side
// with 、; past three names on a side, the first three and 等.
//
// A name is used only when it appears in `public_text` (the text as
// published): a name the text does not show (an original name that was
// anonymized, a misspelling) is left out rather than risk naming a
// protected person. Fallbacks, in order: no usable name on a side drops
// that side (and 与); no cause, no instance leave those parts out; no
// document type writes 裁判文书. When no party, cause and document type
// are known the title is `case_number` + 裁判文书, or just 裁判文书.
std::string JudgmentTitle(const TitleParts& parts, std::string_view public_text,
                          std::string_view case_number);

// --------------------------------------------------------------- permalinks

// The permanent folder of a case's page, from its case number as written
// (any brackets （）〔〕[]［］【】() around the year, full-width or
// half-width digits, spaces anywhere, with or without 号): "<year>/<court
// code><type code><sequence>/", e.g. "2023/京0105民初12345/"; the pre-2016
// form keeps 字第: "2012/朝民初字第01234/". The Chinese is kept (it is what
// a reader recognises); links percent-encode it (RelativeHref). When a case
// has several public documents, each gets its own folder under the case's:
// pass the document type ("2023/京0105民初12345/民事裁定书/"), and an
// ordinal of 2 or more for the second document of the same type
// ("2023/京0105民初12345/民事裁定书-2/"). kInvalidInput when the case
// number cannot be read, or the document type holds anything but CJK
// ideographs, letters and digits once its whitespace is dropped. Every
// segment is made of CJK ideographs, ASCII letters and digits, and '-',
// so the path is safe on every filesystem and in URLs.
Result<std::string> PermalinkPath(std::string_view case_number,
                                  std::string_view doc_type = "",
                                  int ordinal = 1);

// The relative URL from the page at `from_page` to `to_path` (both relative
// to the site root; `to_path` may be a folder ending in '/', which stays a
// folder), percent-encoded as UTF-8 except for ASCII letters, digits and
// - . _ ~ /. RelativeHref("2023/a/index.html", "index.html") is
// "../../index.html".
std::string RelativeHref(std::string_view from_page, std::string_view to_path);

// ------------------------------------------------------------------- pages

// The case facts every page about a case shows. Empty strings and an
// absent date are left out of the page.
struct CaseFacts {
  std::string case_number;  // as written in the judgment
  std::string court;
  std::optional<Date> decision_date;
};

// The court, case number (as the header recorded it) and decision date of
// `header`.
CaseFacts CaseFactsOf(const DocumentHeader& header);

// A published judgment.
struct JudgmentPage {
  std::string path;   // this page's file, relative to the site root
  std::string title;  // JudgmentTitle(...)
  CaseFacts facts;
  std::string cause;
  std::string doc_type;
  std::string public_text;  // one paragraph per non-blank line
  int version = 1;
  // Set on an old version's page: the version that replaced it and where
  // its page is (relative to the site root).
  std::optional<int> superseded_by;
  std::string superseded_by_path;
};

// A withheld document's stub. `grounds` are the codes of the publication
// rules (§2, §6): divorce_or_custody, juvenile_crime, mediation,
// court_discretion, party_request; each is shown in words.
struct StubPage {
  std::string path;
  CaseFacts facts;
  std::vector<std::string> grounds;
};

// The notice left at a withdrawn document's address: the case facts, the
// day it was withdrawn, and nothing of why (the reason is in the registry,
// which may hold words that must not be public).
struct WithdrawalPage {
  std::string path;
  CaseFacts facts;
  std::optional<Date> withdrawn_on;
};

// One line of an index.
enum class IndexEntryKind { kJudgment, kStub, kWithdrawn };
struct IndexEntry {
  IndexEntryKind kind = IndexEntryKind::kJudgment;
  std::string target_path;  // the entry's page, relative to the site root
  std::string title;        // a judgment's title; for others the case number
  CaseFacts facts;
};

// One page of an index (by court, year, cause, document type ...).
struct IndexPage {
  std::string heading;  // 北京市朝阳区人民法院, 2023年, 民间借贷纠纷 ...
  std::string folder;  // the index's folder, relative to the site root:
                       // "" for the site's home, "courts/北京市朝阳区人民法院/"
  size_t page = 1;        // 1-based
  size_t page_count = 1;  // at least 1
  std::vector<IndexEntry> entries;
};

// The file of page `page` (1-based) of the index in `folder`:
// folder + "index.html" for the first page, folder + "page-N.html" after.
std::string IndexPagePath(std::string_view folder, size_t page);

// `entries` cut into pages of at most `per_page` (at least 1) entries, in
// the order given; an empty list gives one empty page.
std::vector<IndexPage> PaginateIndex(std::string heading, std::string folder,
                                     const std::vector<IndexEntry>& entries,
                                     size_t per_page);

// The words a withholding ground is shown in on a stub, or nullopt for a
// code the site does not show (unknown codes, and state_secret, whose stub
// is withheld too).
std::optional<std::string_view> GroundInWords(std::string_view ground);

// The pages. kInvalidInput for a bad path (see above), a stub without a
// ground or with one GroundInWords does not show, an index page number
// outside 1..page_count.
Result<std::string> RenderJudgmentPage(const JudgmentPage& page);
Result<std::string> RenderStubPage(const StubPage& page);
Result<std::string> RenderWithdrawalPage(const WithdrawalPage& page);
Result<std::string> RenderIndexPage(const IndexPage& page);

// The search page (kSearchPagePath): the banner and stylesheet of every
// page, a <form method="get"> whose input is named "q", a <noscript> notice
// that search needs JavaScript and the indexes need none, the status line
// and result area SearchScript() fills, and the scripts: kSearchScriptPath
// first (it defines the registration function), then SearchShardPath(0 ..
// shard_count - 1). The only page with scripts; everything else on it works
// without them. Never fails today; a Result like the other pages.
Result<std::string> RenderSearchPage(size_t shard_count);

// Pieces the staff review report (review_pages.h) shares with the site.
// A date as a page shows it: 2023年6月1日, and as a <time> element.
std::string ChineseDateText(const Date& date);
std::string TimeElementHtml(const Date& date);
// kInvalidInput when a field is not valid UTF-8, or a date is not a real
// day.
Status CheckPageFields(std::initializer_list<std::string_view> texts);
Status CheckCaseFacts(const CaseFacts& facts);
// <dt>/<dd> pairs for the court, case number and decision date (each left
// out when empty), escaped.
void AppendCaseFactsHtml(const CaseFacts& facts, std::string* out);
// One <dt>/<dd> pair (`label` is HTML, `value` text), left out when `value`
// is empty.
void AppendFactHtml(std::string_view label, std::string_view value,
                    std::string* out);

// `text` with & < > " ' written as character references; safe in element
// content and in a double- or single-quoted attribute value. A control
// character HTML does not allow (C0 other than tab, CR and LF; DEL) is
// written as U+FFFD, so it shows instead of breaking the page.
std::string EscapeHtml(std::string_view text);

}  // namespace wenshu

#endif  // WENSHU_PUBLISHERS_SITE_PAGES_H_
