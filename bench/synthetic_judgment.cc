#include "bench/synthetic_judgment.h"

#include <algorithm>
#include <cstdio>
#include <initializer_list>

#include "core/json.h"

namespace wenshu {
namespace {

// splitmix64: small, fast, and the same on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform enough in [0, n) for n far below 2^64; n > 0.
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  // In [lo, hi].
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(hi - lo + 1));
  }
  bool Percent(int p) { return Below(100) < static_cast<size_t>(p); }
  char Digit() { return static_cast<char>('0' + Below(10)); }
  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(N)];
  }

 private:
  uint64_t state_;
};

uint64_t MixSeed(uint64_t seed, uint64_t index) {
  Rng rng(seed ^ (index * 0xD1B54A32D192ED03ull));
  return rng.Next();
}

std::string Cat(std::initializer_list<std::string_view> parts) {
  size_t n = 0;
  for (std::string_view p : parts) n += p.size();
  std::string out;
  out.reserve(n);
  for (std::string_view p : parts) out.append(p);
  return out;
}

// One ideograph (three UTF-8 bytes) of a string of ideographs.
std::string_view PickChar(Rng& rng, std::string_view chars) {
  return chars.substr(rng.Below(chars.size() / 3) * 3, 3);
}

std::string DigitString(Rng& rng, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s.push_back(rng.Digit());
  return s;
}

// ---------------------------------------------------------------------------
// Chinese numerals.

constexpr std::string_view kChineseDigits[] = {"〇", "一", "二", "三", "四",
                                               "五", "六", "七", "八", "九"};

// 1..999 as read aloud: 十五, 一百零九, 六百六十七.
std::string ChineseNumber(int n) {
  std::string out;
  const int hundreds = n / 100, tens = n / 10 % 10, units = n % 10;
  if (hundreds) {
    out += kChineseDigits[hundreds];
    out += "百";
    if (tens == 0 && units) out += "零";
  }
  if (tens) {
    if (tens > 1 || hundreds) out += kChineseDigits[tens];
    out += "十";
  }
  if (units) out += kChineseDigits[units];
  return out;
}

// ---------------------------------------------------------------------------
// Invented people, places, organisations.

constexpr std::string_view kSurnames =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛"
    "段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔汤";
constexpr std::string_view kGivenChars =
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕彬鹏辉国志海东文"
    "博涵宇轩浩然欣怡萱俊雨桐远嘉佳琪子晨阳凯帆瑶婷雪梅琳颖倩慧鑫宏斌亮飞峰建庆"
    "春秋秀英德荣立新永祥福光耀云松";

struct Place {
  std::string_view province;  // empty for the municipalities
  std::string_view city;
  std::string_view district;
  std::string_view district_short;
  std::string_view court_code;         // basic court, in case numbers
  std::string_view appeal_court_code;  // intermediate court
  std::string_view appeal_court;
  std::string_view region;  // six digits, resident ID prefix
  std::string_view area_code;
  std::string_view plate_letters;  // office letters of the city's plates
};

constexpr Place kPlaces[] = {
    {"", "北京市", "朝阳区", "朝阳", "京0105", "京03", "北京市第三中级人民法院",
     "110105", "010", "ABCEFGHJKLMNPQ"},
    {"", "上海市", "浦东新区", "浦东", "沪0115", "沪01",
     "上海市第一中级人民法院", "310115", "021", "ABCDEFGHJKLMN"},
    {"", "天津市", "和平区", "和平", "津0101", "津01", "天津市第一中级人民法院",
     "120101", "022", "ABCEFGHJKLMN"},
    {"", "重庆市", "渝中区", "渝中", "渝0103", "渝01", "重庆市第五中级人民法院",
     "500103", "023", "ABCDFGH"},
    {"广东省", "广州市", "天河区", "天河", "粤0106", "粤01",
     "广东省广州市中级人民法院", "440106", "020", "A"},
    {"广东省", "深圳市", "南山区", "南山", "粤0305", "粤03",
     "广东省深圳市中级人民法院", "440305", "0755", "B"},
    {"浙江省", "杭州市", "西湖区", "西湖", "浙0106", "浙01",
     "浙江省杭州市中级人民法院", "330106", "0571", "A"},
    {"江苏省", "南京市", "鼓楼区", "鼓楼", "苏0106", "苏01",
     "江苏省南京市中级人民法院", "320106", "025", "A"},
    {"四川省", "成都市", "武侯区", "武侯", "川0107", "川01",
     "四川省成都市中级人民法院", "510107", "028", "AG"},
    {"湖北省", "武汉市", "江汉区", "江汉", "鄂0103", "鄂01",
     "湖北省武汉市中级人民法院", "420103", "027", "A"},
    {"河南省", "郑州市", "金水区", "金水", "豫0105", "豫01",
     "河南省郑州市中级人民法院", "410105", "0371", "A"},
    {"山东省", "济南市", "历下区", "历下", "鲁0102", "鲁01",
     "山东省济南市中级人民法院", "370102", "0531", "A"},
    {"陕西省", "西安市", "雁塔区", "雁塔", "陕0113", "陕01",
     "陕西省西安市中级人民法院", "610113", "029", "AU"},
    {"湖南省", "长沙市", "岳麓区", "岳麓", "湘0104", "湘01",
     "湖南省长沙市中级人民法院", "430104", "0731", "A"},
    {"福建省", "厦门市", "思明区", "思明", "闽0203", "闽02",
     "福建省厦门市中级人民法院", "350203", "0592", "D"},
    {"辽宁省", "沈阳市", "和平区", "和平", "辽0102", "辽01",
     "辽宁省沈阳市中级人民法院", "210102", "024", "A"},
    {"河北省", "石家庄市", "长安区", "长安", "冀0102", "冀01",
     "河北省石家庄市中级人民法院", "130102", "0311", "A"},
    {"安徽省", "合肥市", "蜀山区", "蜀山", "皖0104", "皖01",
     "安徽省合肥市中级人民法院", "340104", "0551", "A"},
    {"江西省", "南昌市", "东湖区", "东湖", "赣0102", "赣01",
     "江西省南昌市中级人民法院", "360102", "0791", "A"},
    {"云南省", "昆明市", "五华区", "五华", "云0102", "云01",
     "云南省昆明市中级人民法院", "530102", "0871", "A"},
    {"黑龙江省", "哈尔滨市", "道里区", "道里", "黑0102", "黑01",
     "黑龙江省哈尔滨市中级人民法院", "230102", "0451", "A"},
    {"广西壮族自治区", "南宁市", "青秀区", "青秀", "桂0103", "桂01",
     "广西壮族自治区南宁市中级人民法院", "450103", "0771", "A"},
};

constexpr std::string_view kStreets[] = {
    "建设路", "人民路", "解放路",   "中山路",   "和平街", "长江路",
    "文化路", "幸福路", "光明大道", "新华街",   "朝阳路", "青年路",
    "胜利街", "东风路", "学府路",   "滨江大道", "花园路", "工农路",
    "黄河路", "友谊街", "迎宾大道", "科技园路", "金融街", "北京路"};
constexpr std::string_view kCommunities[] = {
    "阳光花园", "金色家园", "翠湖小区", "锦绣苑",   "和谐家园", "紫荆公寓",
    "碧水湾",   "馨园小区", "世纪城",   "龙湖花园", "书香门第", "东方明珠苑"};
constexpr std::string_view kTowns[] = {"城关", "新塘", "石桥", "柳溪",
                                       "白沙", "黄田", "高桥", "清水"};
constexpr std::string_view kVillages[] = {"大王庄", "李家湾", "前进", "红星",
                                          "新民",   "枣林",   "河东", "团结"};
constexpr std::string_view kBrands[] = {"恒信", "华泰", "鑫源", "盛达", "中联",
                                        "金桥", "宏远", "天成", "博雅", "瑞丰",
                                        "汇通", "永昌", "嘉禾", "信达", "万邦",
                                        "广厦", "新航", "立德", "东升", "和盛"};
constexpr std::string_view kIndustries[] = {
    "商贸",     "建筑工程", "科技",     "房地产开发", "物业管理",
    "汽车销售", "餐饮管理", "装饰工程", "物流",       "电子商务",
    "建材",     "信息技术", "劳务派遣", "农业开发"};
constexpr std::string_view kEthnicities[] = {
    "汉", "汉", "汉", "汉", "汉", "汉", "回", "满", "壮", "土家", "苗"};
constexpr std::string_view kPinyin[] = {
    "wang", "li",  "zhang", "liu",  "chen", "yang", "huang", "zhao", "wu",
    "zhou", "xu",  "sun",   "ma",   "zhu",  "hu",   "guo",   "he",   "gao",
    "lin",  "luo", "wei",   "fang", "na",   "min",  "jing",  "li",   "qiang",
    "lei",  "jun", "yang",  "yong", "jie",  "tao",  "ming",  "chao", "hua",
    "ping", "hui", "hao",   "xin",  "yu",   "tian"};
constexpr std::string_view kMailDomains[] = {
    "qq.com",      "163.com",     "126.com",    "sina.com",
    "sohu.com",    "foxmail.com", "gmail.com",  "outlook.com",
    "hotmail.com", "139.com",     "aliyun.com", "yeah.net"};
constexpr std::string_view kMobilePrefixes[] = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
    "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
    "170", "173", "175", "176", "177", "178", "180", "181", "182", "183",
    "185", "186", "187", "188", "189", "191", "198", "199"};

struct CardBin {
  std::string_view prefix;
  int length;
};
struct Bank {
  std::string_view name;
  CardBin debit[2];
  CardBin credit;
};
constexpr Bank kBanks[] = {
    {"中国工商银行", {{"622202", 19}, {"621226", 19}}, {"427020", 16}},
    {"中国农业银行", {{"622848", 19}, {"622845", 19}}, {"622836", 16}},
    {"中国银行", {{"621661", 19}, {"621785", 19}}, {"409666", 16}},
    {"中国建设银行", {{"621700", 19}, {"622700", 19}}, {"436728", 16}},
    {"交通银行", {{"622262", 19}, {"622260", 19}}, {"458123", 16}},
    {"招商银行", {{"622588", 16}, {"621483", 16}}, {"439225", 16}},
    {"中国邮政储蓄银行", {{"621799", 19}, {"622188", 19}}, {"625919", 16}},
    {"中国民生银行", {{"622622", 16}, {"621691", 16}}, {"415599", 16}},
    {"中信银行", {{"622690", 16}, {"621771", 16}}, {"433670", 16}},
    {"上海浦东发展银行", {{"622521", 16}, {"621792", 16}}, {"456418", 16}},
};
constexpr std::string_view kInsurers[] = {
    "中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司",
    "中国太平洋财产保险股份有限公司", "中国人寿财产保险股份有限公司"};

struct Date {
  int year = 2020, month = 1, day = 1;
};

enum class CivilTheme { kLoan, kSale, kLease, kTraffic, kCard, kLabor };

// ---------------------------------------------------------------------------
// Check digits, written here independently of redactors/ on purpose: the
// corpus must not inherit a bug of the code it measures.

char IdCheckCharacter(std::string_view first17) {
  static constexpr int kWeights[] = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                     3, 7, 9,  10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheck[sum % 11];
}

char LuhnCheckDigit(std::string_view payload) {
  int sum = 0;
  bool doubled = true;  // the check digit will be appended on the right
  for (size_t i = payload.size(); i-- > 0;) {
    int d = payload[i] - '0';
    if (doubled) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    doubled = !doubled;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

constexpr std::string_view kCreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

char CreditCheckCharacter(std::string_view first17) {
  static constexpr int kWeights[] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                     29, 25, 13, 8,  24, 10, 30, 28};
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    sum += static_cast<int>(kCreditAlphabet.find(first17[i])) * kWeights[i];
  }
  return kCreditAlphabet[(31 - sum % 31) % 31];
}

// ---------------------------------------------------------------------------

struct Person {
  std::string name;
  bool male = true;
  Date birth;
  std::string id;
  std::string mobile;
  std::string address;
};

struct Company {
  std::string name;
  std::string credit_code;
  std::string address;
  std::string representative;
};

// Writes one document. Holds the document's random state and its habits
// (full-width digits, how paragraphs are joined).
class JudgmentWriter {
 public:
  JudgmentWriter(uint64_t seed, JudgmentKind kind)
      : rng_(seed), kind_(kind), place_(rng_.Pick(kPlaces)) {
    full_width_document_ = rng_.Percent(8);
    const int j = rng_.Between(0, 99);
    joiner_ = j < 45 ? "\n" : j < 70 ? " " : j < 88 ? "\n\u3000\u3000" : "";
    year_ = rng_.Between(2015, 2024);
    // Skewed towards short documents, as real ones are; integer
    // arithmetic so that every platform picks the same sizes.
    const uint64_t u = rng_.Below(10001);
    target_bytes_ = SyntheticJudgmentGenerator::kMinBytes +
                    (SyntheticJudgmentGenerator::kMaxBytes - 500 -
                     SyntheticJudgmentGenerator::kMinBytes) *
                        u * u / 100000000u;
    appeal_ = rng_.Percent(10) && kind != JudgmentKind::kAdministrative;
  }

  std::string Write();

 private:
  // Identifiers as this document writes them: a few documents use
  // full-width digits throughout, the others now and then.
  std::string Num(std::string s) {
    if (!full_width_document_ && !rng_.Percent(3)) return s;
    return FullWidth(s);
  }
  // Other numbers (dates, amounts, counts): full-width only in the documents
  // that write every digit so.
  std::string Plain(std::string s) {
    return full_width_document_ ? FullWidth(s) : s;
  }
  std::string Int(int v) { return Plain(std::to_string(v)); }
  static std::string FullWidth(std::string_view s) {
    std::string out;
    for (char c : s) {
      if (c >= '0' && c <= '9') {
        out += "\xEF\xBC";
        out.push_back(static_cast<char>(0x90 + (c - '0')));
      } else {
        out.push_back(c);
      }
    }
    return out;
  }

  // --- values
  std::string Name() {
    std::string n(PickChar(rng_, kSurnames));
    n += PickChar(rng_, kGivenChars);
    if (rng_.Percent(70)) n += PickChar(rng_, kGivenChars);
    return n;
  }
  Date RandomDate(int from_year, int to_year) {
    Date d{rng_.Between(from_year, to_year), rng_.Between(1, 12),
           rng_.Between(1, 28)};
    return d;
  }
  std::string DateText(const Date& d) {
    return Cat({Int(d.year), "年", Int(d.month), "月", Int(d.day), "日"});
  }
  std::string ChineseDateText(const Date& d) {
    std::string y;
    for (char c : std::to_string(d.year)) y += kChineseDigits[c - '0'];
    return Cat(
        {y, "年", ChineseNumber(d.month), "月", ChineseNumber(d.day), "日"});
  }
  std::string EventDate() { return DateText(RandomDate(year_ - 3, year_ - 1)); }
  std::string Amount() {
    const int form = rng_.Between(0, 9);
    if (form < 4) return Int(rng_.Between(1, 2000) * 100) + "元";
    if (form < 6) {
      const int thousands = rng_.Between(1, 999);
      return Int(thousands) + "," + Plain(DigitString(rng_, 3)) + "元";
    }
    if (form < 8) {
      return Int(rng_.Between(100, 500000)) + "." + Int(rng_.Between(10, 99)) +
             "元";
    }
    if (form < 9) return Int(rng_.Between(1, 300)) + "万元";
    return "人民币" + Int(rng_.Between(1, 900) * 1000) + "元";
  }
  std::string IdNumber(const Date& birth) {
    std::string id(place_.region.substr(0, 4));
    if (rng_.Percent(40))
      id = std::string(rng_.Pick(kPlaces).region.substr(0, 4));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d%04d%02d%02d", rng_.Between(1, 28),
                  birth.year, birth.month, birth.day);
    id += buf;
    id += DigitString(rng_, 3);
    id.push_back(IdCheckCharacter(id));
    if (id.back() == 'X' && rng_.Percent(20)) id.back() = 'x';
    return Num(id);
  }
  std::string Mobile() {
    std::string m =
        std::string(rng_.Pick(kMobilePrefixes)) + DigitString(rng_, 8);
    const int form = rng_.Between(0, 19);
    if (form == 0)
      m = m.substr(0, 3) + " " + m.substr(3, 4) + " " + m.substr(7);
    if (form == 1)
      m = m.substr(0, 3) + "-" + m.substr(3, 4) + "-" + m.substr(7);
    if (form == 2) m = "+86 " + m;
    return Num(m);
  }
  std::string Landline() {
    const bool eight = place_.area_code.size() == 3 || rng_.Percent(60);
    std::string local(1, static_cast<char>('2' + rng_.Below(7)));
    local += DigitString(rng_, eight ? 7 : 6);
    const int form = rng_.Between(0, 9);
    if (form < 6) return Num(std::string(place_.area_code) + "-" + local);
    if (form < 8)
      return Cat({"（", Num(std::string(place_.area_code)), "）", Num(local)});
    return Num(std::string(place_.area_code) + "-" + local + "-" +
               DigitString(rng_, 3));
  }
  std::string Card(const Bank& bank, bool credit) {
    const CardBin& bin = credit ? bank.credit : bank.debit[rng_.Below(2)];
    std::string c(bin.prefix);
    c +=
        DigitString(rng_, bin.length - 1 - static_cast<int>(bin.prefix.size()));
    c.push_back(LuhnCheckDigit(c));
    if (rng_.Percent(15)) {
      std::string grouped;
      for (size_t i = 0; i < c.size(); i += 4) {
        if (i) grouped += ' ';
        grouped += c.substr(i, 4);
      }
      c = grouped;
    }
    return Num(c);
  }
  std::string Plate() {
    const Place& p = rng_.Percent(80) ? place_ : rng_.Pick(kPlaces);
    std::string plate(p.court_code.substr(0, 3));  // the province character
    plate.push_back(p.plate_letters[rng_.Below(p.plate_letters.size())]);
    if (rng_.Percent(10)) plate += "·";
    static constexpr std::string_view kLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    if (rng_.Percent(15)) {  // new energy
      plate.push_back(rng_.Percent(50) ? 'D' : 'F');
      plate.push_back(rng_.Percent(50) ? kLetters[rng_.Below(kLetters.size())]
                                       : rng_.Digit());
      plate += DigitString(rng_, 4);
    } else {
      for (int i = 0; i < 5; ++i) {
        plate.push_back(i >= 2 || rng_.Percent(75)
                            ? rng_.Digit()
                            : kLetters[rng_.Below(kLetters.size())]);
      }
    }
    return Num(plate);
  }
  std::string Email() {
    std::string local;
    if (rng_.Percent(30)) {
      return std::to_string(rng_.Between(10000, 999999999)) + "@qq.com";
    }
    local = rng_.Pick(kPinyin);
    if (rng_.Percent(30)) local += rng_.Percent(50) ? "." : "_";
    local += rng_.Pick(kPinyin);
    if (rng_.Percent(70)) local += std::to_string(rng_.Between(1, 2005));
    return local + "@" + std::string(rng_.Pick(kMailDomains));
  }
  std::string Qq() {
    return Num(std::to_string(rng_.Between(10000, 2999999999 / 10) * 10 +
                              rng_.Between(0, 9)));
  }
  std::string Wechat() {
    static constexpr std::string_view kAlnum =
        "abcdefghijklmnopqrstuvwxyz0123456789";
    const int form = rng_.Between(0, 2);
    std::string w;
    if (form == 0) {
      w = "wxid_";
      for (int i = rng_.Between(10, 14); i > 0; --i)
        w.push_back(kAlnum[rng_.Below(kAlnum.size())]);
    } else if (form == 1) {
      w = std::string(rng_.Pick(kPinyin)) + (rng_.Percent(50) ? "_" : "") +
          std::string(rng_.Pick(kPinyin)) +
          std::to_string(rng_.Between(1, 9999));
    } else {
      w = std::string(rng_.Pick(kPinyin));
      w[0] = static_cast<char>(w[0] - 'a' + 'A');
      w += std::to_string(rng_.Between(1960, 2010));
    }
    return w;
  }
  std::string CreditCode() {
    std::string c = "91";
    c += place_.region;
    c += "MA";
    for (int i = 0; i < 7; ++i) {
      c.push_back(kCreditAlphabet[rng_.Below(kCreditAlphabet.size())]);
    }
    c.push_back(CreditCheckCharacter(c));
    return c;
  }
  std::string PractisingLicence() {
    return Num("1" + std::string(place_.region.substr(0, 4)) +
               Int(rng_.Between(2005, year_ - 1)) + "1" +
               std::to_string(rng_.Between(0, 1)) + DigitString(rng_, 6));
  }
  std::string CaseNumber(int year, std::string_view court_code,
                         std::string_view type) {
    return Cat({"（", Int(year), "）", Plain(std::string(court_code)), type,
                Int(rng_.Between(1, 39999)), "号"});
  }
  std::string Address(const Place& p) {
    std::string a = Cat({p.province, p.city, p.district});
    if (rng_.Percent(75)) {
      a += Cat({rng_.Pick(kStreets), Int(rng_.Between(1, 999)), "号",
                rng_.Pick(kCommunities), Int(rng_.Between(1, 30)), "栋",
                Int(rng_.Between(1, 6)), "单元",
                Int(rng_.Between(1, 32) * 100 + rng_.Between(1, 8)), "室"});
    } else {
      a += Cat({rng_.Pick(kTowns), "镇", rng_.Pick(kVillages), "村",
                Int(rng_.Between(1, 12)), "组", Int(rng_.Between(1, 120)),
                "号"});
    }
    return a;
  }
  std::string Address() {
    return Address(rng_.Percent(70) ? place_ : rng_.Pick(kPlaces));
  }
  std::string CompanyName() {
    std::string city(
        place_.city.substr(0, place_.city.size() - 3));  // without 市
    return Cat({city, rng_.Pick(kBrands), rng_.Pick(kIndustries), "有限公司"});
  }
  std::string LawFirm() {
    const std::string_view where =
        place_.province.empty() ? place_.city : place_.province;
    return Cat(
        {where.substr(0, where.size() - 3), rng_.Pick(kBrands), "律师事务所"});
  }
  std::string BankBranch(const Bank& bank) {
    return Cat({bank.name, "股份有限公司",
                place_.city.substr(0, place_.city.size() - 3),
                place_.district_short, "支行"});
  }
  std::string Court() {
    return Cat({place_.city, place_.district, "人民法院"});
  }
  std::string Procuratorate() {
    return Cat({place_.city, place_.district, "人民检察院"});
  }

  Person NewPerson() {
    Person p;
    p.name = Name();
    p.male = rng_.Percent(60);
    p.birth = RandomDate(1950, 2004);
    p.id = IdNumber(p.birth);
    p.mobile = Mobile();
    p.address = Address();
    return p;
  }
  Company NewCompany() {
    return {CompanyName(), CreditCode(), Address(place_), Name()};
  }

  // A party block for a person: "原告：张三，男，1980年1月1日出生，…".
  std::string PersonBlock(std::string_view role, const Person& p, bool colon) {
    std::string s =
        Cat({role, colon ? "：" : "", p.name, "，", p.male ? "男" : "女", "，",
             DateText(p.birth), "出生，", rng_.Pick(kEthnicities), "族，"});
    const int form = rng_.Between(0, 3);
    if (form == 0) s += Cat({"住", p.address, "，公民身份号码", p.id});
    if (form == 1) s += Cat({"住", p.address, "，身份证号码：", p.id});
    if (form == 2) s += Cat({"公民身份号码", p.id, "，住", p.address});
    if (form == 3) s += Cat({"住", p.address});
    if (rng_.Percent(45))
      s += Cat({rng_.Percent(50) ? "，联系电话" : "，电话：", p.mobile});
    return s + "。";
  }
  // A company's party block and the line naming its representative.
  void AddCompanyBlock(std::string_view role, const Company& c) {
    std::string s = Cat({role, "：", c.name, "，住所地", c.address});
    if (rng_.Percent(80)) s += Cat({"，统一社会信用代码", c.credit_code});
    Add(s + "。");
    Add(Cat({"法定代表人：", c.representative, "，该公司",
             rng_.Percent(50) ? "总经理" : "执行董事", "。"}));
  }
  std::string LawyerBlock(std::string_view role) {
    std::string s = Cat({role, "：", Name(), "，", LawFirm(), "律师"});
    if (rng_.Percent(30)) s += Cat({"，执业证号", PractisingLicence()});
    if (rng_.Percent(15)) s += Cat({"，联系电话", Landline()});
    return s + "。";
  }

  // --- paragraphs
  void Add(std::string paragraph) {
    size_ += paragraph.size() + (paragraphs_.empty() ? 0 : joiner_.size());
    paragraphs_.push_back(std::move(paragraph));
  }
  std::string Join() const {
    std::string out;
    out.reserve(size_);
    for (size_t i = 0; i < paragraphs_.size(); ++i) {
      if (i) out += joiner_;
      out += paragraphs_[i];
    }
    return out;
  }
  // Adds at least one paragraph from `make`, and more until the document,
  // with `reserved` bytes still to come, reaches `goal` bytes. Never past
  // the maximum size.
  template <typename Make>
  void Fill(size_t goal, size_t reserved, Make make) {
    do {
      std::string p = make();
      if (size_ + reserved + p.size() >
          SyntheticJudgmentGenerator::kMaxBytes - 200)
        break;
      Add(std::move(p));
    } while (size_ + reserved < goal);
  }
  std::string Tail(std::string_view appeal_text);

  void WriteCivil();
  void WriteCriminal();
  void WriteAdministrative();
  // A paragraph of the facts and reasons. Most paragraphs of a real
  // judgment name no identifier; the Plain* ones never do.
  std::string CivilFact(const std::string& p, const std::string& d);
  std::string PlainCivilFact(const std::string& p, const std::string& d);
  std::string CriminalFact(const std::string& accused, std::string_view crime);
  std::string PlainCriminalFact(const std::string& accused,
                                std::string_view crime);
  std::string AdministrativeFact(const std::string& p,
                                 const std::string& agency);
  std::string PlainAdministrativeFact(const std::string& p);

  Rng rng_;
  JudgmentKind kind_;
  const Place& place_;
  bool full_width_document_ = false;
  bool appeal_ = false;
  CivilTheme theme_ = CivilTheme::kLoan;
  std::string joiner_;
  int year_ = 2023;
  size_t target_bytes_ = 0;
  size_t size_ = 0;
  std::vector<std::string> paragraphs_;
};

std::string JudgmentWriter::Write() {
  switch (kind_) {
    case JudgmentKind::kCivil:
      WriteCivil();
      break;
    case JudgmentKind::kCriminal:
      WriteCriminal();
      break;
    case JudgmentKind::kAdministrative:
      WriteAdministrative();
      break;
  }
  return Join();
}

std::string JudgmentWriter::Tail(std::string_view appeal_text) {
  // The tail is one block: appeal notice, bench, date, clerk.
  std::vector<std::string> lines;
  if (appeal_) {
    lines.push_back("本判决为终审判决。");
  } else {
    lines.emplace_back(appeal_text);
  }
  if (appeal_ || rng_.Percent(40)) {
    lines.push_back("审判长\u3000" + Name());
    lines.push_back("审判员\u3000" + Name());
    lines.push_back(rng_.Percent(50) ? "审判员\u3000" + Name()
                                     : "人民陪审员\u3000" + Name());
  } else {
    lines.push_back("审判员\u3000" + Name());
  }
  Date decided = RandomDate(year_, year_);
  lines.push_back(ChineseDateText(decided));
  if (rng_.Percent(30)) lines.push_back("本件与原本核对无异");
  if (rng_.Percent(40)) lines.push_back("法官助理\u3000" + Name());
  lines.push_back("书记员\u3000" + Name());
  std::string s;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i) s += joiner_;
    s += lines[i];
  }
  return s;
}

// ---------------------------------------------------------------------------
// Civil.

// What a civil case is about decides which facts it tells.
struct CivilCause {
  std::string_view name;
  CivilTheme theme;
};
constexpr CivilCause kCivilCauses[] = {
    {"民间借贷纠纷", CivilTheme::kLoan},
    {"民间借贷纠纷", CivilTheme::kLoan},
    {"金融借款合同纠纷", CivilTheme::kLoan},
    {"买卖合同纠纷", CivilTheme::kSale},
    {"买卖合同纠纷", CivilTheme::kSale},
    {"房屋租赁合同纠纷", CivilTheme::kLease},
    {"机动车交通事故责任纠纷", CivilTheme::kTraffic},
    {"机动车交通事故责任纠纷", CivilTheme::kTraffic},
    {"信用卡纠纷", CivilTheme::kCard},
    {"劳动合同纠纷", CivilTheme::kLabor},
    {"追索劳动报酬纠纷", CivilTheme::kLabor}};
// Paragraphs of CivilFact any case may tell, and those of each theme.
constexpr int kGeneralFacts[] = {11, 12, 13, 16, 17, 20, 21, 22};
constexpr int kLoanFacts[] = {0, 1, 2, 15, 19, 23};
constexpr int kSaleFacts[] = {3, 4, 14};
constexpr int kLeaseFacts[] = {8, 14};
constexpr int kTrafficFacts[] = {5, 6, 7, 18};
constexpr int kCardFacts[] = {9, 14};
constexpr int kLaborFacts[] = {10, 14};
constexpr std::string_view kGoods[] = {
    "钢材", "水泥",     "办公家具", "电子元器件", "服装",
    "茶叶", "建筑模板", "空调设备", "食用油",     "医疗器械"};
constexpr std::string_view kEvidence[] = {
    "借条",           "银行转账凭证", "微信聊天记录",   "《借款协议》",
    "收据",           "送货单",       "对账单",         "《房屋租赁合同》",
    "交通事故认定书", "医疗费票据",   "司法鉴定意见书", "劳动合同",
    "工资流水",       "催款通知书",   "通话录音",       "证人证言"};
constexpr std::string_view kStatutesCivil[] = {
    "第五百零九条",     "第五百七十七条",     "第五百七十九条",
    "第五百八十五条",   "第六百六十七条",     "第六百七十五条",
    "第六百七十六条",   "第六百八十条",       "第七百零三条",
    "第七百二十一条",   "第一千一百六十五条", "第一千一百七十九条",
    "第一千二百零八条", "第一千零七十九条"};

std::string JudgmentWriter::PlainCivilFact(const std::string& p,
                                           const std::string& d) {
  switch (rng_.Between(0, 8)) {
    case 0:
      return Cat(
          {"本院认为，当事人对自己提出的诉讼请求所依据的事实或者反驳对方诉讼请"
           "求所依据的事实，应当提供证据加以证明。",
           p, "提交的", rng_.Pick(kEvidence), "、", rng_.Pick(kEvidence),
           "能够相互印证，本院对其真实性予以确认。"});
    case 1:
      return Cat({"关于", d, "提出", p,
                  "主张的款项已部分清偿的抗辩意见，因其未提交证据予以证明，本院"
                  "不予采纳。"});
    case 2:
      return Cat({EventDate(), "，", p, "与", d, "经协商确认，截至",
                  EventDate(), "，", d, "尚欠", p, Amount(),
                  "。双方在对账单上签字确认。"});
    case 3:
      return Cat(
          {"关于违约金，双方在合同中约定逾期付款的，每逾期一日按未付款项的千分"
           "之",
           ChineseNumber(rng_.Between(1, 5)), "支付违约金。", d,
           "认为约定的违约金过高，请求予以调整。本院综合考虑合同的履行情况、当"
           "事人的过错程度以及预期利益等因素，酌情将违约金调整为以",
           Amount(), "为基数，按照年利率", Int(rng_.Between(3, 15)),
           "%计算。"});
    case 4:
      return Cat({d, "对", p, "提交的证据的真实性无异议，但认为", p,
                  "主张的数额计算有误，应扣除已支付的", Amount(), "。经核对，",
                  d, "的该项主张有相应证据支持，本院予以采纳。"});
    case 5:
      return "根据《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第"
             "九十条规定，当事人未能提供证据或者证据不足以证明其事实主张的，由"
             "负有举证证明责任的当事人承担不利的后果。";
    case 6:
      return Cat({"庭审中，双方均确认", EventDate(), "后再无业务往来。", p,
                  "于", EventDate(), "向", d, "发出《催款函》，", d,
                  "收到后未予回复。"});
    case 7:
      if (theme_ != CivilTheme::kLoan) return PlainCivilFact(p, d);
      return Cat({p, "与", d, "原系朋友关系。", EventDate(), "，", d,
                  "以经营周转为由向", p, "借款，", p,
                  "于当日通过银行转账方式交付借款", Amount(), "。"});
    default:
      return Cat({"对于", p, "提交的证据，", d, "质证认为：对",
                  rng_.Pick(kEvidence), "的真实性无异议，对",
                  rng_.Pick(kEvidence),
                  "的关联性有异议。本院认为，上述证据来源合法，内容真实，与本案"
                  "事实相关联，本院予以采信。"});
  }
}

std::string JudgmentWriter::CivilFact(const std::string& p,
                                      const std::string& d) {
  if (rng_.Percent(75)) return PlainCivilFact(p, d);
  const Bank& bank = rng_.Pick(kBanks);
  const Bank& bank2 = rng_.Pick(kBanks);
  int which = 0;
  if (rng_.Percent(50)) {
    which = rng_.Pick(kGeneralFacts);
  } else {
    switch (theme_) {
      case CivilTheme::kLoan:
        which = rng_.Pick(kLoanFacts);
        break;
      case CivilTheme::kSale:
        which = rng_.Pick(kSaleFacts);
        break;
      case CivilTheme::kLease:
        which = rng_.Pick(kLeaseFacts);
        break;
      case CivilTheme::kTraffic:
        which = rng_.Pick(kTrafficFacts);
        break;
      case CivilTheme::kCard:
        which = rng_.Pick(kCardFacts);
        break;
      case CivilTheme::kLabor:
        which = rng_.Pick(kLaborFacts);
        break;
    }
  }
  switch (which) {
    case 0:
      return Cat({EventDate(),
                  "，",
                  d,
                  "因",
                  rng_.Percent(50) ? "资金周转" : "经营需要",
                  "向",
                  p,
                  "借款",
                  Amount(),
                  "，双方签订《借款协议》一份，约定借款期限",
                  Int(rng_.Between(1, 24)),
                  "个月，月利率",
                  Int(rng_.Between(1, 3)),
                  "%。同日，",
                  p,
                  "通过其在",
                  bank.name,
                  "开立的账户（账号：",
                  Card(bank, false),
                  "）向",
                  d,
                  "名下",
                  bank2.name,
                  "账户（账号",
                  Card(bank2, false),
                  "）转账",
                  Amount(),
                  "。"});
    case 1:
      return Cat({"借款到期后，", p, "多次通过电话（", Mobile(),
                  "）及微信（微信号：", Wechat(), "）向", d, "催要，", d,
                  "均以各种理由推脱。", EventDate(), "，", d, "向", p,
                  "出具《还款承诺书》，承诺于", EventDate(),
                  "前还清全部借款，但至今未履行。"});
    case 2:
      return Cat({EventDate(), "至", EventDate(), "期间，", d,
                  "陆续通过支付宝、微信转账向", p, "偿还", Amount(),
                  "，此后未再还款。经多次催讨无果，", p, "遂诉至本院。"});
    case 3: {
      const std::string_view goods = rng_.Pick(kGoods);
      return Cat({EventDate(),
                  "，",
                  p,
                  "与",
                  d,
                  "签订《",
                  goods,
                  "买卖合同》（合同编号：",
                  std::string_view("HT-"),
                  Int(year_ - 1),
                  "-",
                  Plain(DigitString(rng_, 4)),
                  "），约定",
                  d,
                  "向",
                  p,
                  "购买",
                  goods,
                  Int(rng_.Between(2, 500)),
                  "批，总价款",
                  Amount(),
                  "。合同约定双方联系人分别为",
                  Name(),
                  "（电话",
                  Mobile(),
                  "）和",
                  Name(),
                  "（电话",
                  Landline(),
                  "），往来函件以电子邮件发送至",
                  Email(),
                  "。"});
    }
    case 4:
      return Cat({"合同签订后，",
                  p,
                  "依约于",
                  EventDate(),
                  "将货物送至",
                  d,
                  "指定地点",
                  Address(),
                  "，",
                  d,
                  "工作人员",
                  Name(),
                  "签收了送货单。",
                  d,
                  "于",
                  EventDate(),
                  "支付货款",
                  Amount(),
                  "，尚欠",
                  Amount(),
                  "未付。"});
    case 5:
      return Cat(
          {EventDate(),
           Int(rng_.Between(6, 23)),
           "时许，",
           Name(),
           "驾驶",
           Plate(),
           "号小型轿车沿",
           rng_.Pick(kStreets),
           "由东向西行驶至",
           rng_.Pick(kStreets),
           "路口时，与",
           Name(),
           "驾驶的",
           Plate(),
           "号电动自行车发生碰撞，造成两车损坏、一人受伤的道路交通事故。",
           place_.city,
           "公安局交通警察支队",
           place_.district_short,
           "大队作出第",
           Num(std::string(place_.region) + DigitString(rng_, 9)),
           "号《道路交通事故认定书》，认定机动车一方负事故全部责任。"});
    case 6:
      return Cat(
          {"肇事车辆", Plate(), "在", rng_.Pick(kInsurers),
           place_.city.substr(0, place_.city.size() - 3),
           "分公司投保了机动车交通事故责任强制保险及商业第三者责任险（保险金额",
           Int(rng_.Between(50, 300)), "万元，保单号",
           Plain("PDAA" + std::to_string(year_ - 1) + DigitString(rng_, 14)),
           "），事故发生在保险期间内。"});
    case 7:
      return Cat({"事故发生后，",
                  p,
                  "被送往",
                  place_.city,
                  "第一人民医院住院治疗",
                  Int(rng_.Between(3, 60)),
                  "天，共花费医疗费",
                  Amount(),
                  "。经",
                  place_.city,
                  rng_.Pick(kBrands),
                  "司法鉴定所鉴定，",
                  p,
                  "的伤情构成十级伤残，误工期",
                  Int(rng_.Between(30, 180)),
                  "日，护理期",
                  Int(rng_.Between(15, 90)),
                  "日，营养期",
                  Int(rng_.Between(15, 90)),
                  "日。"});
    case 8:
      return Cat({EventDate(),
                  "，",
                  p,
                  "（出租人）与",
                  d,
                  "（承租人）签订《房屋租赁合同》，约定",
                  p,
                  "将其所有的位于",
                  Address(place_),
                  "的房屋（",
                  place_.court_code.substr(0, 3),
                  "（",
                  Int(year_ - rng_.Between(2, 8)),
                  "）",
                  place_.city,
                  "不动产权第",
                  Num(DigitString(rng_, 7)),
                  "号）出租给",
                  d,
                  "使用，租期",
                  Int(rng_.Between(1, 5)),
                  "年，月租金",
                  Amount(),
                  "，押金",
                  Amount(),
                  "。"});
    case 9:
      return Cat({d, "于", EventDate(), "向原告申领", bank.name,
                  "信用卡一张（卡号", Card(bank, true),
                  "），并签署了《信用卡领用合约》。", d,
                  "使用该卡消费及取现后，未按约定还款，截至", EventDate(),
                  "，尚欠本金", Amount(), "、利息", Amount(), "、违约金",
                  Amount(), "。"});
    case 10:
      return Cat({p,
                  "于",
                  EventDate(),
                  "入职",
                  d,
                  "，担任",
                  rng_.Percent(50) ? "销售经理" : "技术员",
                  "，双方签订了期限为",
                  Int(rng_.Between(1, 5)),
                  "年的劳动合同，约定月工资",
                  Amount(),
                  "。",
                  d,
                  "通过",
                  bank.name,
                  "代发工资至",
                  p,
                  "的工资卡（卡号",
                  Card(bank, false),
                  "）。"});
    case 11:
      return Cat({p, "提交的微信聊天记录显示，", d, "（微信号", Wechat(),
                  "）于", EventDate(), "向", p,
                  "表示“钱我一定会还，再宽限几个月”。", d,
                  "对该聊天记录的真实性无异议。"});
    case 12:
      return Cat({"双方曾通过QQ沟通合作事宜，", p, "的QQ号为", Qq(), "，", d,
                  "的QQ号为", Qq(), "。", p, "提交的QQ聊天记录截图显示，", d,
                  "确认了欠款金额。"});
    case 13: {
      std::string s = "上述事实，有";
      for (int i = rng_.Between(2, 5); i > 0; --i)
        s += Cat({p, "提交的", rng_.Pick(kEvidence), "、"});
      return s + "当事人陈述等证据在案为证，本院予以确认。";
    }
    case 14:
      return Cat({"本院认为，", p, "与", d,
                  "之间的合同关系系双方真实意思表示，不违反法律、行政法规的强制"
                  "性规定，合法有效。根据《中华人民共和国民法典》",
                  rng_.Pick(kStatutesCivil),
                  "规定，当事人应当按照约定全面履行自己的义务。", d,
                  "未按约定履行付款义务，应承担相应的违约责任。"});
    case 15:
      return Cat(
          {"关于利息，双方约定的月利率超过合同成立时一年期贷款市场报价利率四倍"
           "，对超过部分本院不予支持。",
           p, "主张自", EventDate(), "起以", Amount(),
           "为基数计算利息，于法有据，本院予以支持。"});
    case 16:
      return Cat({d,
                  "经本院合法传唤，无正当理由拒不到庭参加诉讼，视为放弃答辩、举"
                  "证和质证的权利，由此产生的不利后果由其自行承担。"});
    case 17:
      return Cat({d, "在庭审中确认其送达地址为", Address(), "，联系电话",
                  Mobile(), "，电子送达邮箱为", Email(), "。"});
    case 18:
      return Cat(
          {"涉案车辆", Plate(), "登记在", d, "名下，其机动车登记证书编号为",
           Num(std::string(place_.region.substr(0, 2)) + DigitString(rng_, 10)),
           "。", d, "于", EventDate(), "将该车交付", p, "使用。"});
    case 19:
      return Cat({d, "辩称，", p, "所述借款属实，但", d, "已于", EventDate(),
                  "通过银行转账偿还", Amount(), "，", p, "主张的数额过高；", d,
                  "目前经济困难，请求法院允许分期履行。"});
    case 20:
      return Cat({"另查明，", d, "的联系电话为", Landline(), "，", p, "曾于",
                  EventDate(), "通过电子邮件（", Email(), "）向", d,
                  "发送催款函。"});
    case 21:
      return Cat({"庭审中，", p, "申请证人", Name(), "出庭作证。证人陈述，其于",
                  EventDate(), "在场见证", p, "向", d, "交付现金", Amount(),
                  "，", d, "当场出具了收条。"});
    case 22:
      return Cat({"诉讼中，", p, "向本院申请财产保全，请求冻结", d, "名下",
                  bank.name, "账户（账号", Card(bank, false), "）内存款",
                  Amount(), "，本院依法作出",
                  CaseNumber(year_, place_.court_code, "财保"),
                  "民事裁定予以准许。"});
    default:
      return Cat({"本院认为，本案的争议焦点为：一、", p, "与", d,
                  "之间是否存在借贷关系；二、", d,
                  "应否承担还款责任。对此本院分析如下：借贷关系的成立应以借贷合"
                  "意及款项实际交付为要件。",
                  p,
                  "提交的证据能够形成完整的证据链，足以证明双方之间的借贷关系及"
                  "款项的实际交付，本院予以认定。"});
  }
}

void JudgmentWriter::WriteCivil() {
  const CivilCause& civil_cause = rng_.Pick(kCivilCauses);
  const std::string_view cause = civil_cause.name;
  theme_ = civil_cause.theme;
  Add(appeal_ ? std::string(place_.appeal_court) : Court());
  Add("民事判决书");
  Add(CaseNumber(year_, appeal_ ? place_.appeal_court_code : place_.court_code,
                 appeal_ ? "民终" : "民初"));
  std::string p, d;
  const std::string_view p_role = appeal_ ? "上诉人（原审原告）" : "原告";
  const std::string_view d_role = appeal_ ? "被上诉人（原审被告）" : "被告";
  for (int i = rng_.Percent(20) ? 2 : 1; i > 0; --i) {
    if (rng_.Percent(80)) {
      Person person = NewPerson();
      Add(PersonBlock(p_role, person, true));
      if (p.empty()) p = person.name;
    } else {
      Company c = NewCompany();
      AddCompanyBlock(p_role, c);
      if (p.empty()) p = c.name;
    }
    if (rng_.Percent(60)) Add(LawyerBlock("委托诉讼代理人"));
  }
  for (int i = rng_.Between(1, 3); i > 0; --i) {
    if (rng_.Percent(65)) {
      Person person = NewPerson();
      Add(PersonBlock(d_role, person, true));
      if (d.empty()) d = person.name;
    } else {
      Company c = NewCompany();
      AddCompanyBlock(d_role, c);
      if (d.empty()) d = c.name;
    }
    if (rng_.Percent(30)) Add(LawyerBlock("委托诉讼代理人"));
  }
  if (rng_.Percent(5)) {
    Add(Cat({"第三人：", Name(),
             "，男，香港特别行政区居民，港澳居民来往内地通行证号码",
             Num("H" + DigitString(rng_, 8)), "。"}));
  }
  const Date filed = RandomDate(year_, year_);
  if (appeal_) {
    Add(Cat({"上诉人", p, "因与被上诉人", d, cause, "一案，不服", Court(),
             CaseNumber(year_ - 1, place_.court_code, "民初"),
             "民事判决，向本院提起上诉。本院于", DateText(filed),
             "立案后，依法组成合议庭进行了审理。本案现已审理终结。"}));
  } else {
    Add(Cat({"原告", p, "与被告", d, cause, "一案，本院于", DateText(filed),
             "立案后，依法适用", rng_.Percent(60) ? "简易" : "普通",
             "程序，公开开庭进行了审理。原告", p,
             "及其委托诉讼代理人到庭参加诉讼，被告", d,
             rng_.Percent(50) ? "经本院传票传唤无正当理由拒不到庭参加诉讼"
                              : "到庭参加诉讼",
             "。本案现已审理终结。"}));
  }
  Add(Cat({p, "向本院提出诉讼请求：1.判令", d, "支付", Amount(), "及利息（以",
           Amount(), "为基数，自", EventDate(),
           "起按照全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至实际"
           "清偿之日止）；2.本案诉讼费用由",
           d, "承担。事实和理由："}));

  const std::string holding_intro =
      Cat({"综上所述，依照《中华人民共和国民法典》", rng_.Pick(kStatutesCivil),
           "、", rng_.Pick(kStatutesCivil), "，《中华人民共和国民事诉讼法》第",
           ChineseNumber(rng_.Between(60, 180)), "条规定，判决如下："});
  std::vector<std::string> holding;
  holding.push_back(Cat(
      {"一、", d, "于本判决生效之日起十日内向", p, "支付", Amount(), "；"}));
  holding.push_back(
      Cat({"二、", d, "于本判决生效之日起十日内向", p, "支付利息（以", Amount(),
           "为基数，自", EventDate(), "起计算至实际清偿之日止）；"}));
  holding.push_back(Cat({"三、驳回", p, "的其他诉讼请求。"}));
  holding.push_back(
      "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉"
      "讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。");
  const int fee = rng_.Between(25, 9000) * 2;
  holding.push_back(Cat({"案件受理费", Int(fee), "元，减半收取计", Int(fee / 2),
                         "元，由", d, "负担。"}));
  const std::string tail =
      Tail(Cat({"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状"
                "，并按照对方当事人或者代表人的人数提出副本，上诉于",
                place_.appeal_court, "。"}));
  size_t reserved = holding_intro.size() + tail.size() + 2 * joiner_.size();
  for (const std::string& h : holding) reserved += h.size() + joiner_.size();

  auto fact = [&] { return CivilFact(p, d); };
  Fill(target_bytes_ / 3, reserved, fact);  // the claims' facts and reasons
  Add(appeal_ ? "本院二审查明的事实与一审认定的事实一致，本院予以确认。另查明："
              : "本院经审理认定事实如下：");
  Fill(target_bytes_, reserved, fact);
  Add(holding_intro);
  for (std::string& h : holding) Add(std::move(h));
  Add(tail);
}

// ---------------------------------------------------------------------------
// Criminal.

constexpr std::string_view kCrimes[] = {"盗窃",
                                        "盗窃",
                                        "诈骗",
                                        "危险驾驶",
                                        "危险驾驶",
                                        "故意伤害",
                                        "帮助信息网络犯罪活动",
                                        "交通肇事",
                                        "寻衅滋事",
                                        "开设赌场"};
constexpr std::string_view kEducation[] = {"小学", "初中", "初中", "高中",
                                           "中专", "大专", "大学"};
constexpr std::string_view kItems[] = {"手机",     "笔记本电脑", "电动自行车",
                                       "金项链",   "现金",       "香烟",
                                       "平板电脑", "手表"};

std::string JudgmentWriter::PlainCriminalFact(const std::string& a,
                                              std::string_view crime) {
  switch (rng_.Between(0, 6)) {
    case 0:
      return Cat({"公诉机关认为，被告人", a, "的行为已构成", crime,
                  "罪，建议判处有期徒刑", ChineseNumber(rng_.Between(3, 12)),
                  "个月至", ChineseNumber(rng_.Between(13, 36)),
                  "个月，并处罚金。"});
    case 1:
      return Cat({"被告人", a,
                  "对公诉机关指控的犯罪事实、罪名及量刑建议均无异议，当庭表示认"
                  "罪认罚。"});
    case 2:
      return Cat({"关于辩护人提出被告人", a, "系自首的辩护意见，经查，被告人",
                  a,
                  "系被公安机关抓获归案，不符合自首的构成要件，对该辩护意见本院"
                  "不予采纳。"});
    case 3:
      return Cat({"被告人", a,
                  "在有期徒刑执行完毕以后五年以内再犯应当判处有期徒刑以上刑罚之"
                  "罪，系累犯，依法应当从重处罚。"});
    case 4:
      return Cat({"综合考虑被告人", a,
                  "犯罪的事实、性质、情节和对社会的危害程度，以及其认罪悔罪表现"
                  "，本院决定对其从轻处罚。"});
    case 5:
      return Cat({EventDate(), "，被告人", a,
                  "被公安民警抓获归案。到案后，被告人", a,
                  "如实供述了上述犯罪事实。"});
    default:
      return Cat({"被告人", a, "的辩护人提出的被告人", a,
                  "认罪认罚、积极退赃、取得被害人谅解，请求从轻处罚的辩护意见，"
                  "经查属实，本院予以采纳。"});
  }
}

std::string JudgmentWriter::CriminalFact(const std::string& a,
                                         std::string_view crime) {
  if (rng_.Percent(75)) return PlainCriminalFact(a, crime);
  const Bank& bank = rng_.Pick(kBanks);
  const std::string victim = Name();
  switch (rng_.Between(0, 15)) {
    case 0:
      return Cat({EventDate(), Int(rng_.Between(0, 23)), "时许，被告人", a,
                  "在", Address(place_), "附近，趁被害人", victim,
                  "不备，窃得其放置在电动车内的", rng_.Pick(kItems),
                  "一部（经鉴定价值", Amount(), "）。"});
    case 1:
      return Cat({EventDate(), "，被告人", a, "采用撬锁方式进入被害人", victim,
                  "位于", Address(place_), "的家中，窃得现金", Amount(), "及",
                  bank.name, "借记卡一张（卡号", Card(bank, false),
                  "），后使用该卡在自动取款机取现", Amount(), "。"});
    case 2:
      return Cat({"被告人", a, "通过微信（微信号", Wechat(), "）添加被害人",
                  victim, "为好友，谎称可以帮助其办理低息贷款，骗取被害人",
                  victim, "通过银行转账方式向其指定的", bank.name, "账户（户名",
                  Name(), "，账号", Card(bank, false), "）转账", Amount(),
                  "。"});
    case 3:
      return Cat({"被告人", a, "使用手机号码", Mobile(), "注册QQ号", Qq(),
                  "，在网络上发布虚假的",
                  rng_.Percent(50) ? "刷单返利" : "游戏装备交易",
                  "信息，诱骗被害人", victim, "等人付款共计", Amount(), "。"});
    case 4:
      return Cat({EventDate(), Int(rng_.Between(0, 23)), "时许，被告人", a,
                  "饮酒后驾驶", Plate(), "号小型轿车行驶至",
                  rng_.Pick(kStreets), "与", rng_.Pick(kStreets),
                  "交叉口时，被执勤民警查获。经", place_.city,
                  "公安司法鉴定中心检验，被告人", a, "血液中乙醇含量为",
                  Int(rng_.Between(81, 260)), ".", Int(rng_.Between(0, 9)),
                  "mg/100ml。"});
    case 5:
      return Cat({EventDate(), "，被告人", a, "与被害人", victim,
                  "因琐事发生争执，被告人", a, "持木棍击打被害人", victim,
                  "头部，致其受伤。经", place_.city,
                  "公安局物证鉴定所鉴定，被害人", victim,
                  "的损伤程度为轻伤二级。"});
    case 6:
      return Cat({"被告人", a, "明知他人利用信息网络实施犯罪，仍于",
                  EventDate(), "将其名下的", bank.name, "银行卡（卡号",
                  Card(bank, false), "）及绑定的手机卡（号码", Mobile(),
                  "）出售给他人使用，获利", Amount(), "。经查，该卡于",
                  EventDate(), "至", EventDate(), "期间接收电信诈骗资金共计",
                  Amount(), "。"});
    case 7:
      return Cat({EventDate(), "，被告人", a, "驾驶", Plate(),
                  "号重型半挂牵引车沿", rng_.Pick(kStreets),
                  "行驶时，未注意观察路面情况，与行人", victim, "相撞，致",
                  victim, "经抢救无效死亡。经认定，被告人", a,
                  "负事故主要责任。"});
    case 8:
      return Cat({EventDate(), "至", EventDate(), "期间，被告人", a, "在",
                  Address(place_),
                  "一出租屋内组织他人以“推筒子”方式进行赌博，并安排", Name(),
                  "负责望风，抽头渔利", Amount(), "。赌资通过微信（微信号",
                  Wechat(), "）收取。"});
    case 9:
      return Cat({"案发后，被告人", a, "的亲属代为退赔被害人", victim,
                  "经济损失", Amount(), "，被害人", victim, "对被告人", a,
                  "表示谅解，并出具了谅解书。"});
    case 10:
      return Cat({"被告人", a, "于", EventDate(), "接民警电话通知后主动到",
                  place_.city, "公安局", place_.district_short, "分局",
                  rng_.Pick(kTowns), "派出所投案，并如实供述了上述犯罪事实。"});
    case 11:
      return Cat(
          {"上述事实，被告人", a,
           "在开庭审理过程中亦无异议，且有受案登记表、立案决定书、被害人",
           victim, "的陈述、证人", Name(),
           "的证言、扣押清单、监控视频截图、被告人", a,
           "的供述与辩解等证据证实，足以认定。"});
    case 12:
      return Cat({"本院认为，被告人", a, "的行为已构成", crime,
                  "罪。公诉机关指控的罪名成立。被告人", a,
                  "到案后如实供述自己的罪行，系坦白，依法可以从轻处罚。被告人",
                  a, "自愿认罪认罚，依法可以从宽处理。"});
    case 13:
      return Cat({"辩护人提出被告人", a,
                  "系初犯、偶犯，认罪态度较好，请求对其从轻处罚的辩护意见，与查"
                  "明的事实相符，本院予以采纳。"});
    case 14:
      return Cat({"经查，被告人", a, "作案时使用的手机（号码", Mobile(),
                  "，串号", Num(DigitString(rng_, 15)),
                  "）已被公安机关依法扣押。"});
    default:
      return Cat({"另查明，被告人", a, "曾因犯", crime, "罪于",
                  DateText(RandomDate(year_ - 8, year_ - 4)), "被", Court(),
                  "判处有期徒刑", ChineseNumber(rng_.Between(6, 36)), "个月，",
                  DateText(RandomDate(year_ - 3, year_ - 2)), "刑满释放。"});
  }
}

void JudgmentWriter::WriteCriminal() {
  const std::string_view crime = rng_.Pick(kCrimes);
  Add(appeal_ ? std::string(place_.appeal_court) : Court());
  Add("刑事判决书");
  Add(CaseNumber(year_, appeal_ ? place_.appeal_court_code : place_.court_code,
                 appeal_ ? "刑终" : "刑初"));
  Add(Cat({appeal_ ? "原公诉机关" : "公诉机关", Procuratorate(), "。"}));
  std::vector<std::string> accused;
  for (int i = rng_.Percent(25) ? rng_.Between(2, 3) : 1; i > 0; --i) {
    Person p = NewPerson();
    accused.push_back(p.name);
    const Date detained = RandomDate(year_ - 1, year_ - 1);
    std::string s =
        Cat({"被告人", p.name, "，", p.male ? "男" : "女", "，",
             DateText(p.birth), "出生，", rng_.Pick(kEthnicities),
             "族，公民身份号码", p.id, "，", rng_.Pick(kEducation), "文化，",
             rng_.Percent(50) ? "无业" : "务工", "，户籍所在地", p.address});
    if (rng_.Percent(30)) s += Cat({"，住", Address()});
    s += Cat({"。因涉嫌犯", crime, "罪于", DateText(detained), "被",
              place_.city, "公安局", place_.district_short,
              "分局刑事拘留，同年", Int(std::min(12, detained.month + 1)), "月",
              Int(rng_.Between(1, 28)), "日被逮捕。现羁押于", place_.city,
              place_.district_short, "看守所。"});
    Add(std::move(s));
    if (rng_.Percent(60)) Add(LawyerBlock("辩护人"));
  }
  const std::string& a = accused.front();
  const std::string abbr(place_.court_code.substr(0, 3));
  Add(Cat({Procuratorate(),
           "以",
           abbr,
           place_.district_short,
           "检刑诉〔",
           Int(year_),
           "〕",
           Int(rng_.Between(1, 999)),
           "号起诉书指控被告人",
           a,
           "犯",
           crime,
           "罪，于",
           DateText(RandomDate(year_, year_)),
           "向本院提起公诉。本院依法适用",
           rng_.Percent(60) ? "简易程序，实行独任审判" : "普通程序，组成合议庭",
           "，公开开庭审理了本案。",
           Procuratorate(),
           "指派检察员",
           Name(),
           "出庭支持公诉，被告人",
           a,
           "到庭参加诉讼。现已审理终结。"}));
  Add(Cat({"公诉机关指控，被告人", a, "的行为已构成", crime,
           "罪，提请本院依法判处。被告人", a,
           "对指控的事实、罪名及量刑建议没有异议，同意适用简易程序，且签字具结"
           "，在开庭审理过程中亦无异议。"}));

  const std::string holding_intro = Cat(
      {"依照《中华人民共和国刑法》第", ChineseNumber(rng_.Between(100, 400)),
       "条、第六十七条第", rng_.Percent(50) ? "一" : "三",
       "款、第五十二条、第五十三条、第六十四条，《中华人民共和国刑事诉讼法》第"
       "十五条之规定，判决如下："});
  std::vector<std::string> holding;
  for (size_t i = 0; i < accused.size(); ++i) {
    const Date from = RandomDate(year_ - 1, year_ - 1);
    holding.push_back(Cat(
        {ChineseNumber(static_cast<int>(i + 1)), "、被告人", accused[i], "犯",
         crime, "罪，判处有期徒刑", ChineseNumber(rng_.Between(2, 60)),
         "个月，并处罚金人民币", Int(rng_.Between(1, 50) * 1000),
         "元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵"
         "刑期一日，即自",
         DateText(from), "起至", DateText(RandomDate(year_ + 1, year_ + 2)),
         "止。罚金已缴纳。）"}));
  }
  holding.push_back(Cat({ChineseNumber(static_cast<int>(accused.size() + 1)),
                         "、扣押在案的作案工具予以没收。"}));
  const std::string tail = Tail(
      Cat({"如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向",
           place_.appeal_court,
           "提出上诉。书面上诉的，应当提交上诉状正本一份，副本二份。"}));
  size_t reserved = holding_intro.size() + tail.size() + 2 * joiner_.size();
  for (const std::string& h : holding) reserved += h.size() + joiner_.size();

  Add("经审理查明：");
  Fill(target_bytes_, reserved, [&] {
    return CriminalFact(accused[rng_.Below(accused.size())], crime);
  });
  Add(holding_intro);
  for (std::string& h : holding) Add(std::move(h));
  Add(tail);
}

// ---------------------------------------------------------------------------
// Administrative.

struct Agency {
  std::string_view name;
  std::string_view short_name;
  std::string_view decision;
};
constexpr Agency kAgencies[] = {
    {"市场监督管理局", "市监", "《行政处罚决定书》"},
    {"人力资源和社会保障局", "人社", "《不予认定工伤决定书》"},
    {"自然资源和规划局", "自然资源", "《责令限期拆除决定书》"},
    {"住房和城乡建设局", "住建", "《行政处罚决定书》"},
    {"生态环境局", "环", "《行政处罚决定书》"},
    {"城市管理综合行政执法局", "城管", "《限期拆除决定书》"},
};

std::string JudgmentWriter::PlainAdministrativeFact(const std::string& p) {
  switch (rng_.Between(0, 3)) {
    case 0:
      return "本院认为，行政机关作出行政处罚决定，应当遵循公开、公正的原则，做"
             "到事实清楚、证据确凿、程序合法、适用依据正确。";
    case 1:
      return Cat({"关于", p,
                  "提出被告程序违法的主张，经查，被告在作出处罚决定前已依法履行"
                  "了告知义务，并听取了",
                  p, "的陈述和申辩，", p,
                  "的该项主张缺乏事实根据，本院不予支持。"});
    case 2:
      return "庭审中，双方围绕被诉行政行为的合法性进行了举证、质证和辩论。本院"
             "对双方无争议的证据予以确认。";
    default:
      return Cat({"被告于", EventDate(),
                  "向本院提交了答辩状及作出被诉行政行为的证据、依据，", p,
                  "在法定期限内向本院提交了相关证据。"});
  }
}

std::string JudgmentWriter::AdministrativeFact(const std::string& p,
                                               const std::string& agency) {
  if (rng_.Percent(60)) return PlainAdministrativeFact(p);
  switch (rng_.Between(0, 11)) {
    case 0:
      return Cat({EventDate(), "，被告接到", Name(), "（联系电话", Mobile(),
                  "）举报，称", p, "在", Address(place_),
                  "经营的店铺存在违法经营行为。被告于同日立案调查。"});
    case 1:
      return Cat({EventDate(), "，被告执法人员对", p, "位于", Address(place_),
                  "的经营场所进行现场检查，制作了《现场检查笔录》，经营者",
                  Name(), "（身份证号", IdNumber(RandomDate(1960, 1998)),
                  "）在笔录上签字确认。"});
    case 2:
      return Cat({"被告于", EventDate(), "向", p,
                  "送达了《行政处罚告知书》，告知其拟作出的处罚内容及享有的陈述"
                  "、申辩和要求听证的权利。",
                  p, "于", EventDate(), "提交了书面陈述申辩意见。"});
    case 3:
      return Cat({"被告于", EventDate(), "作出", agency, "，认定", p,
                  "的行为违反了《中华人民共和国",
                  rng_.Percent(50) ? "食品安全法" : "产品质量法", "》第",
                  ChineseNumber(rng_.Between(20, 150)),
                  "条的规定，决定对其处以罚款", Amount(),
                  "，并于同日通过邮寄方式向", p, "送达。"});
    case 4:
      return Cat(
          {p, "诉称，被告作出的行政行为认定事实不清，适用法律错误，程序违法。",
           p, "已提交的证据足以证明其经营行为合法，请求依法撤销被告作出的",
           agency, "。"});
    case 5:
      return Cat(
          {"被告辩称，被告作出的行政行为认定事实清楚，证据确凿，适用法律正确，"
           "程序合法，请求驳回",
           p, "的诉讼请求。"});
    case 6:
      return Cat(
          {"被告向本院提交了以下证据：1.立案审批表；2.现场检查笔录；3."
           "询问笔录；4.",
           p, "的营业执照复印件；5.送达回证。", p,
           "对上述证据的真实性无异议，但对证明目的有异议。"});
    case 7:
      return Cat({p, "系", CompanyName(), "职工，", EventDate(),
                  "在工作中受伤，被送往", place_.city, "第二人民医院治疗。", p,
                  "于", EventDate(), "向被告提出工伤认定申请，联系电话",
                  Mobile(), "，联系地址", Address(), "。"});
    case 8:
      return Cat({"本院认为，根据《中华人民共和国行政诉讼法》第",
                  ChineseNumber(rng_.Between(60, 80)),
                  "条的规定，被告作出的行政行为认定事实清楚，证据确实充分，适用"
                  "法律正确，程序合法。",
                  p, "的诉讼请求缺乏事实和法律依据，本院不予支持。"});
    case 9:
      return Cat({"另查明，", p, "的银行账户（", rng_.Pick(kBanks).name,
                  "，账号", Card(rng_.Pick(kBanks), false), "）于", EventDate(),
                  "被被告依法冻结，冻结金额", Amount(), "。"});
    case 10:
      return Cat({"经审理查明，被告在作出被诉行政行为前，于", EventDate(),
                  "通过电子邮件（", Email(), "）及电话（", Landline(), "）通知",
                  p, "到场接受调查，", p, "未到场。"});
    default:
      return Cat({"上述事实，有", p, "提交的", agency,
                  "、送达回证及被告提交的执法全过程记录、询问笔录等证据在案佐证"
                  "，本院予以确认。"});
  }
}

void JudgmentWriter::WriteAdministrative() {
  const Agency& agency = rng_.Pick(kAgencies);
  const std::string agency_name =
      Cat({place_.city, place_.district, agency.name});
  Add(Court());
  Add("行政判决书");
  Add(CaseNumber(year_, place_.court_code, "行初"));
  std::string p;
  if (rng_.Percent(70)) {
    Person person = NewPerson();
    Add(PersonBlock("原告", person, false));
    p = person.name;
  } else {
    Company c = NewCompany();
    AddCompanyBlock("原告", c);
    p = c.name;
  }
  if (rng_.Percent(60)) Add(LawyerBlock("委托代理人"));
  Add(Cat({"被告", agency_name, "，住所地", Address(place_), "。"}));
  Add(Cat({"法定代表人", Name(), "，局长。"}));
  Add(Cat({"委托代理人", Name(), "，该局工作人员。"}));
  const std::string decision_number = Cat(
      {place_.court_code.substr(0, 3), place_.district_short, agency.short_name,
       "罚决字〔", Int(year_ - 1), "〕", Int(rng_.Between(1, 999)), "号"});
  Add(Cat({"原告", p, "不服被告", agency_name, "于", EventDate(), "作出的",
           decision_number, agency.decision, "，于",
           DateText(RandomDate(year_, year_)), "向本院提起行政诉讼。本院于",
           DateText(RandomDate(year_, year_)),
           "立案后，依法向被告送达了起诉状副本及应诉通知书。本院依法组成合议庭"
           "，公开开庭审理了本案。本案现已审理终结。"}));

  const std::string holding_intro =
      "依照《中华人民共和国行政诉讼法》第六十九条之规定，判决如下：";
  std::vector<std::string> holding;
  holding.push_back(Cat({"驳回原告", p, "的诉讼请求。"}));
  holding.push_back(Cat({"案件受理费50元，由原告", p, "负担。"}));
  const std::string tail =
      Tail(Cat({"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状"
                "，并按对方当事人的人数提出副本，上诉于",
                place_.appeal_court, "。"}));
  size_t reserved = holding_intro.size() + tail.size() + 2 * joiner_.size();
  for (const std::string& h : holding) reserved += h.size() + joiner_.size();
  Fill(target_bytes_, reserved,
       [&] { return AdministrativeFact(p, std::string(agency.decision)); });
  Add(holding_intro);
  for (std::string& h : holding) Add(std::move(h));
  Add(tail);
}

}  // namespace

std::string_view JudgmentKindName(JudgmentKind kind) {
  switch (kind) {
    case JudgmentKind::kCivil:
      return "civil";
    case JudgmentKind::kCriminal:
      return "criminal";
    case JudgmentKind::kAdministrative:
      return "administrative";
  }
  return "civil";
}

SyntheticJudgment SyntheticJudgmentGenerator::Next() {
  const uint64_t index = index_++;
  const uint64_t doc_seed = MixSeed(seed_, index);
  const uint64_t pick = doc_seed % 100;
  SyntheticJudgment j;
  j.kind = pick < 60   ? JudgmentKind::kCivil
           : pick < 85 ? JudgmentKind::kCriminal
                       : JudgmentKind::kAdministrative;
  j.id = "syn-" + std::to_string(seed_) + "-" + std::to_string(index);
  j.text = JudgmentWriter(doc_seed, j.kind).Write();
  return j;
}

std::vector<SyntheticJudgment> GenerateJudgments(uint64_t seed,
                                                 size_t min_bytes) {
  SyntheticJudgmentGenerator generator(seed);
  std::vector<SyntheticJudgment> out;
  size_t total = 0;
  while (total < min_bytes) {
    out.push_back(generator.Next());
    total += out.back().text.size();
  }
  return out;
}

std::string ToJsonLine(const SyntheticJudgment& judgment) {
  std::string line;
  line.reserve(judgment.text.size() + judgment.id.size() + 32);
  JsonWriter(&line)
      .BeginObject()
      .Key("id")
      .String(judgment.id)
      .Key("text")
      .String(judgment.text)
      .EndObject();
  line.push_back('\n');
  return line;
}

}  // namespace wenshu
