// wenshu_make_stress: writes one invented judgment built to stress one part
// of the pipeline, as one JSON Lines record, for scripts/bench's stress
// cases (the time `wenshu redact` takes on it is the figure).
//
//   wenshu_make_stress names [--count N]   (default 32000)
//     one inheritance judgment naming N distinct invented persons as
//     plaintiffs, each named again in the reasoning: about 0.9 MB for
//     32,000 names. Parties to an inheritance case are anonymized (rules
//     Art. 11), so the people finder, the mention search, the rewrite and
//     the verify pass all work on N names at once.
//   wenshu_make_stress victims [--count N]   (default 32000)
//     one criminal judgment whose facts name N distinct invented victims,
//     each once, in a clause of its own (被害人X称其财物被窃。): about 1 MB
//     for 32,000 names. Every name is found in the body after a cue, so the
//     body-mention finder, its occurrence counts and the verify pass work on
//     N names found nowhere in the party block.
//   wenshu_make_stress terms [--count N]   (default 10000)
//     a judgment of about 1 MB (synthetic judgments, seed 7, joined) with N
//     distinct invented terms listed in meta.case_terms, one in ten of them
//     written into the text.
//
// Names are an invented surname and given name combination taken in a
// fixed order; terms are invented product codes. The output depends on the
// arguments alone.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "bench/synthetic_judgment.h"
#include "core/json.h"

namespace {

constexpr char kUsage[] =
    "usage: wenshu_make_stress names|victims|terms [--count N] > "
    "stress.jsonl\n";

constexpr std::string_view kSurnames =
    "岑柏桑邬甘晏阮蓝闵席仲隆钮嵇邢滕伍沃屠祁谈鲍霍楚费";
constexpr std::string_view kFirst =
    "澜湛岚珂琰瑾翊骁彦朔楠樾芮檀蔚霁筠璟珩砚渲岱沅汀霏婕琛瀚晗昕暄珊琦璇逸弈铮钧锦";
constexpr std::string_view kSecond =
    "潇禾杉苒槐棠珏玹熠焕煜晞曦皓聿谦恪恂淇溱洧渝渌湄萦蕙芊菁莘苓蓁璐瑶蘅翎羿昶晟";

std::string_view Char(std::string_view chars, size_t i) {
  return chars.substr((i % (chars.size() / 3)) * 3, 3);
}

// The i-th invented name: surname, then two given characters.
std::string Name(size_t i) {
  const size_t s = kSurnames.size() / 3, f = kFirst.size() / 3,
               g = kSecond.size() / 3;
  std::string name(Char(kSurnames, i % s));
  name += Char(kFirst, (i / s) % f);
  name += Char(kSecond, (i / s / f) % g);
  return name;
}

std::string Names(size_t count) {
  std::string text =
      "江川市临水区人民法院\n民事判决书\n（2024）川0199民初4417号\n";
  for (size_t i = 0; i < count; ++i)
    text += "原告：" + Name(i) + "。\n";
  text += "被告：费晓岚，住临水区。\n";
  text += "原告与被告法定继承纠纷一案，本院受理后依法审理。本院认为，";
  for (size_t i = 0; i < count; ++i) text += Name(i) + "、";
  text += "均为第一顺序继承人。\n判决如下：遗产由各原告与被告均分。\n"
          "审判员　祁映川\n书记员　谈若溪\n";
  return text;
}

std::string Victims(size_t count) {
  std::string text =
      "江川市临水区人民法院\n刑事判决书\n（2024）川0199刑初5120号\n"
      "公诉机关江川市临水区人民检察院。\n"
      "被告人费晓岚，男，1991年3月2日出生，住临水区。\n"
      "经审理查明：被告人费晓岚在临水区多处公寓楼道窃取财物。";
  for (size_t i = 0; i < count; ++i)
    text += "被害人" + Name(i) + "称其财物被窃。";
  text += "\n判决如下：被告人费晓岚犯盗窃罪。\n审判员　祁映川\n书记员　谈若溪\n";
  return text;
}

std::string Terms(size_t count) {
  std::string text;
  for (const wenshu::SyntheticJudgment& j :
       wenshu::GenerateJudgments(7, 1000000)) {
    text += j.text;
    text += '\n';
  }
  std::vector<std::string> terms;
  for (size_t i = 0; i < count; ++i) {
    char term[48];
    std::snprintf(term, sizeof term, "釉料配方QX-%05zu", i);
    terms.push_back(term);
  }
  // One in ten terms written into the text, spread over it at line breaks.
  size_t at = 0;
  for (size_t i = 0; i < count; i += 10) {
    at = text.find('\n', at + text.size() / (count / 10 + 1));
    if (at == std::string::npos) break;
    text.insert(at, "涉及" + terms[i] + "。");
    at += 1;
  }
  std::string line;
  wenshu::JsonWriter json(&line);
  json.BeginObject().Key("id").String("stress-terms").Key("text").String(text);
  json.Key("meta").BeginObject().Key("case_terms").BeginArray();
  for (const std::string& t : terms) json.String(t);
  json.EndArray().EndObject().EndObject();
  return line + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string what = argv[1];
  long count = what == "terms" ? 10000 : 32000;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--count" && i + 1 < argc) {
      char* end = nullptr;
      errno = 0;
      count = std::strtol(argv[++i], &end, 10);
      if (errno != 0 || *end != '\0' || count < 1 || count > 10000000) {
        std::fputs(kUsage, stderr);
        return 2;
      }
    } else {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  std::string line;
  if (what == "names") {
    wenshu::JsonWriter json(&line);
    json.BeginObject()
        .Key("id")
        .String("stress-names")
        .Key("text")
        .String(Names(static_cast<size_t>(count)))
        .EndObject();
    line += "\n";
  } else if (what == "victims") {
    wenshu::JsonWriter json(&line);
    json.BeginObject()
        .Key("id")
        .String("stress-victims")
        .Key("text")
        .String(Victims(static_cast<size_t>(count)))
        .EndObject();
    line += "\n";
  } else if (what == "terms") {
    line = Terms(static_cast<size_t>(count));
  } else {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::fwrite(line.data(), 1, line.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
