#include "publishers/site_pages.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include "core/case_number.h"
#include "core/utf8.h"

namespace wenshu {
namespace {

constexpr std::string_view kStylesheet =
    R"css(/* Wenshu public site: one stylesheet for every page. */
:root { color-scheme: light dark; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
    "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  font-size: 1.0625rem;
  line-height: 1.8;
  color: #1d1d1f;
  background: #fcfcfa;
  overflow-wrap: anywhere;
  word-break: normal;
  line-break: strict;
}
a { color: #0b4f9c; }
header.site {
  border-bottom: 1px solid #d8d8d2;
  padding: .6rem 1rem;
  font-weight: bold;
}
header.site a { text-decoration: none; }
header.site nav.browse { display: inline; margin-left: 1em; }
header.site nav.browse a { margin-right: 0.9em; font-weight: normal;
  font-size: 0.95em; white-space: nowrap; }
main { max-width: 40em; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.35rem; line-height: 1.5; margin: .4em 0 1em; }
dl.facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: .2em 1em;
  margin: 0 0 1.5em;
  padding: .6em .8em;
  background: #f1f1ec;
  border-radius: 4px;
}
dl.facts dt { color: #55554f; }
dl.facts dd { margin: 0; }
.text {
  font-family: "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC",
    "SimSun", serif;
}
.text p { margin: 0 0 .7em; text-indent: 2em; }
.notice {
  border-left: 4px solid #b5651d;
  background: #fbf3e8;
  padding: .5em .8em;
}
ol.entries { list-style: none; padding: 0; margin: 0; }
ol.entries li { padding: .6em 0; border-bottom: 1px solid #e4e4de; }
ol.entries .meta { display: block; color: #55554f; font-size: .9rem; }
.tag {
  display: inline-block;
  margin-left: .4em;
  padding: 0 .4em;
  font-size: .8rem;
  border: 1px solid currentColor;
  border-radius: 3px;
}
nav.pages { margin-top: 1.5em; display: flex; flex-wrap: wrap; gap: .4em 1em; }
nav.pages .off { color: #9a9a94; }
form.search { display: flex; flex-wrap: wrap; gap: .4em; margin: 0 0 1.2em; }
form.search label { flex-basis: 100%; color: #55554f; font-size: .9rem; }
form.search input {
  flex: 1 1 12em;
  min-width: 0;
  font: inherit;
  padding: .3em .5em;
  border: 1px solid #b8b8b0;
  border-radius: 4px;
}
form.search button { font: inherit; padding: .3em 1em; }
#search-status[data-state="error"] { color: #a3261b; font-weight: bold; }
.snippet { margin: .3em 0 0; font-size: .95rem; }
mark { background: #fbe68c; color: inherit; }
@media (min-width: 48em) {
  body { font-size: 1.125rem; }
  h1 { font-size: 1.6rem; }
}
@media (prefers-color-scheme: dark) {
  body { color: #e6e6e0; background: #1b1b1a; }
  a { color: #8ab8f0; }
  dl.facts { background: #262624; }
  dl.facts dt, ol.entries .meta { color: #a8a8a0; }
  .notice { background: #2e2418; }
  header.site, ol.entries li { border-color: #3a3a37; }
  mark { background: #6b5a12; }
}
@media print {
  header.site, nav.pages, form.search { display: none; }
  body { background: none; color: #000; }
}
)css";

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v' || c == 0x00A0 || c == 0x3000;
}

// Calls `f` with each code point of `text`; ill-formed bytes give 0.
template <typename F>
void ForEachCodePoint(std::string_view text, F f) {
  for (size_t at = 0; at < text.size(); at = NextCharBoundary(text, at)) {
    f(CodePointAt(text, at), at);
  }
}

std::string WithoutWhitespace(std::string_view text) {
  std::string out;
  for (size_t at = 0; at < text.size();) {
    const size_t next = NextCharBoundary(text, at);
    if (!IsSpace(CodePointAt(text, at))) out.append(text.substr(at, next - at));
    at = next;
  }
  return out;
}

// `text` without leading and trailing whitespace (ASCII, NBSP, U+3000).
std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && IsSpace(CodePointAt(text, 0))) {
    text.remove_prefix(NextCharBoundary(text, 0));
  }
  while (!text.empty() && IsSpace(CodePointBefore(text, text.size()))) {
    text.remove_suffix(text.size() - PreviousCharBoundary(text, text.size()));
  }
  return text;
}

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) {
      out.push_back(path.substr(start));
      break;
    }
    out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

// A site-relative path is usable when it is not absolute, climbs nowhere,
// has no empty segment (but a final '/' when `folder_ok`) and holds no
// character that means something else in a URL or on a filesystem.
Status CheckSitePath(std::string_view path, bool folder_ok,
                     std::string_view what) {
  auto bad = [&](std::string_view why) {
    return Status::InvalidInput(std::string(what) + " \"" + std::string(path) +
                                "\" cannot be used: " + std::string(why));
  };
  if (!IsWellFormedUtf8(path)) return bad("not UTF-8");
  if (path.empty() && !folder_ok) return bad("empty");
  if (path.empty()) return Status::Ok();
  if (path.front() == '/') return bad("absolute");
  if (!folder_ok && path.back() == '/') return bad("a folder, not a page");
  std::string_view body = path;
  if (body.back() == '/') body.remove_suffix(1);
  for (std::string_view segment : Segments(body)) {
    if (segment.empty()) return bad("an empty segment");
    if (segment == "." || segment == "..") return bad("a . or .. segment");
  }
  for (char c : path) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F || c == '\\' || c == '?' || c == '#' ||
        c == '%' || c == ':' || c == '"' || c == '<' || c == '>') {
      return bad("a character not allowed in a site path");
    }
  }
  return Status::Ok();
}

std::string PercentEncode(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (IsAsciiAlnum(u) || c == '-' || c == '.' || c == '_' || c == '~' ||
        c == '/') {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xF]);
    }
  }
  return out;
}

std::string ChineseDate(const Date& date) {
  return std::to_string(date.year) + "年" + std::to_string(date.month) + "月" +
         std::to_string(date.day) + "日";
}

std::string TimeElement(const Date& date) {
  return "<time datetime=\"" + date.Iso() + "\">" + ChineseDate(date) +
         "</time>";
}

Status CheckDate(const std::optional<Date>& date, std::string_view what) {
  if (date && !date->IsValid()) {
    return Status::InvalidInput(std::string(what) + " " + date->Iso() +
                                " is not a real day");
  }
  return Status::Ok();
}

Status CheckText(std::initializer_list<std::string_view> texts) {
  for (std::string_view text : texts) {
    if (!IsWellFormedUtf8(text)) {
      return Status::InvalidInput("a page field is not valid UTF-8");
    }
  }
  return Status::Ok();
}

Status CheckFacts(const CaseFacts& facts) {
  Status s = CheckText({facts.case_number, facts.court});
  if (!s.ok()) return s;
  return CheckDate(facts.decision_date, "the decision date");
}

// One <dt>/<dd> pair, left out when the value is empty.
void AppendFact(std::string_view label, std::string_view value,
                std::string* out) {
  if (value.empty()) return;
  *out += "<dt>";
  *out += label;
  *out += "</dt><dd>";
  *out += EscapeHtml(value);
  *out += "</dd>\n";
}

void AppendCaseFacts(const CaseFacts& facts, std::string* out) {
  AppendFact("法院", facts.court, out);
  AppendFact("案号", facts.case_number, out);
  if (facts.decision_date) {
    *out +=
        "<dt>裁判日期</dt><dd>" + TimeElement(*facts.decision_date) + "</dd>\n";
  }
}

// The whole page around `body` (already HTML). `title` is plain text;
// `scripts` (HTML: <script src> elements) ends the body.
std::string Layout(std::string_view path, std::string_view title,
                   std::string_view body, std::string_view scripts = "") {
  std::string out;
  out.reserve(body.size() + 1024);
  out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n";
  out += "<meta charset=\"utf-8\" />\n";
  out +=
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\" />\n";
  out += "<title>" + EscapeHtml(title) + " | " + std::string(kSiteName) +
         "</title>\n";
  out += "<link rel=\"stylesheet\" href=\"" +
         RelativeHref(path, kSiteStylesheetPath) + "\" />\n";
  out += "</head>\n<body>\n";
  out += "<header class=\"site\"><a href=\"" +
         RelativeHref(path, "index.html") + "\">" + std::string(kSiteName) +
         "</a>\n<nav class=\"browse\" aria-label=\"浏览\">";
  // The indexes `wenshu publish` writes beside every page.
  for (const auto& [folder, words] :
       {std::pair<std::string_view, std::string_view>{"courts/", "法院"},
        {"years/", "年份"},
        {"causes/", "案由"},
        {"types/", "文书类型"},
        {"search/", "搜索"}}) {
    out += "<a href=\"" +
           RelativeHref(path, std::string(folder) + "index.html") + "\">" +
           std::string(words) + "</a>";
  }
  out += "</nav></header>\n";
  out += "<main>\n";
  out += body;
  out += "</main>\n";
  out += scripts;
  out += "</body>\n</html>\n";
  return out;
}

std::string Folder(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos
             ? std::string()
             : std::string(path.substr(0, slash + 1));
}

std::string NamesOfSide(const std::vector<std::string>& names,
                        std::string_view public_text) {
  constexpr size_t kMaxNames = 3;
  std::vector<std::string> usable;
  bool more = false;
  for (const std::string& raw : names) {
    std::string name = WithoutWhitespace(raw);
    if (name.empty() || public_text.find(name) == std::string_view::npos) {
      continue;
    }
    if (std::find(usable.begin(), usable.end(), name) != usable.end()) continue;
    if (usable.size() == kMaxNames) {
      more = true;
      break;
    }
    usable.push_back(std::move(name));
  }
  std::string out;
  for (size_t i = 0; i < usable.size(); ++i) {
    if (i > 0) out += "、";
    out += usable[i];
  }
  if (more) out += "等";
  return out;
}

std::string_view IndexKindTag(IndexEntryKind kind) {
  switch (kind) {
    case IndexEntryKind::kJudgment:
      return "";
    case IndexEntryKind::kStub:
      return "不公开";
    case IndexEntryKind::kWithdrawn:
      return "已撤回";
  }
  return "";
}

// The search form, on the page at `from_page`: it sends its "q" to the
// search page by GET, which works from disk as well as from a server.
std::string SearchForm(std::string_view from_page) {
  return "<form class=\"search\" method=\"get\" action=\"" +
         RelativeHref(from_page, kSearchPagePath) +
         "\" role=\"search\">\n"
         "<label for=\"q\">搜索案号、标题、法院、案由或正文</label>\n"
         "<input type=\"search\" id=\"q\" name=\"q\" maxlength=\"200\" />\n"
         "<button type=\"submit\">搜索</button>\n"
         "</form>\n";
}

}  // namespace

std::string_view SiteStylesheet() { return kStylesheet; }

std::string SearchShardPath(size_t n) {
  std::string number = std::to_string(n);
  if (number.size() < 2) number.insert(0, 2 - number.size(), '0');
  return "search/shard-" + number + ".js";
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default: {
        const unsigned char u = static_cast<unsigned char>(c);
        // Control characters other than tab and line breaks are not allowed
        // in an HTML document: shown as U+FFFD, never dropped silently.
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) {
          out += "\xEF\xBF\xBD";
        } else {
          out.push_back(c);
        }
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------ titles

TitleParts TitlePartsOf(const DocumentHeader& header) {
  TitleParts parts;
  parts.cause = header.cause;
  if (header.case_number) parts.type_code = header.case_number->type_code;
  parts.doc_type = header.doc_type;
  return parts;
}

CaseFacts CaseFactsOf(const DocumentHeader& header) {
  CaseFacts facts;
  if (header.case_number) facts.case_number = header.case_number->text;
  facts.court = header.court;
  facts.decision_date = header.decision_date;
  return facts;
}

std::string_view InstanceOfTypeCode(std::string_view type_code) {
  if (type_code.ends_with("初")) return "一审";
  if (type_code.ends_with("终")) return "二审";
  if (type_code.ends_with("再")) return "再审";
  if (type_code.ends_with("申")) return "再审审查";
  return "";
}

std::string JudgmentTitle(const TitleParts& parts, std::string_view public_text,
                          std::string_view case_number) {
  const std::string first = NamesOfSide(parts.first_side, public_text);
  const std::string other = NamesOfSide(parts.other_side, public_text);
  const std::string cause = WithoutWhitespace(parts.cause);
  const std::string doc_type = WithoutWhitespace(parts.doc_type);
  const std::string_view instance =
      InstanceOfTypeCode(WithoutWhitespace(parts.type_code));
  if (first.empty() && other.empty() && cause.empty() && doc_type.empty()) {
    return WithoutWhitespace(case_number) + "裁判文书";
  }
  std::string title = first;
  if (!first.empty() && !other.empty()) title += "与";
  title += other;
  title += cause;
  title += instance;
  title += doc_type.empty() ? std::string("裁判文书") : doc_type;
  return title;
}

// -------------------------------------------------------------- permalinks

Result<std::string> PermalinkPath(std::string_view case_number,
                                  std::string_view doc_type, int ordinal) {
  auto bad = [&](std::string_view why) {
    return Status::InvalidInput("no permalink for case number \"" +
                                std::string(case_number) +
                                "\": " + std::string(why));
  };
  if (!IsWellFormedUtf8(case_number) || !IsWellFormedUtf8(doc_type)) {
    return bad("not UTF-8");
  }
  if (ordinal < 1) return bad("the document ordinal is below 1");
  // The form ParseCaseNumber reads: ASCII digits and brackets, no spaces,
  // ending with 号 (or 号之一 ...).
  std::string normal;
  ForEachCodePoint(case_number, [&](char32_t c, size_t) {
    if (IsSpace(c)) return;
    if (c >= 0xFF10 && c <= 0xFF19) c = '0' + (c - 0xFF10);
    if (c == 0xFF08 || c == 0x3014 || c == 0xFF3B || c == 0x3010 || c == '[')
      c = '(';
    if (c == 0xFF09 || c == 0x3015 || c == 0xFF3D || c == 0x3011 || c == ']')
      c = ')';
    if (c != 0) AppendUtf8(c, &normal);
  });
  if (normal.find("号") == std::string::npos) normal += "号";
  const std::optional<CaseNumber> parsed = ParseCaseNumber(normal);
  if (!parsed) return bad("not a case number");
  std::string segment = parsed->court_code + parsed->type_code;
  if (parsed->court_code.empty() && normal.find("字") != std::string::npos) {
    segment += "字第";
  }
  segment += parsed->sequence;
  std::string path = std::to_string(parsed->year) + "/" + segment + "/";

  const std::string type = WithoutWhitespace(doc_type);
  bool type_ok = true;
  ForEachCodePoint(type, [&](char32_t c, size_t) {
    if (!IsCjkIdeograph(c) && !IsAsciiAlnum(c)) type_ok = false;
  });
  if (!type_ok) return bad("the document type holds other characters");
  if (type.empty() && ordinal > 1) return bad("an ordinal needs a type");
  if (!type.empty()) {
    path += type;
    if (ordinal > 1) path += "-" + std::to_string(ordinal);
    path += "/";
  }
  // The parser's groups are Han characters, digits and 之..., but say so.
  bool path_ok = true;
  ForEachCodePoint(path, [&](char32_t c, size_t) {
    if (!IsCjkIdeograph(c) && !IsAsciiAlnum(c) && c != '/' && c != '-')
      path_ok = false;
  });
  if (!path_ok) return bad("it reads as characters a path cannot hold");
  return path;
}

std::string RelativeHref(std::string_view from_page, std::string_view to_path) {
  std::vector<std::string_view> from = Segments(from_page);
  from.pop_back();  // the page's own file name
  std::vector<std::string_view> to = Segments(to_path);
  // The last segment of `to` is a file name, or "" for a folder.
  size_t common = 0;
  while (common < from.size() && common + 1 < to.size() &&
         from[common] == to[common]) {
    ++common;
  }
  std::string out;
  for (size_t i = common; i < from.size(); ++i) out += "../";
  for (size_t i = common; i < to.size(); ++i) {
    out += to[i];
    if (i + 1 < to.size()) out += "/";
  }
  if (out.empty()) out = "./";
  return PercentEncode(out);
}

// ------------------------------------------------------------------- pages

std::optional<std::string_view> GroundInWords(std::string_view ground) {
  if (ground == "divorce_or_custody") {
    return "离婚诉讼或者涉及未成年子女抚养、监护";
  }
  if (ground == "juvenile_crime") return "未成年人犯罪";
  if (ground == "mediation") return "以调解方式结案或者确认人民调解协议效力";
  if (ground == "court_discretion") {
    return "人民法院认为不宜在互联网公布的其他情形";
  }
  if (ground == "party_request") {
    return "当事人申请不在互联网公布，经人民法院准许";
  }
  return std::nullopt;
}

std::string IndexPagePath(std::string_view folder, size_t page) {
  if (page <= 1) return std::string(folder) + "index.html";
  return std::string(folder) + "page-" + std::to_string(page) + ".html";
}

std::vector<IndexPage> PaginateIndex(std::string heading, std::string folder,
                                     const std::vector<IndexEntry>& entries,
                                     size_t per_page) {
  per_page = std::max<size_t>(per_page, 1);
  const size_t count =
      std::max<size_t>(1, (entries.size() + per_page - 1) / per_page);
  std::vector<IndexPage> pages(count);
  for (size_t i = 0; i < count; ++i) {
    pages[i].heading = heading;
    pages[i].folder = folder;
    pages[i].page = i + 1;
    pages[i].page_count = count;
    const size_t begin = i * per_page;
    const size_t end = std::min(entries.size(), begin + per_page);
    for (size_t e = begin; e < end; ++e) pages[i].entries.push_back(entries[e]);
  }
  return pages;
}

Result<std::string> RenderJudgmentPage(const JudgmentPage& page) {
  Status s = CheckSitePath(page.path, false, "the page path");
  if (!s.ok()) return s;
  s = CheckFacts(page.facts);
  if (!s.ok()) return s;
  s = CheckText({page.title, page.cause, page.doc_type, page.public_text});
  if (!s.ok()) return s;
  if (page.version < 1) return Status::InvalidInput("a version below 1");
  if (page.superseded_by) {
    s = CheckSitePath(page.superseded_by_path, false, "the new version's path");
    if (!s.ok()) return s;
    if (*page.superseded_by <= page.version) {
      return Status::InvalidInput(
          "a page cannot be superseded by its own or an earlier version");
    }
  }
  const std::string title =
      page.title.empty() ? std::string("裁判文书") : page.title;
  std::string body = "<article class=\"judgment\">\n";
  if (page.superseded_by) {
    body += "<p class=\"notice superseded\">本页为第" +
            std::to_string(page.version) + "版，已被<a href=\"" +
            RelativeHref(page.path, page.superseded_by_path) + "\">第" +
            std::to_string(*page.superseded_by) + "版</a>取代。</p>\n";
  }
  body += "<h1>" + EscapeHtml(title) + "</h1>\n<dl class=\"facts\">\n";
  AppendCaseFacts(page.facts, &body);
  AppendFact("案由", page.cause, &body);
  AppendFact("文书类型", page.doc_type, &body);
  body += "<dt>版本</dt><dd>第" + std::to_string(page.version) + "版</dd>\n";
  body += "<dt>永久链接</dt><dd><a href=\"" +
          RelativeHref(page.path, page.path) + "\">" +
          EscapeHtml(Folder(page.path)) + "</a></dd>\n";
  body += "</dl>\n<div class=\"text\">\n";
  std::string_view text = page.public_text;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    const std::string_view line = Trimmed(
        text.substr(0, nl == std::string_view::npos ? text.size() : nl));
    if (!line.empty()) body += "<p>" + EscapeHtml(line) + "</p>\n";
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  body += "</div>\n</article>\n";
  return Layout(page.path, title, body);
}

Result<std::string> RenderStubPage(const StubPage& page) {
  Status s = CheckSitePath(page.path, false, "the page path");
  if (!s.ok()) return s;
  s = CheckFacts(page.facts);
  if (!s.ok()) return s;
  if (page.grounds.empty()) {
    return Status::InvalidInput("a stub needs the ground it is withheld on");
  }
  std::string grounds;
  for (const std::string& ground : page.grounds) {
    const std::optional<std::string_view> words = GroundInWords(ground);
    if (!words) {
      return Status::InvalidInput(
          "no stub is shown for ground \"" + ground +
          "\" (unknown, or a state secret, which withholds the stub too)");
    }
    if (grounds.find(*words) != std::string::npos) continue;
    if (!grounds.empty()) grounds += "；";
    grounds += *words;
  }
  const std::string title =
      page.facts.case_number.empty()
          ? std::string("不公开的裁判文书")
          : WithoutWhitespace(page.facts.case_number) + " 不公开";
  std::string body =
      "<article class=\"stub\">\n<h1>" + EscapeHtml(title) +
      "</h1>\n<p class=\"notice\">本文书依法不在互联网公布。</p>\n"
      "<dl class=\"facts\">\n";
  AppendCaseFacts(page.facts, &body);
  body += "<dt>不公开理由</dt><dd>" + EscapeHtml(grounds) + "</dd>\n";
  body += "</dl>\n</article>\n";
  return Layout(page.path, title, body);
}

Result<std::string> RenderWithdrawalPage(const WithdrawalPage& page) {
  Status s = CheckSitePath(page.path, false, "the page path");
  if (!s.ok()) return s;
  s = CheckFacts(page.facts);
  if (!s.ok()) return s;
  s = CheckDate(page.withdrawn_on, "the withdrawal date");
  if (!s.ok()) return s;
  const std::string title =
      page.facts.case_number.empty()
          ? std::string("已撤回的裁判文书")
          : WithoutWhitespace(page.facts.case_number) + " 已撤回";
  std::string body = "<article class=\"withdrawn\">\n<h1>" + EscapeHtml(title) +
                     "</h1>\n<p class=\"notice\">本文书";
  if (page.withdrawn_on) body += "已于" + TimeElement(*page.withdrawn_on);
  body += "撤回，不再在本站公布。</p>\n<dl class=\"facts\">\n";
  AppendCaseFacts(page.facts, &body);
  body += "</dl>\n</article>\n";
  return Layout(page.path, title, body);
}

Result<std::string> RenderIndexPage(const IndexPage& page) {
  Status s = CheckSitePath(page.folder, true, "the index folder");
  if (!s.ok()) return s;
  if (!page.folder.empty() && page.folder.back() != '/') {
    return Status::InvalidInput("the index folder \"" + page.folder +
                                "\" does not end with /");
  }
  if (page.page_count < 1 || page.page < 1 || page.page > page.page_count) {
    return Status::InvalidInput("index page " + std::to_string(page.page) +
                                " of " + std::to_string(page.page_count));
  }
  s = CheckText({page.heading});
  if (!s.ok()) return s;
  const std::string path = IndexPagePath(page.folder, page.page);
  std::string body;
  std::string title =
      page.heading.empty() ? std::string("文书目录") : page.heading;
  const std::string heading = title;
  if (page.page > 1) title += "（第" + std::to_string(page.page) + "页）";
  body += "<h1>" + EscapeHtml(heading) + "</h1>\n";
  body += SearchForm(path);
  if (page.entries.empty()) {
    body += "<p>暂无文书。</p>\n";
  } else {
    body += "<ol class=\"entries\">\n";
    for (const IndexEntry& entry : page.entries) {
      s = CheckSitePath(entry.target_path, false, "an entry's path");
      if (!s.ok()) return s;
      s = CheckFacts(entry.facts);
      if (!s.ok()) return s;
      s = CheckText({entry.title});
      if (!s.ok()) return s;
      std::string label = entry.title;
      if (label.empty()) label = entry.facts.case_number;
      if (label.empty()) label = "裁判文书";
      body += "<li><a href=\"" + RelativeHref(path, entry.target_path) + "\">" +
              EscapeHtml(label) + "</a>";
      const std::string_view tag = IndexKindTag(entry.kind);
      if (!tag.empty()) {
        body += "<span class=\"tag\">" + std::string(tag) + "</span>";
      }
      std::string meta;
      auto add = [&meta](const std::string& html) {
        if (html.empty()) return;
        if (!meta.empty()) meta += " · ";
        meta += html;
      };
      add(EscapeHtml(entry.facts.court));
      if (entry.facts.case_number != label) {
        add(EscapeHtml(entry.facts.case_number));
      }
      if (entry.facts.decision_date) {
        add(TimeElement(*entry.facts.decision_date));
      }
      if (!meta.empty()) body += "<span class=\"meta\">" + meta + "</span>";
      body += "</li>\n";
    }
    body += "</ol>\n";
  }
  body += "<nav class=\"pages\" aria-label=\"分页\">\n";
  auto link = [&](size_t target, std::string_view words, std::string_view rel) {
    std::string out = "<a href=\"" +
                      RelativeHref(path, IndexPagePath(page.folder, target)) +
                      "\"";
    if (!rel.empty()) out += " rel=\"" + std::string(rel) + "\"";
    return out + ">" + std::string(words) + "</a>\n";
  };
  auto off = [](std::string_view words) {
    return "<span class=\"off\">" + std::string(words) + "</span>\n";
  };
  body += page.page > 1 ? link(1, "首页", "") : off("首页");
  body += page.page > 1 ? link(page.page - 1, "上一页", "prev") : off("上一页");
  body += "<span>第" + std::to_string(page.page) + "页，共" +
          std::to_string(page.page_count) + "页</span>\n";
  body += page.page < page.page_count ? link(page.page + 1, "下一页", "next")
                                      : off("下一页");
  body += page.page < page.page_count ? link(page.page_count, "末页", "")
                                      : off("末页");
  body += "</nav>\n";
  return Layout(path, title, body);
}

Result<std::string> RenderSearchPage(size_t shard_count) {
  const std::string path(kSearchPagePath);
  std::string body = "<h1>搜索</h1>\n";
  body += SearchForm(path);
  body +=
      "<noscript><p class=\"notice\">搜索需要启用 JavaScript。"
      "未启用时，请从<a href=\"" +
      RelativeHref(path, "index.html") +
      "\">首页</a>按法院、年份、案由或文书类型的目录浏览全部文书。"
      "</p></noscript>\n";
  body +=
      "<p id=\"search-status\" role=\"status\">"
      "请输入案号、标题、法院、案由或正文中的词语。</p>\n";
  body += "<div id=\"search-results\" data-shards=\"" +
          std::to_string(shard_count) + "\"></div>\n";
  std::string scripts = "<script src=\"" +
                        RelativeHref(path, kSearchScriptPath) +
                        "\"></script>\n";
  for (size_t n = 0; n < shard_count; ++n) {
    scripts += "<script src=\"" + RelativeHref(path, SearchShardPath(n)) +
               "\"></script>\n";
  }
  return Layout(path, "搜索", body, scripts);
}

std::string ChineseDateText(const Date& date) { return ChineseDate(date); }
std::string TimeElementHtml(const Date& date) { return TimeElement(date); }
Status CheckPageFields(std::initializer_list<std::string_view> texts) {
  return CheckText(texts);
}
Status CheckCaseFacts(const CaseFacts& facts) { return CheckFacts(facts); }
void AppendCaseFactsHtml(const CaseFacts& facts, std::string* out) {
  AppendCaseFacts(facts, out);
}
void AppendFactHtml(std::string_view label, std::string_view value,
                    std::string* out) {
  AppendFact(label, value, out);
}

}  // namespace wenshu
