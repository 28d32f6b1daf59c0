#include "redactors/address_detector.h"

#include <string.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>

#include "core/byte_search.h"
#include "core/utf8.h"
#include "redactors/literal_automaton.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

constexpr size_t kMaxAddressChars = 60;
constexpr size_t kMaxBracketChars = 20;
constexpr size_t kMaxSubjectBytes = 240;

// s.rfind(needle), by memrchr and FindBytes: std::string_view::rfind compares
// the needle at every position, which the subject search (a few dozen
// labels over a sentence, for every cue) cannot afford.
size_t LastOf(std::string_view s, std::string_view needle) {
  if (needle.empty() || needle.size() > s.size())
    return needle.empty() ? s.size() : std::string_view::npos;
  if (needle.size() == 1) {
    const void* hit = memrchr(s.data(), needle[0], s.size());
    return hit == nullptr ? std::string_view::npos
                          : static_cast<const char*>(hit) - s.data();
  }
  size_t last = std::string_view::npos;
  for (size_t at = FindBytes(s, needle); at != std::string_view::npos;
       at = FindBytes(s, needle, at + 1)) {
    last = at;
  }
  return last;
}

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
         cue == "住所地" || cue == "实际居住地" || cue == "原居住地" ||
         cue == "原住址" || cue == "原暂住地";
}

// Nouns for a home that the body puts anywhere in a sentence (在其居住地…,
// 回到其住处…): an address after them in mid-sentence counts only when it
// starts with an administrative name (其住处楼下, 其居住地附近 are not).
bool HomeNounCue(std::string_view cue) {
  return cue == "居住地" || cue == "居住处" || cue == "住处" ||
         cue == "暂住处" || cue == "租住处" || cue == "现住处";
}

// Cues that start the next home of a list written without a comma
// (户籍地某县某村3组12号现住某区…): the address before them ends there.
bool StartsListedHome(std::string_view text, size_t p) {
  for (std::string_view w : {"现住", "现居", "现暂住", "暂住", "原住", "户籍",
                             "居住地", "经常居住", "住所地"}) {
    if (text.substr(p, w.size()) == w) return true;
  }
  return false;
}

// Words that make a text a home address even without a county before it:
// a village or a residential unit (旅店二楼 or 一楼 is where someone slept,
// not an address).
bool LooksLikeAddress(std::string_view s) {
  if (s.substr(0, 6) == "同上" || s.substr(0, 6) == "不详") return false;
  for (std::string_view w :
       {"村",   "组",   "号",   "弄",   "小区", "栋",   "幢",   "室",
        "单元", "镇",   "乡",   "社区", "屯",   "苑",   "花园", "家园",
        "公寓", "大厦", "山庄", "宿舍", "新城", "庄园", "别墅", "公馆"}) {
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
    case U'该':
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
      U"号室组楼栋幢元弄户村区巷路街苑屯庄镇乡院层座排场连队园厦寓舍";
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
  static const LiteralSet kNarrative(
      {"查获", "抓获", "缴获", "扣押", "作为", "进行", "提供",   "贩卖",
       "吸食", "容留", "购买", "窃取", "盗窃", "实施", "被公安", "被民警",
       "被抓", "将其", "对其", "向其", "家中", "家里"});
  return std::min(kNarrative.FindFrom(address, 0), address.size());
}

// Where the sentence goes on inside the dwelling the address numbers
// (…140-301中并拒绝…, …5号内查获…): 内, 里 or 中 right after a number or
// after 室, 号 or 户. The address's size when it does not.
size_t CutInsideDwelling(std::string_view address) {
  static constexpr std::u32string_view kAfter =
      U"0123456789０１２３４５６７８９室号户";
  char32_t previous = 0;
  for (size_t i = 0; i < address.size(); i = NextCharBoundary(address, i)) {
    const char32_t c = CodePointAt(address, i);
    if ((c == U'内' || c == U'里' || c == U'中') && previous != 0 &&
        kAfter.find(previous) != std::u32string_view::npos)
      return i;
    previous = c;
  }
  return address.size();
}

size_t TrimRunOn(std::string_view address) {
  address = address.substr(0, CutAtNarrative(address));
  address = address.substr(0, CutInsideDwelling(address));
  size_t last_unit = 0;
  for (size_t i = 0; i < address.size(); i = NextCharBoundary(address, i)) {
    if (EndsAddressUnit(CodePointAt(address, i)))
      last_unit = NextCharBoundary(address, i);
  }
  if (last_unit == 0) return address.size();
  const std::string_view tail = address.substr(last_unit);
  // 101室内吸毒, 3组家门口, 5号内 (before 查获): the place inside or at the
  // unit is the sentence going on.
  static constexpr std::u32string_view kInside = U"内里中处旁外边门";
  if ((Utf8CharCount(tail) >= 2 &&
       kInside.find(CodePointAt(tail, 0)) != std::u32string_view::npos) ||
      tail == "内")
    return last_unit;
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
    if (p > begin && StartsListedHome(text, p)) break;
    p = NextCharBoundary(text, p);
    ++chars;
  }
  return p;
}

// True when the text numbers a dwelling (3号, X栋, 五组, 2单元): a home
// even where nothing administrative precedes it (对其租住处某里X栋X室进行).
bool HasNumberedUnit(std::string_view s) {
  static constexpr std::u32string_view kUnits = U"号室栋幢元组弄";
  static constexpr std::u32string_view kNumerals =
      U"0123456789一二三四五六七八九十百零〇两XxＸ×*＊";
  char32_t previous = 0;
  for (size_t i = 0; i < s.size(); i = NextCharBoundary(s, i)) {
    const char32_t c = CodePointAt(s, i);
    if (kUnits.find(c) != std::u32string_view::npos &&
        kNumerals.find(previous) != std::u32string_view::npos && previous != 0)
      return true;
    previous = c;
  }
  return false;
}

// A character a place's name can start with: Han, or a mask the court
// wrote for it (XX省, ××区).
bool StartsName(char32_t c) {
  return IsHan(c) || c == 'X' || c == U'Ｘ' || c == U'×' || c == U'＊';
}

// True when the address ends where a clause or a listed home does, not
// where the reading stopped for length.
bool EndsClause(std::string_view text, size_t end) {
  return end >= text.size() || EndsAddress(CodePointAt(text, end)) ||
         text[end] == '(' || StartsListedHome(text, end);
}

// Words that make the text after a county about something else than a
// home (居住在某县多年, 住某县务工, 住址不详).
bool IsNotAHome(std::string_view detail) {
  for (std::string_view w :
       {"期间", "至今", "以来", "多年", "务工", "打工", "经商", "工作", "生活",
        "居住", "一起", "同住", "不详", "同上", "原籍", "农村"}) {
    if (detail.find(w) != std::string_view::npos) return true;
  }
  // A kind of home, not its name (住某区老宅, 居住在某县城区, 住某区亲戚家).
  for (std::string_view w :
       {"老宅", "老家", "家中", "家里", "租房", "出租屋", "出租房", "宿舍",
        "城区", "城里", "市区", "县城", "郊区", "乡下", "老屋", "祖屋"}) {
    if (detail == w) return true;
  }
  // Function words and verbs no estate's or village's name holds
  // (暂住某区打零工, 住某区跟随父母).
  static constexpr std::u32string_view kVerbs =
      U"打做读卖干帮跟被把给让没是为以因去也还就又再吗呢吧及或在从到向";
  for (size_t i = 0; i < detail.size(); i = NextCharBoundary(detail, i)) {
    if (kVerbs.find(CodePointAt(detail, i)) != std::u32string_view::npos)
      return true;
  }
  static constexpr std::u32string_view kEnds = U"时后前的了过着等人家工活农";
  char32_t last = 0;
  for (size_t i = 0; i < detail.size(); i = NextCharBoundary(detail, i))
    last = CodePointAt(detail, i);
  return kEnds.find(last) != std::u32string_view::npos;
}

// Words that say near where, not which home (住某区附近, 某区一带). After a
// numbered dwelling they locate it further (某路8号南侧隔壁) and go with it.
bool SaysNear(std::string_view detail) {
  for (std::string_view w :
       {"附近", "一带", "境内", "辖区", "等地", "隔壁", "对面", "旁边", "侧",
        "楼下", "楼上", "后面", "前面", "周边", "周围", "方向"}) {
    if (detail.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Two to twelve Han or mask characters that do not start inside something
// (内, 里, 中...) or with a function word, and say nothing but a place.
bool IsPlaceText(std::string_view detail) {
  const size_t chars = Utf8CharCount(detail);
  if (chars < 2 || chars > 12) return false;
  for (size_t i = 0; i < detail.size(); i = NextCharBoundary(detail, i)) {
    const char32_t c = CodePointAt(detail, i);
    if (!IsHan(c) && c != U'×' && c != U'*' && c != U'＊' && c != 'X' &&
        c != 'x')
      return false;
  }
  const char32_t first = CodePointAt(detail, 0);
  static constexpr std::u32string_view kInside = U"内里中处旁外边";
  if (CannotStartAddress(first) ||
      kInside.find(first) != std::u32string_view::npos)
    return false;
  return !IsNotAHome(detail);
}

// A home named by its estate, village or building alone (住某区幸福花园,
// 住某县桃花岭): place text that ends a clause, and not a 附近.
bool NamesAHome(std::string_view detail) {
  return IsPlaceText(detail) && !SaysNear(detail);
}

// True when the text after a cue names an institution, not a home:
// 户籍所在地社区矫正机构, 住所地某区司法局, 居住地派出所, 住所地人民法院.
// A home inside, beside or numbered before one (某大学教工宿舍5栋,
// 某村委会3组, 某路18号某银行对面) is a home.
bool NamesInstitution(std::string_view address) {
  static const LiteralSet kInstitutions(
      {"社区矫正", "矫正机构",   "司法局",     "司法所",   "司法行政",
       "派出所",   "公安局",     "公安分局",   "公安机关", "人民法院",
       "法院",     "检察院",     "看守所",     "拘留所",   "戒毒所",
       "监狱",     "村民委员会", "居民委员会", "村委会",   "居委会",
       "人民政府", "办事处",     "学校",       "小学",     "中学",
       "大学",     "学院",       "幼儿园",     "医院",     "卫生院",
       "公司",     "银行",       "机关"});
  // The earliest, and of those starting there the first in the list.
  const size_t at = kInstitutions.FindFrom(address, 0);
  if (at == std::string_view::npos) return false;
  const std::vector<std::string>& words = kInstitutions.literals();
  const auto word = std::find_if(
      words.begin(), words.end(),
      [&](const std::string& w) { return address.substr(at).starts_with(w); });
  const size_t after = at + word->size();
  // 某路18号某银行对面: a numbered home near an institution.
  if (HasNumberedUnit(address.substr(0, at))) return false;
  const std::string_view rest = address.substr(after);
  for (std::string_view w : {"宿舍", "家属", "小区", "生活区", "住宅", "栋",
                             "幢", "单元", "室", "号", "组"}) {
    if (rest.find(w) != std::string_view::npos) return false;
  }
  for (char c : rest) {
    if (c >= '0' && c <= '9') return false;
  }
  return true;
}

// The cue words, in the order the cue pattern tries them.
constexpr std::string_view kCueWords[] = {
    "家住",       "户籍所在地", "户籍所在",   "户籍地址", "户籍登记地",
    "原户籍地",   "户籍地",     "户口所在地", "户籍",     "经常居住地",
    "实际居住地", "现居住地",   "原居住地",   "居住地",   "居住处",
    "现住址",     "原住址",     "住址",       "现住地",   "原住地",
    "现住所",     "原住所",     "现住处",     "住所地",   "住所",
    "暂住处",     "租住处",     "住处",       "现暂住地", "原暂住地",
    "现暂住",     "暂住地",     "暂住",       "现租住",   "租住",
    "现居住",     "居住",       "现居",       "现住",     "原住",
    "住"};

// Every cue word holds one of these within its first characters: a match
// can only start that many bytes before one of them (AddressDetector::
// CueStarts).
constexpr std::string_view kCueAnchors[] = {"住", "户", "居"};

// Every home tied to a place (位于…的家) starts with this word.
constexpr std::string_view kTie = "位于";

// The match ends where the address starts. Everything after the cue word
// is optional, so the word the pattern takes is the first of kCueWords the
// match starts with (FirstCueWord): no group asks the regex engine for it,
// which would send every match through its slower engines.
std::string CuePattern() {
  std::string pattern = "(?:";
  for (std::string_view word : kCueWords) {
    if (pattern.size() > 3) pattern += "|";
    pattern += word;
  }
  pattern +=
      ")"
      "(?:[及和与、](?:现住址|现住地|居住地|住址|暂住地|现住|住所地|"
      "经常居住地))?"
      "(?:地址)?(?:均为|均系|均在|位于|为|系|是|在|于|即)?\\s*:?\\s*";
  return pattern;
}

// The cue word a match of the cue pattern holds: the first of kCueWords it
// starts with.
std::string_view FirstCueWord(std::string_view match) {
  for (std::string_view word : kCueWords) {
    if (match.starts_with(word)) return match.substr(0, word.size());
  }
  return {};  // cannot happen: every match starts with a cue word
}

}  // namespace

AddressDetector::AddressDetector() : AddressDetector(Gazetteer::Instance()) {}

AddressDetector::AddressDetector(const Gazetteer& gazetteer)
    : gazetteer_(gazetteer),
      cue_at_("^(?:" + CuePattern() + ")"),
      home_tie_(kHomeTie) {
  for (std::string_view word : kCueWords) {
    size_t offset = std::string_view::npos;
    for (std::string_view anchor : kCueAnchors)
      offset = std::min(offset, word.find(anchor));
    if (offset == std::string_view::npos) {
      std::fprintf(stderr, "wenshu: address cue %.*s holds no anchor\n",
                   static_cast<int>(word.size()), word.data());
      std::abort();
    }
    auto it = std::find_if(cue_prefixes_.begin(), cue_prefixes_.end(),
                           [&](const auto& p) { return p.first == offset; });
    if (it == cue_prefixes_.end())
      it = cue_prefixes_.insert(cue_prefixes_.end(), {offset, {}});
    const std::string_view prefix = word.substr(0, offset);
    if (std::find(it->second.begin(), it->second.end(), prefix) ==
        it->second.end())
      it->second.push_back(prefix);
  }
}

std::vector<size_t> AddressDetector::CueStarts(
    std::string_view text, const ByteRange& region,
    const ScanContext::TriggerHits* hits) const {
  const std::string_view window =
      text.substr(region.begin, region.end - region.begin);
  std::vector<size_t> starts;
  // An anchor at `at` in the window: the cue words' starts before it.
  const auto add = [&](size_t at) {
    for (const auto& [offset, prefixes] : cue_prefixes_) {
      if (at < offset) continue;
      const std::string_view before = window.substr(at - offset, offset);
      if (std::find(prefixes.begin(), prefixes.end(), before) != prefixes.end())
        starts.push_back(region.begin + at - offset);
    }
  };
  if (hits != nullptr) {
    // TriggerWords: the anchors first, each a single character.
    for (const WordHit& hit : *hits) {
      if (hit.word >= std::size(kCueAnchors) || hit.begin < region.begin ||
          hit.begin + kCueAnchors[hit.word].size() > region.end)
        continue;
      add(hit.begin - region.begin);
    }
  } else {
    for (std::string_view anchor : kCueAnchors) {
      for (size_t at = FindBytes(window, anchor); at != std::string_view::npos;
           at = FindBytes(window, anchor, at + anchor.size()))
        add(at);
    }
  }
  SortUnique(&starts);
  return starts;
}

std::vector<std::string> AddressDetector::TriggerWords() const {
  // Every cue word holds an anchor (the constructor checks it; 现居 holds
  // no 住), and every tie starts with 位于.
  std::vector<std::string> words(std::begin(kCueAnchors),
                                 std::end(kCueAnchors));
  words.emplace_back(kTie);
  return words;
}

// Within 61 characters after 位于, the first 的 or character the pattern
// stops at must be a 的 after at least two characters, and a home noun's
// first character must follow it.
bool AddressDetector::MayTieHome(std::string_view text) {
  if (text.substr(0, kTie.size()) != kTie) return false;
  size_t pos = kTie.size();
  for (size_t chars = 0; pos < text.size(); ++chars) {
    const char32_t c = CodePointAt(text, pos);
    pos = NextCharBoundary(text, pos);
    if (c == U'的') {
      if (chars < 2 || pos >= text.size()) return false;
      static constexpr std::u32string_view kNounStarts = U"家住寓租出";
      return kNounStarts.find(CodePointAt(text, pos)) !=
             std::u32string_view::npos;
    }
    static constexpr std::u32string_view kStops = U",;:()。、\t\n\f\r ";
    if (chars == 60 || kStops.find(c) != std::u32string_view::npos)
      return false;
  }
  return false;
}

bool AddressDetector::OrganisationBefore(std::string_view text, size_t cue) {
  return OrganisationBeforeAt(text, cue, 0);
}

bool AddressDetector::OrganisationBeforeAt(std::string_view text, size_t cue,
                                           int depth) {
  // The sentence (or party paragraph) the cue stands in.
  size_t start = cue > kMaxSubjectBytes ? cue - kMaxSubjectBytes : 0;
  // Inside a character: start at the next one.
  if (const size_t at = CharStart(text, start); at != start)
    start = std::min(cue, NextCharBoundary(text, at));
  std::string_view before = text.substr(start, cue - start);
  // Paragraphs are often joined by one space. `stop_at`: where the stop
  // that opens the cue's clause stands.
  size_t stop_at = std::string_view::npos;
  for (std::string_view stop : {"。", ";", "\n", " "}) {
    const size_t p = LastOf(before, stop);
    if (p != std::string_view::npos) {
      stop_at = static_cast<size_t>(before.data() - text.data()) + p;
      before.remove_prefix(p + stop.size());
    }
  }
  // The subject starts after the last role label (where the last of them
  // to end ends): a company's 法定代表人 has a home address of their own.
  // The labels, all looked for in one pass.
  static const LiteralAutomaton* const kRoleLabels =
      new LiteralAutomaton(std::vector<std::string_view>{
          "被告人",     "被告",       "原告",       "上诉人",
          "申请人",     "第三人",     "罪犯",       "被执行人",
          "申请执行人", "被害人",     "证人",       "再审申请人",
          "法定代表人", "负责人",     "法定代理人", "委托诉讼代理人",
          "委托代理人", "诉讼代理人", "诉讼代表人", "代表人",
          "经营者",     "投资人",     "辩护人",     "实际控制人",
          "股东"});
  size_t subject = 0;
  kRoleLabels->ForEachEnd(before, [&](size_t end, size_t) {
    subject = end;
    return true;
  });
  if (subject == 0 &&
      before.find_first_not_of(" ,:") == std::string_view::npos) {
    // The cue opens its sentence, line or paragraph (成立。住所：..., a
    // company's name on the line before 住所地：...): the subject is the
    // previous one's.
    if (stop_at == std::string_view::npos) {
      // The previous sentence, looked for no further back than a few
      // subjects' lengths: a text without a full stop costs no scan of
      // everything before the cue.
      const size_t from =
          cue > 4 * kMaxSubjectBytes ? cue - 4 * kMaxSubjectBytes : 0;
      const size_t p = LastOf(text.substr(from, cue - from), "。");
      if (p != std::string_view::npos) stop_at = from + p;
    }
    if (stop_at != std::string_view::npos && stop_at > 0 && depth < 2)
      return OrganisationBeforeAt(text, stop_at, depth + 1);
  }
  std::string_view name = before.substr(subject);
  while (!name.empty() &&
         (name.front() == ':' || name.front() == ' ' || name.front() == ','))
    name.remove_prefix(1);
  // The subject's name is its first clause (男,汉族 and the like follow).
  const size_t comma = name.find(',');
  if (comma != std::string_view::npos) name = name.substr(0, comma);
  // The words of an organisation's name, all looked for in one pass.
  static const LiteralAutomaton* const kOrganisationWords =
      new LiteralAutomaton(std::vector<std::string_view>{
          "公司",   "有限",   "集团",   "银行", "委员会", "合作社", "事务所",
          "政府",   "法院",   "检察院", "监狱", "看守所", "学校",   "大学",
          "医院",   "中心",   "协会",   "商会", "基金会", "工作室", "经营部",
          "门市部", "商行",   "分行",   "支行", "分公司", "派出所", "公安局",
          "管理局", "办事处", "中学",   "小学", "学院",   "幼儿园", "合伙",
          "企业",   "工程队", "超市",   "物业", "司法局", "司法所", "卫生院",
          "小组"});
  bool organisation_word = false;
  kOrganisationWords->ForEachEnd(name, [&](size_t, size_t) {
    organisation_word = true;
    return false;  // one is enough
  });
  if (organisation_word) return true;
  if (Utf8CharCount(name) >= 4) {
    for (std::string_view w : {"厂", "店", "局", "社", "院", "所", "部", "站",
                               "场", "馆", "校", "会", "处", "队"}) {
      if (EndsWith(name, w)) return true;
    }
  }
  return false;
}

void AddressDetector::Report(std::string_view text, size_t begin, size_t end,
                             bool closed, bool needs_admin,
                             std::string_view rule,
                             std::vector<Span>* out) const {
  if (end <= begin) return;
  const AdminPrefix prefix =
      gazetteer_.ParseAdminPrefix(text.substr(begin, end - begin));
  // The part below the administrative names may run on into the sentence.
  const size_t below = begin + prefix.end;
  const size_t read_end = end;
  end = below + TrimRunOn(text.substr(below, end - below));
  // A name or a locator after the last unit that ends the clause
  // (某路5号东方明珠, 某路8号南侧隔壁) is the home's, not the sentence going
  // on: the verify pass would read it so.
  if (closed && end < read_end) {
    const std::string_view tail = text.substr(end, read_end - end);
    if (CutAtNarrative(tail) == tail.size() && IsPlaceText(tail))
      end = read_end;
  }
  const std::string_view address = text.substr(begin, end - begin);
  switch (prefix.kind) {
    case AdminPrefix::Kind::kCounty:
    case AdminPrefix::Kind::kCountyByShape:
    case AdminPrefix::Kind::kAboveCounty: {
      const std::string_view detail = address.substr(prefix.end);
      if (!HasWordChar(detail)) return;
      // Without a unit or a number, the detail is a home only when it is
      // the whole rest of the clause (住某区幸福花园, 住某县桃花岭).
      if (!HasUnitOrNumber(detail) &&
          !(closed && end == read_end && NamesAHome(detail)))
        return;
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
      // A masked start (×××) is an address already masked: only a
      // masked administrative name (XX省XX市XX区) starts one to cut.
      if ((needs_admin && !HasNumberedUnit(address)) ||
          !IsHan(CodePointAt(address, 0)) ||
          CannotStartAddress(CodePointAt(address, 0)) ||
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
    // Where the last address read ended: a cue there starts the next home
    // of a list (…3组12号现住某区…).
    size_t last_end = std::string_view::npos;
    // The leftmost match of the cue pattern at or after `from`, as an
    // unanchored search of text[from, region.end) finds it, but tried only
    // where a cue word can start.
    const std::vector<size_t> starts =
        CueStarts(text, region, context.trigger_hits());
    size_t next = 0;
    const auto next_cue = [&]() {
      for (; next < starts.size(); ++next) {
        const size_t at = starts[next];
        if (at < from) continue;
        if (cue_at_.Search(text.substr(at, region.end - at), 0, &m))
          return true;
      }
      return false;
    };
    while (from < region.end && next_cue()) {
      const std::string_view whole = m.groups[0];
      const std::string_view cue = FirstCueWord(whole);
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
      const bool opens = OpensClause(before) || tied || cue_begin == last_end;
      if (!StrongCue(cue) && !HomeNounCue(cue) && !opens && !tied_by_de)
        continue;
      const bool needs_admin = HomeNounCue(cue) && !opens;
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
      if (begin_at >= text.size() || !StartsName(CodePointAt(text, begin_at)))
        continue;
      if (cue != "家住" && OrganisationBefore(text, cue_begin)) continue;
      const size_t end = AddressEnd(text, begin_at, /*stop_at_de=*/false);
      // 住所地人民法院, 户籍所在地社区矫正机构: an institution named by
      // someone's home, not the home.
      const std::string_view address = text.substr(begin_at, end - begin_at);
      if (NamesInstitution(address)) continue;
      // An organisation's domicile is followed by its legal representative.
      const std::string_view after = CharsAfter(text, end, 12);
      if (after.find("法定代表人") != std::string_view::npos ||
          after.find("负责人") != std::string_view::npos)
        continue;
      Report(text, begin_at, end, EndsClause(text, end), needs_admin,
             "home_address", &found);
      last_end = end;
      from = std::max(from, end);
    }
    // Every tie starts with 位于: tried at each, anchored, the leftmost
    // match at or after `from` as an unanchored search would find it.
    from = region.begin;
    std::vector<size_t> ties;  // where 位于 stands in the region
    if (const ScanContext::TriggerHits* hits = context.trigger_hits()) {
      for (const WordHit& hit : *hits) {
        if (hit.word == std::size(kCueAnchors) && hit.begin >= region.begin &&
            hit.begin + kTie.size() <= region.end)
          ties.push_back(hit.begin);
      }
    } else {
      const std::string_view in_region = text.substr(0, region.end);
      for (size_t at = FindBytes(in_region, kTie, region.begin);
           at != std::string_view::npos;
           at = FindBytes(in_region, kTie, at + 1))
        ties.push_back(at);
    }
    size_t next_at = 0;
    const auto next_tie = [&]() {
      for (; next_at < ties.size(); ++next_at) {
        const size_t at = ties[next_at];
        if (at < from || !MayTieHome(text.substr(at, region.end - at)))
          continue;
        const std::string_view tie = text.substr(at, region.end - at);
        if (home_tie_.SearchIn(tie, 0, tie.size(), &m)) {
          ++next_at;
          return true;
        }
      }
      return false;
    };
    while (from < region.end && next_tie()) {
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
      Report(text, begin, begin + address.size(), /*closed=*/true,
             /*needs_admin=*/false, "home_address_tied", &found);
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
