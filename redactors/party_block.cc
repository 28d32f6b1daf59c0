#include "redactors/party_block.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "core/utf8.h"
#include "redactors/detector.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

struct RoleLabel {
  std::string_view label;
  RoleKind kind;
};

// Longest first, so that 被告人 wins over 被告 and 附带民事诉讼原告人 over
// 原告.
std::vector<RoleLabel> SortedLabels() {
  std::vector<RoleLabel> labels = {
      {"附带民事诉讼原告人", RoleKind::kCivilPlaintiff},
      {"附带民事诉讼原告", RoleKind::kCivilPlaintiff},
      {"附带民事诉讼被告人", RoleKind::kParty},
      {"附带民事诉讼被告", RoleKind::kParty},
      {"共同委托诉讼代理人", RoleKind::kAgent},
      {"委托诉讼代理人", RoleKind::kAgent},
      {"委托代理人", RoleKind::kAgent},
      {"诉讼代理人", RoleKind::kAgent},
      {"指定辩护人", RoleKind::kAgent},
      {"辩护人", RoleKind::kAgent},
      {"法定代理人", RoleKind::kStatutoryRepresentative},
      {"监护人", RoleKind::kStatutoryRepresentative},
      {"法定代表人", RoleKind::kLegalRepresentative},
      {"主要负责人", RoleKind::kLegalRepresentative},
      {"负责人", RoleKind::kLegalRepresentative},
      {"执行事务合伙人", RoleKind::kLegalRepresentative},
      {"再审申请人", RoleKind::kParty},
      {"复议申请人", RoleKind::kParty},
      {"申请执行人", RoleKind::kParty},
      {"被申请执行人", RoleKind::kParty},
      {"被执行人", RoleKind::kParty},
      {"被申请人", RoleKind::kParty},
      {"申请人", RoleKind::kParty},
      {"被上诉人", RoleKind::kParty},
      {"上诉人", RoleKind::kParty},
      {"原审原告", RoleKind::kParty},
      {"原审被告人", RoleKind::kDefendant},
      {"原审被告", RoleKind::kParty},
      {"原审第三人", RoleKind::kParty},
      {"第三人", RoleKind::kParty},
      {"原告人", RoleKind::kParty},
      {"原告", RoleKind::kParty},
      {"被告人", RoleKind::kDefendant},
      {"罪犯", RoleKind::kDefendant},
      {"被告", RoleKind::kParty},
      {"案外人", RoleKind::kParty},
      {"异议人", RoleKind::kParty},
      {"自诉人", RoleKind::kParty},
      {"申诉人", RoleKind::kParty},
      {"被申诉人", RoleKind::kParty},
      {"赔偿请求人", RoleKind::kParty},
      {"赔偿义务机关", RoleKind::kParty},
      {"被害人", RoleKind::kVictim},
      {"证人", RoleKind::kWitness},
      {"鉴定人", RoleKind::kAppraiser},
      {"原公诉机关", RoleKind::kProsecution},
      {"公诉机关", RoleKind::kProsecution},
      {"抗诉机关", RoleKind::kProsecution},
  };
  std::stable_sort(labels.begin(), labels.end(),
                   [](const RoleLabel& a, const RoleLabel& b) {
                     return a.label.size() > b.label.size();
                   });
  return labels;
}

const std::vector<RoleLabel>& Labels() {
  static const std::vector<RoleLabel>* labels =
      new std::vector<RoleLabel>(SortedLabels());
  return *labels;
}

constexpr std::array<std::string_view, 56> kEthnicities = {
    "汉族",       "蒙古族",   "回族",     "藏族",     "维吾尔族",   "苗族",
    "彝族",       "壮族",     "布依族",   "朝鲜族",   "满族",       "侗族",
    "瑶族",       "白族",     "土家族",   "哈尼族",   "哈萨克族",   "傣族",
    "黎族",       "傈僳族",   "佤族",     "畲族",     "高山族",     "拉祜族",
    "水族",       "东乡族",   "纳西族",   "景颇族",   "柯尔克孜族", "土族",
    "达斡尔族",   "仫佬族",   "羌族",     "布朗族",   "撒拉族",     "毛南族",
    "仡佬族",     "锡伯族",   "阿昌族",   "普米族",   "塔吉克族",   "怒族",
    "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",   "保安族",     "裕固族",
    "京族",       "塔塔尔族", "独龙族",   "鄂伦春族", "赫哲族",     "门巴族",
    "珞巴族",     "基诺族"};

constexpr std::string_view kOrganisationSuffixes[] = {
    "公司",   "厂",     "店",     "行",     "部",   "中心", "银行",   "委员会",
    "局",     "院",     "所",     "社",     "协会", "集团", "政府",   "机关",
    "学校",   "大学",   "医院",   "站",     "处",   "室",   "馆",     "会",
    "场",     "队",     "办",     "庭",     "支行", "分行", "检察院", "合作社",
    "事务所", "工作室", "俱乐部", "基金会", "商会"};

constexpr std::string_view kAliasCues[] = {"曾用名", "绰号",     "外号", "小名",
                                           "乳名",   "别名",     "化名", "又名",
                                           "自报",   "以下简称", "下称"};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// True when a role label at `pos` opens a paragraph.
bool AtParagraphStart(std::string_view text, size_t zone_begin, size_t pos) {
  if (pos <= zone_begin) return true;
  const char32_t before = CodePointBefore(text, pos);
  return before == U'\n' || before == U'\r' || before == U' ' ||
         before == U'\t' || before == U'。' || before == U';' ||
         before == U'　';
}

// The role label starting at `pos`, if any.
const RoleLabel* LabelAt(std::string_view text, size_t pos) {
  for (const RoleLabel& l : Labels()) {
    if (text.compare(pos, l.label.size(), l.label) == 0) return &l;
  }
  return nullptr;
}

bool IsNameEnd(char32_t c) {
  return c == 0 || c == U',' || c == U'。' || c == U'(' || c == U')' ||
         c == U';' || c == U':' || c == U'\n' || c == U'\r' || c == U'、' ||
         c == U'"' || c == U'“' || c == U'”' || c == U'\t' || c == U'　' ||
         c == U'<' || c == U'[';
}

// A name from `pos` to the first separator. Latin names keep their inner
// spaces ("John Smith").
ByteRange NameAt(std::string_view text, size_t pos, size_t limit) {
  while (pos < limit && (text[pos] == ' ' || text[pos] == '"')) ++pos;
  const bool latin = pos < limit && ((text[pos] >= 'A' && text[pos] <= 'Z') ||
                                     (text[pos] >= 'a' && text[pos] <= 'z'));
  size_t end = pos;
  while (end < limit) {
    const char32_t c = CodePointAt(text, end);
    if (IsNameEnd(c)) break;
    if (c == U' ' && !latin) break;
    if (c == U' ' && latin) {
      const char next = end + 1 < limit ? text[end + 1] : 0;
      if (!((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z')))
        break;
    }
    end = NextCharBoundary(text, end);
  }
  return {pos, end};
}

// "1980年1月1日" (or 1980年1月) starting at `pos`.
std::optional<Date> ArabicDateAt(std::string_view text, size_t pos) {
  auto number = [&](size_t* at, int max_digits) -> int {
    int value = 0, digits = 0;
    while (*at < text.size() && text[*at] >= '0' && text[*at] <= '9' &&
           digits < max_digits) {
      value = value * 10 + (text[*at] - '0');
      ++*at;
      ++digits;
    }
    return digits == 0 ? -1 : value;
  };
  auto literal = [&](size_t* at, std::string_view word) {
    if (text.compare(*at, word.size(), word) != 0) return false;
    *at += word.size();
    return true;
  };
  size_t at = pos;
  Date d;
  d.year = number(&at, 4);
  if (d.year < 1900 || !literal(&at, "年")) return std::nullopt;
  d.month = number(&at, 2);
  if (d.month < 1 || d.month > 12 || !literal(&at, "月")) return std::nullopt;
  const size_t day_at = at;
  d.day = number(&at, 2);
  if (d.day < 1 || d.day > 31 || !literal(&at, "日")) {
    d.day = 1;  // month precision; the day is taken as the first
    (void)day_at;
  }
  return d;
}

std::optional<Date> BirthDateIn(std::string_view text, ByteRange p) {
  const std::string_view para = text.substr(p.begin, p.end - p.begin);
  for (std::string_view cue : {"出生于", "生于"}) {
    const size_t at = para.find(cue);
    if (at != std::string_view::npos) {
      if (auto d = ArabicDateAt(text, p.begin + at + cue.size())) return d;
    }
  }
  const size_t at = para.find("出生");
  if (at == std::string_view::npos) return std::nullopt;
  // Back over digits and 年月日 to where the date starts.
  size_t begin = p.begin + at;
  while (begin > p.begin) {
    const char32_t c = CodePointBefore(text, begin);
    if ((c >= U'0' && c <= U'9') || c == U'年' || c == U'月' || c == U'日') {
      begin = PreviousCharBoundary(text, begin);
    } else {
      break;
    }
  }
  return ArabicDateAt(text, begin);
}

std::string SexIn(std::string_view para) {
  for (std::string_view sex : {"男", "女"}) {
    for (std::string_view before : {",", ":"}) {
      const std::string pattern = std::string(before) + std::string(sex);
      size_t at = para.find(pattern);
      while (at != std::string_view::npos) {
        const char32_t after = CodePointAt(para, at + pattern.size());
        if (after == U',' || after == U'。' || after == U';' || after == U')' ||
            after == U' ' || after == 0) {
          return std::string(sex);
        }
        at = para.find(pattern, at + 1);
      }
    }
  }
  return "";
}

bool IsOrganisationName(std::string_view name) {
  for (std::string_view suffix : kOrganisationSuffixes) {
    if (EndsWith(name, suffix)) return true;
  }
  return Utf8CharCount(name) > 8 && name.find("·") == std::string_view::npos &&
         name.find(' ') == std::string_view::npos;
}

}  // namespace

namespace {
constexpr std::string_view kRoleKindNames[] = {"party",
                                               "defendant",
                                               "victim",
                                               "civil_plaintiff",
                                               "witness",
                                               "appraiser",
                                               "statutory_representative",
                                               "agent",
                                               "legal_representative"};
}  // namespace

std::string_view RoleKindName(RoleKind kind) {
  return kRoleKindNames[static_cast<int>(kind)];
}

std::optional<RoleKind> RoleKindFromName(std::string_view name) {
  for (size_t i = 0; i < std::size(kRoleKindNames); ++i) {
    if (kRoleKindNames[i] == name) return static_cast<RoleKind>(i);
  }
  return std::nullopt;
}

std::optional<RoleKind> RoleKindOf(std::string_view label) {
  for (const RoleLabel& l : Labels()) {
    if (l.label == label) return l.kind;
  }
  return std::nullopt;
}

std::vector<Participant> ParsePartyBlock(std::string_view text,
                                         ByteRange zone) {
  std::vector<Participant> out;
  zone.end = std::min(zone.end, text.size());
  // Paragraph openings: a role label at a paragraph start.
  struct Opening {
    size_t at;
    const RoleLabel* label;
  };
  std::vector<Opening> openings;
  for (size_t pos = zone.begin; pos < zone.end;) {
    if (AtParagraphStart(text, zone.begin, pos)) {
      if (const RoleLabel* l = LabelAt(text, pos)) {
        openings.push_back({pos, l});
        pos += l->label.size();
        continue;
      }
    }
    pos = NextCharBoundary(text, pos);
  }
  for (size_t i = 0; i < openings.size(); ++i) {
    const Opening& o = openings[i];
    Participant p;
    p.role = std::string(o.label->label);
    p.kind = o.label->kind;
    p.paragraph = {o.at,
                   i + 1 < openings.size() ? openings[i + 1].at : zone.end};
    size_t pos = o.at + o.label->label.size();
    // 上诉人(原审被告人): the original role decides the kind.
    if (pos < p.paragraph.end && text[pos] == '(') {
      const size_t close = text.find(')', pos);
      if (close != std::string_view::npos && close < p.paragraph.end &&
          close - pos < 64) {
        std::string_view inside = text.substr(pos + 1, close - pos - 1);
        if (StartsWith(inside, "原审")) {
          p.original_role = std::string(inside);
          std::string_view bare = inside.substr(std::strlen("原审"));
          if (auto kind = RoleKindOf(bare); kind && p.kind == RoleKind::kParty)
            p.kind = *kind;
          if (auto kind = RoleKindOf(inside);
              kind && p.kind == RoleKind::kParty)
            p.kind = *kind;
        }
        pos = close + 1;
      }
    }
    if (pos < p.paragraph.end && text[pos] == ':') ++pos;
    p.name = NameAt(text, pos, p.paragraph.end);
    if (p.name.begin == p.name.end) continue;
    const std::string_view name =
        text.substr(p.name.begin, p.name.end - p.name.begin);
    const std::string_view para =
        text.substr(p.paragraph.begin, p.paragraph.end - p.paragraph.begin);
    // 彼得·施密特(Peter Schmidt): the Latin form is an alias.
    if (p.name.end < p.paragraph.end && text[p.name.end] == '(') {
      const size_t close = text.find(')', p.name.end);
      if (close != std::string_view::npos && close < p.paragraph.end) {
        const std::string_view inside =
            text.substr(p.name.end + 1, close - p.name.end - 1);
        const bool latin =
            !inside.empty() &&
            std::all_of(inside.begin(), inside.end(), [](char c) {
              return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                     c == ' ' || c == '.' || c == '-';
            });
        if (latin) p.aliases.push_back({p.name.end + 1, close});
      }
    }
    p.sex = SexIn(para);
    p.birth_date = BirthDateIn(text, p.paragraph);
    for (std::string_view e : kEthnicities) {
      if (para.find(e) != std::string_view::npos) {
        p.ethnicity = std::string(e);
        break;
      }
    }
    const size_t nationality = para.find("国籍");
    if (nationality != std::string_view::npos) {
      const std::string_view around =
          para.substr(nationality >= 18 ? nationality - 18 : 0, 40);
      p.foreign = around.find("中国") == std::string_view::npos &&
                  around.find("中华人民共和国") == std::string_view::npos;
    }
    p.lawyer = para.find("律师") != std::string_view::npos ||
               para.find("法律服务所") != std::string_view::npos ||
               para.find("法律工作者") != std::string_view::npos ||
               para.find("法律援助") != std::string_view::npos;
    p.organisation =
        p.kind == RoleKind::kProsecution ||
        (p.sex.empty() && !p.birth_date && IsOrganisationName(name)) ||
        (p.sex.empty() &&
         (para.find("住所地") != std::string_view::npos ||
          para.find("信用代码") != std::string_view::npos) &&
         name.find("·") == std::string_view::npos && Utf8CharCount(name) > 4);
    const size_t relation = para.find("系");
    if (relation != std::string_view::npos && relation < 64) {
      ByteRange r =
          NameAt(text, p.paragraph.begin + relation + 3, p.paragraph.end);
      std::string_view rel = text.substr(r.begin, r.end - r.begin);
      if (rel.find("之") != std::string_view::npos && rel.size() <= 45)
        p.relation = std::string(rel);
    }
    for (std::string_view cue : kAliasCues) {
      size_t at = para.find(cue);
      while (at != std::string_view::npos) {
        size_t from = p.paragraph.begin + at + cue.size();
        if (from < p.paragraph.end && text[from] == ':') ++from;
        ByteRange alias = NameAt(text, from, p.paragraph.end);
        while (alias.begin < alias.end &&
               (CodePointAt(text, alias.begin) == U'“' ||
                CodePointAt(text, alias.begin) == U'"')) {
          alias.begin = NextCharBoundary(text, alias.begin);
        }
        if (alias.end > alias.begin && alias.end - alias.begin <= 30)
          p.aliases.push_back(alias);
        at = para.find(cue, at + cue.size());
      }
    }
    if (p.kind == RoleKind::kStatutoryRepresentative ||
        p.kind == RoleKind::kAgent ||
        p.kind == RoleKind::kLegalRepresentative) {
      for (int j = static_cast<int>(out.size()) - 1; j >= 0; --j) {
        const RoleKind k = out[j].kind;
        if (k != RoleKind::kStatutoryRepresentative && k != RoleKind::kAgent &&
            k != RoleKind::kLegalRepresentative) {
          p.represents = j;
          break;
        }
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace wenshu
