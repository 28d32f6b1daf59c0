#include "redactors/address_detector.h"

#include <algorithm>

#include "core/utf8.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

constexpr size_t kMaxAddressChars = 60;
constexpr size_t kMaxBracketChars = 20;
constexpr size_t kMaxSubjectBytes = 240;

// Characters that end an address (normalized text: half-width , ; : ( )).
bool EndsAddress(char32_t c) {
  switch (c) {
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
    case '[':
    case ']':
    case '!':
    case '?':
    case '"':
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case U'。':
    case U'、':
    case U'“':
    case U'”':
    case U'《':
    case U'》':
    case U'，':
    case U'；':
      return true;
    default:
      return false;
  }
}

// Where a cue may stand: at the start of a clause.
bool OpensClause(char32_t c) {
  return c == 0 || c == ',' || c == ';' || c == ':' || c == '(' || c == ' ' ||
         c == '\n' || c == '\r' || c == '\t' || c == U'。' || c == U'、' ||
         c == ')';
}

// Cues that say "home" wherever they stand; the others (住, 现住, 居住,
// 住所, 暂住, 租住, 户籍) need a clause start before them or 在/于 after.
bool StrongCue(std::string_view cue) {
  return cue == "家住" || cue == "户籍所在地" || cue == "户籍地址" ||
         cue == "户籍所在" || cue == "户籍地" || cue == "户口所在地" ||
         cue == "户籍登记地" || cue == "原户籍地" || cue == "经常居住地" ||
         cue == "现居住地" || cue == "住址" || cue == "现住址" ||
         cue == "现住地" || cue == "暂住地" || cue == "现暂住地" ||
         cue == "住所地";
}

// Words that make a text a home address even without a county before it:
// a village or a residential unit (旅店二楼 or 一楼 is where someone slept,
// not an address).
bool LooksLikeAddress(std::string_view s) {
  if (s.substr(0, 6) == "同上" || s.substr(0, 6) == "不详") return false;
  for (std::string_view w : {"村", "组", "号", "弄", "小区", "栋", "幢", "室",
                             "单元", "镇", "乡", "社区", "屯"}) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Characters an address cannot start with: what follows the cue is then
// about something else (居住的社区, 暂住地所在社区, 住址及手机号码).
bool CannotStartAddress(char32_t c) {
  switch (c) {
    case U'的':
    case U'所':
    case U'及':
    case U'和':
    case U'与':
    case U'等':
    case U'不':
    case U'信':
    case U'情':
    case U'证':
    case U'都':
    case U'也':
    case U'过':
    case U'了':
    case U'着':
    case U'期':
    case U'宿':
    case U'院':
    case U'房':
    case U'户':
    case U'无':
    case U'其':
    case U'同':
    case U'变':
    case U'登':
      return true;
    default:
      return false;
  }
}

// Verbs before 住 that make it "hold" or "stay", not "live": 入住, 抓住,
// 记住, 挡住.
bool HoldsNotLives(char32_t c) {
  static constexpr std::u32string_view kVerbs =
      U"入留借记抓保挡顶止围困拦忍压盯守站稳憋接按握扶拉扣捂堵卡夹咬抱搂揪拽锁"
      U"绑捆罩撑勒掐摁控缠拖顶";
  return kVerbs.find(c) != std::u32string_view::npos;
}

// Characters that can end an address: a sentence running on after it
// without a comma (暂住地某区某路1号底楼中间出租屋内先后两次容留...) is cut
// after the last of them.
bool EndsAddressUnit(char32_t c) {
  static constexpr std::u32string_view kEnds =
      U"号室组楼栋幢元弄户村区巷路街苑屯庄镇乡院层座排场连队园厦";
  return kEnds.find(c) != std::u32string_view::npos;
}

// True when a text below the county names a place: a unit character
// (镇, 村, 路, 号...) or a number. Other text after a county is the
// sentence going on (暂住地某区中间出租屋内...).
bool HasUnitOrNumber(std::string_view s) {
  for (size_t i = 0; i < s.size(); i = NextCharBoundary(s, i)) {
    const char32_t c = CodePointAt(s, i);
    if (EndsAddressUnit(c) || (c >= '0' && c <= '9') || c == U'×' ||
        c == U'*' || c == U'＊' || c == 'X' || c == 'x')
      return true;
  }
  return false;
}

// The address without a tail of at least four characters, none of them a
// digit, after its last unit character.
// Words that start the narrative, never an address: an address that runs
// into them (…4层中户内查获一批…, …100号作为生产场地, …自然村家中) ends there.
size_t CutAtNarrative(std::string_view address) {
  static constexpr std::string_view kNarrative[] = {
      "查获", "抓获", "缴获", "扣押", "作为", "进行", "提供",   "贩卖",
      "吸食", "容留", "购买", "窃取", "盗窃", "实施", "被公安", "被民警",
      "被抓", "将其", "对其", "向其", "家中", "家里"};
  size_t cut = address.size();
  for (std::string_view w : kNarrative) {
    const size_t at = FindText(address, w);
    if (at != std::string_view::npos && at < cut) cut = at;
  }
  return cut;
}

size_t TrimRunOn(std::string_view address) {
  address = address.substr(0, CutAtNarrative(address));
  size_t last_unit = 0;
  for (size_t i = 0; i < address.size(); i = NextCharBoundary(address, i)) {
    if (EndsAddressUnit(CodePointAt(address, i)))
      last_unit = NextCharBoundary(address, i);
  }
  if (last_unit == 0) return address.size();
  const std::string_view tail = address.substr(last_unit);
  if (Utf8CharCount(tail) < 4) return address.size();
  for (size_t i = 0; i < tail.size(); i = NextCharBoundary(tail, i)) {
    const char32_t c = CodePointAt(tail, i);
    if (!IsHan(c)) return address.size();  // digits, masks
  }
  return last_unit;
}

bool HasWordChar(std::string_view s) {
  for (size_t i = 0; i < s.size(); i = NextCharBoundary(s, i)) {
    const char32_t c = CodePointAt(s, i);
    if (IsHan(c) || IsAsciiAlnum(static_cast<char>(c < 0x80 ? c : 0)) ||
        c == U'×' || c == U'*' || c == U'＊')
      return true;
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// The end of the address that starts at `begin`: the first character that
// ends it, reading through a short bracketed note that the address
// continues after (户籍地湖南省宁乡县(现宁乡市)某镇).
size_t AddressEnd(std::string_view text, size_t begin, bool stop_at_de) {
  size_t p = begin;
  size_t chars = 0;
  while (p < text.size() && chars < kMaxAddressChars) {
    const char32_t c = CodePointAt(text, p);
    if (stop_at_de && c == U'的') break;
    if (c == '(') {
      size_t q = p + 1;
      size_t inner = 0;
      while (q < text.size() && inner <= kMaxBracketChars) {
        const char32_t d = CodePointAt(text, q);
        if (d == ')' || (EndsAddress(d) && d != ' ')) break;
        q = NextCharBoundary(text, q);
        ++inner;
      }
      if (q < text.size() && text[q] == ')' && q + 1 < text.size() &&
          !EndsAddress(CodePointAt(text, q + 1)) && p > begin) {
        p = q + 1;
        chars += inner + 2;
        continue;
      }
      break;
    }
    if (EndsAddress(c)) break;
    p = NextCharBoundary(text, p);
    ++chars;
  }
  return p;
}

}  // namespace

AddressDetector::AddressDetector() : AddressDetector(Gazetteer::Instance()) {}

AddressDetector::AddressDetector(const Gazetteer& gazetteer)
    : gazetteer_(gazetteer),
      cue_(
          "(家住|户籍所在地|户籍所在|户籍地址|户籍登记地|原户籍地|户籍地|"
          "户口所在地|"
          "户籍|经常居住地|现居住地|居住地|现住址|住址|现住地|现住所|现住处|"
          "住所地|住所|住处|现暂住地|现暂住|暂住地|暂住|现租住|租住|现居住|"
          "居住|现住|住)"
          "(?:[及和与、](?:现住址|现住地|居住地|住址|暂住地|现住|住所地|"
          "经常居住地))?"
          "(?:地址)?(?:均为|均系|均在|位于|为|系|是|在|于)?\\s*:?\\s*"),
      home_tie_(
          "位于([^,;:()。、\\s的]{2,60})的(?:家中|家里|家|住处|住所|"
          "住宅|寓所|租住房|租住屋|租住处|出租屋|出租房|租房)") {}

std::vector<std::string> AddressDetector::TriggerPatterns() const {
  return {"住|户籍|户口|居住|位于"};
}

bool AddressDetector::OrganisationBefore(std::string_view text, size_t cue) {
  // The sentence (or party paragraph) the cue stands in.
  size_t start = cue > kMaxSubjectBytes ? cue - kMaxSubjectBytes : 0;
  // Inside a character: start at the next one.
  if (const size_t at = CharStart(text, start); at != start)
    start = std::min(cue, NextCharBoundary(text, at));
  std::string_view before = text.substr(start, cue - start);
  // Paragraphs are often joined by one space.
  for (std::string_view stop : {"。", ";", "\n", " "}) {
    const size_t p = before.rfind(stop);
    if (p != std::string_view::npos) before.remove_prefix(p + stop.size());
  }
  // The subject starts after the last role label: a company's 法定代表人
  // has a home address of their own.
  size_t subject = 0;
  for (std::string_view label :
       {"被告人",     "被告",       "原告",       "上诉人",
        "申请人",     "第三人",     "罪犯",       "被执行人",
        "申请执行人", "被害人",     "证人",       "再审申请人",
        "法定代表人", "负责人",     "法定代理人", "委托诉讼代理人",
        "委托代理人", "诉讼代理人", "诉讼代表人", "代表人",
        "经营者",     "投资人",     "辩护人",     "实际控制人",
        "股东"}) {
    const size_t p = before.rfind(label);
    if (p != std::string_view::npos)
      subject = std::max(subject, p + label.size());
  }
  if (subject == 0 &&
      before.find_first_not_of(" ,:") == std::string_view::npos) {
    // The cue opens its sentence (成立。住所：...): the subject is the
    // previous sentence's.
    const size_t stop = text.substr(0, cue).rfind("。");
    if (stop != std::string_view::npos && stop > 0)
      return OrganisationBefore(text, stop);
  }
  std::string_view name = before.substr(subject);
  while (!name.empty() &&
         (name.front() == ':' || name.front() == ' ' || name.front() == ','))
    name.remove_prefix(1);
  // The subject's name is its first clause (男,汉族 and the like follow).
  const size_t comma = name.find(',');
  if (comma != std::string_view::npos) name = name.substr(0, comma);
  for (std::string_view w :
       {"公司",   "有限",   "集团",   "银行",   "委员会", "合作社",
        "事务所", "政府",   "法院",   "检察院", "监狱",   "看守所",
        "学校",   "大学",   "医院",   "中心",   "协会",   "商会",
        "基金会", "工作室", "经营部", "门市部", "商行",   "分行",
        "支行",   "分公司", "派出所", "公安局", "管理局", "办事处"}) {
    if (name.find(w) != std::string_view::npos) return true;
  }
  if (Utf8CharCount(name) >= 4) {
    for (std::string_view w : {"厂", "店", "局", "社", "院", "所", "部", "站",
                               "场", "馆", "校", "会"}) {
      if (EndsWith(name, w)) return true;
    }
  }
  return false;
}

void AddressDetector::Report(std::string_view text, size_t begin, size_t end,
                             std::string_view rule,
                             std::vector<Span>* out) const {
  if (end <= begin) return;
  const AdminPrefix prefix =
      gazetteer_.ParseAdminPrefix(text.substr(begin, end - begin));
  // The part below the administrative names may run on into the sentence.
  const size_t below = begin + prefix.end;
  end = below + TrimRunOn(text.substr(below, end - below));
  const std::string_view address = text.substr(begin, end - begin);
  switch (prefix.kind) {
    case AdminPrefix::Kind::kCounty:
    case AdminPrefix::Kind::kCountyByShape:
    case AdminPrefix::Kind::kAboveCounty: {
      const std::string_view detail = address.substr(prefix.end);
      if (!HasWordChar(detail) || !HasUnitOrNumber(detail)) return;
      Span s;
      s.begin = begin + prefix.end;
      s.end = end;
      s.category = Category::kAddress;
      s.rule = rule;
      s.reason =
          prefix.kind == AdminPrefix::Kind::kCounty
              ? "home address below the county-level unit of the gazetteer"
          : prefix.kind == AdminPrefix::Kind::kCountyByShape
              ? "home address below a county-level name (not in the "
                "gazetteer) after its province or prefecture"
              : "home address after a province or prefecture with no "
                "county-level unit: kept to the unit it names";
      s.removable = true;
      out->push_back(s);
      return;
    }
    case AdminPrefix::Kind::kNone:
      if (CannotStartAddress(CodePointAt(address, 0)) ||
          !LooksLikeAddress(address))
        return;
      Span s;
      s.begin = begin;
      s.end = end;
      s.category = Category::kAddress;
      s.rule = rule;
      s.reason =
          "home address whose county cannot be determined: removed whole";
      out->push_back(s);
      return;
  }
}

Status AddressDetector::Find(const Document& doc, ScanContext& context,
                             SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  std::vector<Span> found;
  RegexMatch m;
  for (const ByteRange& region : context.regions()) {
    size_t from = region.begin;
    while (from < region.end && cue_.SearchIn(text, from, region.end, &m)) {
      const std::string_view whole = m.groups[0];
      const std::string_view cue = m.groups[1];
      const size_t cue_begin = static_cast<size_t>(cue.data() - text.data());
      const size_t begin =
          static_cast<size_t>(whole.data() - text.data()) + whole.size();
      from = std::max(begin, cue_begin + 1);
      const char32_t before = CodePointBefore(text, cue_begin);
      const char32_t after_cue = CodePointAt(text, cue_begin + cue.size());
      const std::string_view connector =
          whole.substr(cue.size(), whole.size() - cue.size());
      const bool tied = connector.find("在") != std::string_view::npos ||
                        connector.find("于") != std::string_view::npos;
      const bool tied_by_de = after_cue == U'的' && EndsWith(cue, "住");
      if (!StrongCue(cue) && !OpensClause(before) && !tied && !tied_by_de)
        continue;
      // 住院, 住宿, 住房, 住户: not about where someone lives.
      if (EndsWith(cue, "住") &&
          (after_cue == U'院' || after_cue == U'宿' || after_cue == U'房' ||
           after_cue == U'户' || after_cue == U'手' || after_cue == U'持'))
        continue;
      size_t begin_at = begin;
      if (after_cue == U'的') {
        // 其租住的某市某路1号: a home when an administrative name follows;
        // 居住的社区 is not an address.
        if (!EndsWith(cue, "住") || connector.size() > 0) continue;
        begin_at = cue_begin + cue.size() + std::string_view("的").size();
        const size_t probe_end = AddressEnd(text, begin_at, false);
        if (gazetteer_
                .ParseAdminPrefix(text.substr(begin_at, probe_end - begin_at))
                .kind == AdminPrefix::Kind::kNone)
          continue;
      }
      if (cue == "住" && HoldsNotLives(before)) continue;
      if (begin_at >= text.size() || !IsHan(CodePointAt(text, begin_at)))
        continue;
      if (cue != "家住" && OrganisationBefore(text, cue_begin)) continue;
      const size_t end = AddressEnd(text, begin_at, /*stop_at_de=*/false);
      // 住所地人民法院: a court named by the parties' domicile.
      const std::string_view address = text.substr(begin_at, end - begin_at);
      if (address.find("人民法院") != std::string_view::npos) continue;
      // An organisation's domicile is followed by its legal representative.
      const std::string_view after = CharsAfter(text, end, 12);
      if (after.find("法定代表人") != std::string_view::npos ||
          after.find("负责人") != std::string_view::npos)
        continue;
      Report(text, begin_at, end, "home_address", &found);
      from = std::max(from, end);
    }
    from = region.begin;
    while (from < region.end &&
           home_tie_.SearchIn(text, from, region.end, &m)) {
      const std::string_view address = m.groups[1];
      const size_t begin = static_cast<size_t>(address.data() - text.data());
      from = begin + address.size();
      // 的家庭共有房屋, 的家具: a word starting with 家, not a home.
      const std::string_view whole = m.groups[0];
      if (EndsWith(whole, "的家")) {
        const char32_t next =
            CodePointAt(text, static_cast<size_t>(whole.data() - text.data()) +
                                  whole.size());
        static constexpr std::u32string_view kWords =
            U"庭具电属人族政长乡禽畜务产用私业境教";
        if (kWords.find(next) != std::u32string_view::npos) continue;
      }
      Report(text, begin, begin + address.size(), "home_address_tied", &found);
    }
  }
  // A 位于 address may also follow a cue: report it once.
  std::sort(found.begin(), found.end(), [](const Span& a, const Span& b) {
    return a.begin < b.begin || (a.begin == b.begin && a.end > b.end);
  });
  found.erase(std::unique(found.begin(), found.end(),
                          [](const Span& a, const Span& b) {
                            return a.begin == b.begin && a.end == b.end;
                          }),
              found.end());
  out->insert(out->end(), found.begin(), found.end());
  return Status::Ok();
}

}  // namespace wenshu
