#include "publishers/review_pages.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <utility>

#include "core/digest.h"
#include "core/span.h"
#include "core/utf8.h"

namespace wenshu {
namespace {

constexpr std::string_view kReportName = "审查报告";
constexpr std::string_view kBanner =
    "<p class=\"staff-banner\" role=\"note\"><strong>内部材料</strong>"
    "本报告含未经处理的原文，仅供法院工作人员审查使用，不得公开、转发或上传。"
    "</p>\n";

constexpr std::string_view kStylesheet =
    R"css(/* Wenshu review report (court staff only): one stylesheet. */
:root { color-scheme: light; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
    "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  font-size: 1rem;
  line-height: 1.7;
  color: #1d1d1f;
  background: #fff;
  overflow-wrap: anywhere;
}
a { color: #0b4f9c; }
.staff-banner {
  margin: 0;
  padding: .5rem 1rem;
  background: #8b1a1a;
  color: #fff;
  font-weight: bold;
}
.staff-banner strong { margin-right: .6em; padding: 0 .4em; border: 1px solid #fff; }
header.review { padding: .4rem 1rem; border-bottom: 1px solid #d8d8d2; }
main { max-width: 90em; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.3rem; line-height: 1.5; margin: .4em 0 .8em; }
h2 { font-size: 1.1rem; margin: 1.4em 0 .5em; }
dl.facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: .2em 1em;
  margin: 0 0 1em;
  padding: .6em .8em;
  background: #f1f1ec;
  border-radius: 4px;
}
dl.facts dt { color: #55554f; }
dl.facts dd { margin: 0; }
.status { font-weight: bold; }
.status-held { color: #8b1a1a; }
.status-withheld { color: #7a4a00; }
.status-published { color: #1c5e20; }
ul.reasons { margin: 0 0 1em; padding-left: 1.4em; }
.warning, .note {
  border-left: 4px solid #b5651d;
  background: #fbf3e8;
  padding: .5em .8em;
}
.warning { border-color: #b00020; background: #fdecee; font-weight: bold; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side { min-width: 0; }
.side h2 { margin-top: .4em; }
.text {
  white-space: pre-wrap;
  font-family: "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC",
    "SimSun", serif;
  padding: .6em .8em;
  border: 1px solid #e4e4de;
  border-radius: 4px;
}
.r { border-radius: 2px; padding: 0 1px; cursor: help; }
del.r { text-decoration: line-through; text-decoration-thickness: 2px; }
ins.r { text-decoration: none; outline: 1px solid currentColor; }
ins.gone { font-size: .8em; color: #55554f; }
.cat-id_number { background: #ffd6d6; }
.cat-phone { background: #ffe4c2; }
.cat-email { background: #fff2b3; }
.cat-im_account { background: #e6f5b8; }
.cat-bank_account { background: #c9f0d2; }
.cat-plate { background: #c2efe9; }
.cat-property_certificate { background: #c9e6ff; }
.cat-travel_document { background: #d6dcff; }
.cat-person_name { background: #e7d6ff; }
.cat-address { background: #ffd6f0; }
.cat-health { background: #f5d0c5; }
.cat-vehicle_id { background: #dde3c2; }
.cat-case_specific { background: #e0e0e0; }
.cat-protected { background: #f0f0f0; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4em; }
ul.legend li { padding: 0 .5em; border-radius: 3px; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1em; }
th, td { border-bottom: 1px solid #e4e4de; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f1f1ec; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.filters { display: flex; flex-wrap: wrap; gap: .5em 1.2em; margin: 0 0 1em; }
.filters label { white-space: nowrap; }
@media (max-width: 48em) {
  .sides { grid-template-columns: 1fr; }
  table { display: block; overflow-x: auto; font-size: .9rem; }
}
@media print {
  .filters { display: none; }
  .staff-banner { color: #000; background: none; border: 2px solid #000; }
}
)css";

constexpr std::string_view kScript =
    R"js(/* Wenshu review report: the index's filters. No library, no network. */
(function () {
  'use strict';
  function run() {
    var box = document.getElementById('review-filters');
    if (!box) return;
    var pick = function (name) {
      return box.querySelector('select[name="' + name + '"]');
    };
    var status = pick('status');
    var category = pick('category');
    var court = pick('court');
    var rows = Array.prototype.slice.call(
        document.querySelectorAll('tr[data-status]'));
    var groups = Array.prototype.slice.call(
        document.querySelectorAll('section[data-group]'));
    var count = document.getElementById('review-count');
    var value = function (select) { return select ? select.value : ''; };
    var apply = function () {
      var s = value(status);
      var c = value(category);
      var k = value(court);
      var shown = 0;
      rows.forEach(function (row) {
        var cats = (row.getAttribute('data-categories') || '').split(' ');
        var ok = (!s || row.getAttribute('data-status') === s) &&
            (!c || cats.indexOf(c) >= 0) &&
            (!k || row.getAttribute('data-court') === k);
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      groups.forEach(function (group) {
        var visible = group.querySelectorAll('tr[data-status]:not([hidden])');
        group.hidden = visible.length === 0 && (s || c || k) ? true : false;
      });
      if (count) count.textContent = '显示 ' + shown + ' / ' + rows.length;
    };
    [status, category, court].forEach(function (select) {
      if (select) select.addEventListener('change', apply);
    });
    box.hidden = false;
    apply();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run);
  } else {
    run();
  }
})();
)js";

std::string_view CategoryInWords(std::string_view category) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"id_number", "身份证件号码"},
      {"phone", "电话号码"},
      {"email", "电子邮箱"},
      {"im_account", "即时通讯账号"},
      {"bank_account", "银行账号"},
      {"plate", "车牌号码"},
      {"property_certificate", "权属证书号码"},
      {"travel_document", "出入境证件号码"},
      {"person_name", "自然人姓名"},
      {"address", "住址"},
      {"health", "健康信息"},
      {"vehicle_id", "车架号、发动机号"},
      {"case_specific", "本案指定信息"},
      {"protected", "依规保留"},
  };
  for (const auto& [name, words] : kWords) {
    if (name == category) return words;
  }
  return "";
}

std::string_view StatusInWords(std::string_view status) {
  if (status == "published") return "已公开";
  if (status == "withheld") return "不公开";
  if (status == "held") return "暂缓发布，待人工审查";
  return "";
}

std::string_view ChangeInWords(std::string_view change) {
  if (change == "published") return "已公开";
  if (change == "new") return "首次公开";
  if (change == "changed") return "内容变更，发布新版本";
  if (change == "unchanged") return "未变更";
  if (change == "withheld") return "不公开";
  if (change == "withdrawn") return "已撤回";
  if (change == "still_withdrawn") return "仍处于撤回状态";
  return "";
}

Status CheckText(std::initializer_list<std::string_view> texts) {
  return CheckPageFields(texts);
}

Status CheckFacts(const CaseFacts& facts) { return CheckCaseFacts(facts); }

Status CheckStatus(std::string_view status) {
  if (StatusInWords(status).empty()) {
    return Status::InvalidInput("unknown review status \"" +
                                std::string(status) + "\"");
  }
  return Status::Ok();
}

// A page path is usable when it is a relative .html file that climbs
// nowhere and holds only characters ReviewPagePath writes.
Status CheckPagePath(std::string_view path) {
  auto bad = [&](std::string_view why) {
    return Status::InvalidInput("the review page path \"" + std::string(path) +
                                "\" cannot be used: " + std::string(why));
  };
  if (!IsWellFormedUtf8(path)) return bad("not UTF-8");
  if (path.empty()) return bad("empty");
  if (path.front() == '/') return bad("absolute");
  if (!path.ends_with(".html")) return bad("not an .html file");
  size_t start = 0;
  while (true) {
    const size_t slash = path.find('/', start);
    const std::string_view segment = path.substr(
        start, slash == std::string_view::npos ? std::string_view::npos
                                               : slash - start);
    if (segment.empty()) return bad("an empty segment");
    if (segment == "." || segment == "..") return bad("a . or .. segment");
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  for (size_t at = 0; at < path.size(); at = NextCharBoundary(path, at)) {
    const char32_t c = CodePointAt(path, at);
    if (!IsAsciiAlnum(c) && !IsCjkIdeograph(c) && c != '-' && c != '_' &&
        c != '.' && c != '/') {
      return bad("a character not allowed in a review path");
    }
  }
  return Status::Ok();
}

std::string ChineseDate(const Date& date) { return ChineseDateText(date); }

void AppendFact(std::string_view label, std::string_view value,
                std::string* out) {
  AppendFactHtml(label, value, out);
}

void AppendCaseFacts(const CaseFacts& facts, std::string* out) {
  AppendCaseFactsHtml(facts, out);
}

std::string StatusSpan(std::string_view status) {
  return "<span class=\"status status-" + std::string(status) + "\">" +
         std::string(StatusInWords(status)) + "</span>";
}

std::string ChangeText(std::string_view change) {
  const std::string_view words = ChangeInWords(change);
  if (words.empty()) return EscapeHtml(change);
  return std::string(words) + "（" + std::string(change) + "）";
}

// The whole page around `body` (already HTML). `title` is plain text.
std::string Layout(std::string_view path, std::string_view title,
                   std::string_view body) {
  std::string out;
  out.reserve(body.size() + 2048);
  out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n";
  out += "<meta charset=\"utf-8\" />\n";
  out +=
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\" />\n";
  out += "<meta name=\"robots\" content=\"noindex, nofollow\" />\n";
  out += "<title>" + EscapeHtml(title) + " | " + std::string(kReportName) +
         "（内部）</title>\n";
  out += "<link rel=\"stylesheet\" href=\"" +
         RelativeHref(path, kReviewStylesheetPath) + "\" />\n";
  out += "</head>\n<body>\n";
  out += kBanner;
  out += "<header class=\"review\"><a href=\"" +
         RelativeHref(path, kReviewIndexPath) + "\">" +
         std::string(kReportName) + "</a></header>\n";
  out += "<main>\n";
  out += body;
  out += "</main>\n<script src=\"" + RelativeHref(path, kReviewScriptPath) +
         "\"></script>\n</body>\n</html>\n";
  return out;
}

bool OnBoundary(std::string_view text, size_t pos) {
  if (pos == 0 || pos == text.size()) return true;
  const unsigned char u = static_cast<unsigned char>(text[pos]);
  return (u & 0xC0) != 0x80;
}

// The redactions in text order, or why they cannot be applied to `text`.
Result<std::vector<const Redaction*>> OrderedRedactions(
    std::string_view text, const std::vector<Redaction>& redactions) {
  std::vector<const Redaction*> order;
  for (const Redaction& r : redactions) order.push_back(&r);
  std::stable_sort(order.begin(), order.end(),
                   [](const Redaction* a, const Redaction* b) {
                     return a->begin < b->begin;
                   });
  size_t last_end = 0;
  for (const Redaction* r : order) {
    auto bad = [r](std::string_view why) {
      std::string message = "修改 [";
      message += std::to_string(r->begin);
      message += ", ";
      message += std::to_string(r->end);
      message += ") ";
      message += why;
      return Status::InvalidInput(std::move(message));
    };
    if (r->begin >= r->end) return bad("为空区间");
    if (r->end > text.size()) {
      return bad("超出原文范围（原文共" + std::to_string(text.size()) +
                 "字节）");
    }
    if (!OnBoundary(text, r->begin) || !OnBoundary(text, r->end)) {
      return bad("未落在字符边界上");
    }
    if (r->begin < last_end) return bad("与前一处修改重叠");
    if (!IsWellFormedUtf8(r->replacement)) {
      return bad("的替换文本不是有效的 UTF-8");
    }
    last_end = r->end;
  }
  return order;
}

std::string MarkAttributes(const Redaction& r, size_t number) {
  const std::string_view category = CategoryName(r.category);
  return " class=\"r cat-" + std::string(category) + "\" title=\"" +
         std::string(category) + " · " + EscapeHtml(r.rule) +
         "\" data-action=\"" + std::string(ActionName(r.action)) +
         "\" data-n=\"" + std::to_string(number) + "\"";
}

struct Sides {
  std::string original_html;
  std::string public_html;
  std::string public_text;  // the original with the edits applied
};

Sides HighlightedSides(std::string_view text,
                       const std::vector<const Redaction*>& order) {
  Sides out;
  size_t at = 0;
  size_t number = 0;
  for (const Redaction* r : order) {
    ++number;
    const std::string_view before = text.substr(at, r->begin - at);
    out.original_html += EscapeHtml(before);
    out.public_html += EscapeHtml(before);
    out.public_text += before;
    const std::string attributes = MarkAttributes(*r, number);
    out.original_html += "<del" + attributes + ">" +
                         EscapeHtml(text.substr(r->begin, r->end - r->begin)) +
                         "</del>";
    if (r->replacement.empty()) {
      std::string gone = attributes;
      gone.replace(gone.find("class=\"r "), 9, "class=\"r gone ");
      out.public_html += "<ins" + gone + ">［删］</ins>";
    } else {
      out.public_html +=
          "<ins" + attributes + ">" + EscapeHtml(r->replacement) + "</ins>";
    }
    out.public_text += r->replacement;
    at = r->end;
  }
  out.original_html += EscapeHtml(text.substr(at));
  out.public_html += EscapeHtml(text.substr(at));
  out.public_text += text.substr(at);
  return out;
}

void AppendSide(std::string_view cls, std::string_view heading,
                std::string_view html, std::string* out) {
  *out += "<section class=\"side " + std::string(cls) + "\">\n<h2>" +
          std::string(heading) + "</h2>\n";
  if (html.empty()) {
    *out += "<p class=\"note\">（空）</p>\n";
  } else {
    *out += "<div class=\"text\">" + std::string(html) + "</div>\n";
  }
  *out += "</section>\n";
}

void AppendLegend(const std::vector<Redaction>& redactions, std::string* out) {
  std::map<std::string_view, size_t> counts;
  for (const Redaction& r : redactions) ++counts[CategoryName(r.category)];
  if (counts.empty()) return;
  *out += "<h2>图例</h2>\n<ul class=\"legend\">\n";
  for (const auto& [category, count] : counts) {
    *out += "<li class=\"cat-" + std::string(category) + "\">" +
            std::string(CategoryInWords(category)) + " <code>" +
            std::string(category) + "</code> × " + std::to_string(count) +
            "</li>\n";
  }
  *out += "</ul>\n";
}

void AppendEditTable(const std::vector<const Redaction*>& order,
                     std::string* out) {
  if (order.empty()) return;
  *out +=
      "<h2>修改清单</h2>\n<table class=\"edits\">\n<thead><tr><th>#</th>"
      "<th>位置（字节）</th><th>类别</th><th>处理</th><th>规则</th>"
      "<th>替换为</th></tr></thead>\n<tbody>\n";
  size_t number = 0;
  for (const Redaction* r : order) {
    ++number;
    const std::string_view category = CategoryName(r->category);
    *out += "<tr><td class=\"num\">" + std::to_string(number) +
            "</td><td class=\"num\">" + std::to_string(r->begin) + "–" +
            std::to_string(r->end) + "</td><td class=\"cat-" +
            std::string(category) + "\">" +
            std::string(CategoryInWords(category)) + " <code>" +
            std::string(category) + "</code></td><td>" +
            std::string(ActionName(r->action)) + "</td><td><code>" +
            EscapeHtml(r->rule) + "</code></td><td>" +
            EscapeHtml(r->replacement) + "</td></tr>\n";
  }
  *out += "</tbody>\n</table>\n";
}

void AppendKeptConflicts(const std::vector<KeptConflict>& conflicts,
                         std::string* out) {
  if (conflicts.empty()) return;
  *out +=
      "<h2>未应用的修改（与保留姓名冲突）</h2>\n<p>以下命中与依规保留的姓名"
      "重叠，保留姓名完整保留，未作删改。</p>\n<table class=\"kept\">\n"
      "<thead><tr><th>位置（字节）</th><th>类别</th><th>规则</th>"
      "<th>保留姓名位置（字节）</th></tr></thead>\n<tbody>\n";
  for (const KeptConflict& k : conflicts) {
    const std::string_view category = CategoryName(k.category);
    *out += "<tr><td class=\"num\">" + std::to_string(k.begin) + "–" +
            std::to_string(k.end) + "</td><td>" +
            std::string(CategoryInWords(category)) + " <code>" +
            std::string(category) + "</code></td><td><code>" +
            EscapeHtml(k.rule) + "</code></td><td class=\"num\">" +
            std::to_string(k.kept_begin) + "–" + std::to_string(k.kept_end) +
            "</td></tr>\n";
  }
  *out += "</tbody>\n</table>\n";
}

void AppendReasons(std::string_view heading,
                   const std::vector<std::string>& reasons, std::string* out) {
  if (reasons.empty()) return;
  *out += "<h2>" + std::string(heading) + "</h2>\n<ul class=\"reasons\">\n";
  for (const std::string& reason : reasons) {
    *out += "<li>" + EscapeHtml(reason) + "</li>\n";
  }
  *out += "</ul>\n";
}

std::string_view ReasonsHeading(std::string_view status) {
  if (status == "held") return "暂缓原因";
  if (status == "withheld") return "不公开理由";
  return "公开依据";
}

std::string Sanitized(std::string_view source) {
  constexpr size_t kMaxChars = 40;
  std::string out;
  size_t chars = 0;
  bool dash = false;
  for (size_t at = 0; at < source.size() && chars < kMaxChars;
       at = NextCharBoundary(source, at)) {
    const char32_t c = CodePointAt(source, at);
    if (IsAsciiAlnum(c) || IsCjkIdeograph(c)) {
      if (dash && !out.empty()) {
        out += '-';
        ++chars;
      }
      dash = false;
      if (chars < kMaxChars) {
        AppendUtf8(c, &out);
        ++chars;
      }
    } else {
      dash = true;
    }
  }
  return out;
}

}  // namespace

std::string_view ReviewStylesheet() { return kStylesheet; }
std::string_view ReviewScript() { return kScript; }

std::string ReviewPagePath(std::string_view key, std::string_view name) {
  const bool by_key = !key.empty();
  const std::string_view source = by_key ? key : name;
  const std::string digest =
      Sha256Hex(std::string(by_key ? "key:" : "name:") + std::string(source));
  const std::string readable = Sanitized(source);
  std::string path = "doc/";
  if (!readable.empty()) path += readable + "-";
  path += digest.substr(0, 8);
  path += ".html";
  return path;
}

Result<std::string> RenderReviewPage(const ReviewDocument& doc) {
  Status s = CheckPagePath(doc.path);
  if (!s.ok()) return s;
  s = CheckStatus(doc.status);
  if (!s.ok()) return s;
  s = CheckFacts(doc.facts);
  if (!s.ok()) return s;
  s = CheckText({doc.name, doc.key, doc.change, doc.title, doc.cause,
                 doc.doc_type, doc.original_text, doc.public_text});
  if (!s.ok()) return s;
  for (const std::string& reason : doc.reasons) {
    s = CheckText({reason});
    if (!s.ok()) return s;
  }
  for (const Redaction& r : doc.redactions) {
    s = CheckText({r.rule});
    if (!s.ok()) return s;
  }
  for (const KeptConflict& k : doc.kept_conflicts) {
    s = CheckText({k.rule});
    if (!s.ok()) return s;
  }

  std::string title = doc.title;
  if (title.empty()) title = doc.facts.case_number;
  if (title.empty()) title = doc.name;
  if (title.empty()) title = "文书";

  std::string body = "<article class=\"review-doc\" data-status=\"" +
                     doc.status + "\">\n<h1>" + EscapeHtml(title) + "</h1>\n";
  body += "<dl class=\"facts\">\n<dt>状态</dt><dd>" + StatusSpan(doc.status) +
          "</dd>\n";
  AppendFact("文书", doc.name, &body);
  AppendFact("登记键", doc.key, &body);
  if (!doc.change.empty()) {
    body += "<dt>登记变更</dt><dd>" + ChangeText(doc.change) + "</dd>\n";
  }
  if (doc.version > 0) {
    body += "<dt>版本</dt><dd>第" + std::to_string(doc.version) + "版</dd>\n";
  }
  AppendCaseFacts(doc.facts, &body);
  AppendFact("案由", doc.cause, &body);
  AppendFact("文书类型", doc.doc_type, &body);
  body += "</dl>\n";
  AppendReasons(ReasonsHeading(doc.status), doc.reasons, &body);

  if (doc.status != "published") {
    if (doc.status == "held") {
      body +=
          "<p class=\"note\">本文书暂缓发布，未生成公开文本；"
          "请核对原文与暂缓原因。</p>\n";
    } else {
      body += "<p class=\"note\">本文书不在互联网公布，未生成公开文本。</p>\n";
    }
    if (doc.original_text.empty()) {
      body += "<p class=\"note\">原文未能读取。</p>\n";
    } else {
      body += "<div class=\"sides single\">\n";
      AppendSide("original", "原文", EscapeHtml(doc.original_text), &body);
      body += "</div>\n";
    }
    AppendKeptConflicts(doc.kept_conflicts, &body);
    body += "</article>\n";
    return Layout(doc.path, title, body);
  }

  Result<std::vector<const Redaction*>> order =
      OrderedRedactions(doc.original_text, doc.redactions);
  std::string problem;
  Sides sides;
  if (!order.ok()) {
    problem = order.status().message();
  } else {
    sides = HighlightedSides(doc.original_text, order.value());
    if (sides.public_text != doc.public_text) {
      problem = "按记录的修改处理原文所得文本与公开文本不一致";
    }
  }
  if (!problem.empty()) {
    body += "<p class=\"warning\" role=\"alert\">无法逐处标注修改：" +
            EscapeHtml(problem) +
            "。下方原文与公开文本均未标注，请人工核对。</p>\n";
    sides.original_html = EscapeHtml(doc.original_text);
    sides.public_html = EscapeHtml(doc.public_text);
  }
  AppendLegend(doc.redactions, &body);
  body += "<div class=\"sides\">\n";
  AppendSide("original", "原文", sides.original_html, &body);
  AppendSide("public", "公开文本", sides.public_html, &body);
  body += "</div>\n";
  if (order.ok()) {
    AppendEditTable(order.value(), &body);
  } else {
    std::vector<const Redaction*> given;
    for (const Redaction& r : doc.redactions) given.push_back(&r);
    AppendEditTable(given, &body);
  }
  AppendKeptConflicts(doc.kept_conflicts, &body);
  body += "</article>\n";
  return Layout(doc.path, title, body);
}

Result<std::string> RenderReviewIndex(
    const ReviewSummary& summary,
    const std::vector<ReviewIndexEntry>& entries) {
  Status s = CheckText({summary.run_id, summary.at});
  if (!s.ok()) return s;
  std::set<std::string> categories;
  std::set<std::string> courts;
  for (const ReviewIndexEntry& entry : entries) {
    s = CheckPagePath(entry.path);
    if (!s.ok()) return s;
    s = CheckStatus(entry.status);
    if (!s.ok()) return s;
    s = CheckFacts(entry.facts);
    if (!s.ok()) return s;
    s = CheckText({entry.name, entry.key, entry.change, entry.title});
    if (!s.ok()) return s;
    for (const std::string& reason : entry.reasons) {
      s = CheckText({reason});
      if (!s.ok()) return s;
    }
    for (const auto& [category, count] : entry.categories) {
      s = CheckText({category});
      if (!s.ok()) return s;
      if (category.empty() ||
          category.find_first_of(" \t\n\r\f") != std::string::npos) {
        return Status::InvalidInput("a category name with whitespace");
      }
      if (count > 0) categories.insert(category);
    }
    if (!entry.facts.court.empty()) courts.insert(entry.facts.court);
  }

  const std::string path(kReviewIndexPath);
  std::string body = "<h1>" + std::string(kReportName) + "</h1>\n";
  body +=
      "<p class=\"note\">本报告含未经处理的原文，仅供法院工作人员审查；"
      "公开网站不链接本报告。</p>\n<dl class=\"facts summary\">\n";
  AppendFact("运行", summary.run_id, &body);
  AppendFact("时间", summary.at, &body);
  body += "<dt>暂缓发布</dt><dd>" + std::to_string(summary.held) + "</dd>\n";
  body += "<dt>不公开</dt><dd>" + std::to_string(summary.withheld) + "</dd>\n";
  body += "<dt>已公开</dt><dd>" + std::to_string(summary.published) + "</dd>\n";
  body += "</dl>\n";

  body +=
      "<div class=\"filters\" id=\"review-filters\" hidden=\"hidden\">\n"
      "<label>状态 <select name=\"status\">\n<option value=\"\">全部</option>\n"
      "<option value=\"held\">暂缓发布</option>\n"
      "<option value=\"withheld\">不公开</option>\n"
      "<option value=\"published\">已公开</option>\n</select></label>\n"
      "<label>类别 <select name=\"category\">\n"
      "<option value=\"\">全部</option>\n";
  for (const std::string& category : categories) {
    const std::string_view words = CategoryInWords(category);
    body += "<option value=\"" + EscapeHtml(category) + "\">" +
            (words.empty() ? EscapeHtml(category)
                           : std::string(words) + "（" + category + "）") +
            "</option>\n";
  }
  body +=
      "</select></label>\n<label>法院 <select name=\"court\">\n"
      "<option value=\"\">全部</option>\n";
  for (const std::string& court : courts) {
    body += "<option value=\"" + EscapeHtml(court) + "\">" + EscapeHtml(court) +
            "</option>\n";
  }
  body += "</select></label>\n<output id=\"review-count\">显示 " +
          std::to_string(entries.size()) + " / " +
          std::to_string(entries.size()) + "</output>\n</div>\n";

  struct Group {
    std::string_view status;
    std::string_view heading;
  };
  constexpr Group kGroups[] = {{"held", "暂缓发布（待人工审查）"},
                               {"withheld", "不公开"},
                               {"published", "已公开"}};
  for (const Group& group : kGroups) {
    std::vector<const ReviewIndexEntry*> members;
    for (const ReviewIndexEntry& entry : entries) {
      if (entry.status == group.status) members.push_back(&entry);
    }
    body += "<section class=\"group\" data-group=\"" +
            std::string(group.status) + "\">\n<h2>" +
            std::string(group.heading) + "（" + std::to_string(members.size()) +
            "）</h2>\n";
    if (members.empty()) {
      body += "<p>无。</p>\n</section>\n";
      continue;
    }
    body +=
        "<table class=\"documents\">\n<thead><tr><th>文书</th><th>案号</th>"
        "<th>法院</th><th>裁判日期</th><th>登记变更</th><th>修改</th>"
        "<th>原因</th></tr></thead>\n<tbody>\n";
    for (const ReviewIndexEntry* entry : members) {
      std::string data_categories;
      std::string counts;
      for (const auto& [category, count] : entry->categories) {
        if (count == 0) continue;
        if (!data_categories.empty()) data_categories += ' ';
        data_categories += category;
        const std::string_view words = CategoryInWords(category);
        if (!counts.empty()) counts += "、";
        counts += (words.empty() ? EscapeHtml(category) : std::string(words)) +
                  " " + std::to_string(count);
      }
      std::string label = entry->title;
      if (label.empty()) label = entry->name;
      if (label.empty()) label = entry->facts.case_number;
      if (label.empty()) label = "文书";
      body += "<tr data-status=\"" + entry->status + "\" data-court=\"" +
              EscapeHtml(entry->facts.court) + "\" data-categories=\"" +
              EscapeHtml(data_categories) + "\">";
      body += "<td><a href=\"" + RelativeHref(path, entry->path) + "\">" +
              EscapeHtml(label) + "</a>";
      if (!entry->name.empty() && entry->name != label) {
        body += "<br />" + EscapeHtml(entry->name);
      }
      body += "</td><td>" + EscapeHtml(entry->facts.case_number) + "</td><td>" +
              EscapeHtml(entry->facts.court) + "</td><td>";
      if (entry->facts.decision_date) {
        body += "<time datetime=\"" + entry->facts.decision_date->Iso() +
                "\">" + ChineseDate(*entry->facts.decision_date) + "</time>";
      }
      body +=
          "</td><td>" +
          (entry->change.empty() ? std::string() : ChangeText(entry->change)) +
          "</td><td>" + counts + "</td><td>";
      for (size_t i = 0; i < entry->reasons.size(); ++i) {
        if (i > 0) body += "<br />";
        body += EscapeHtml(entry->reasons[i]);
      }
      body += "</td></tr>\n";
    }
    body += "</tbody>\n</table>\n</section>\n";
  }
  return Layout(path, std::string(kReportName) + "索引", body);
}

}  // namespace wenshu
