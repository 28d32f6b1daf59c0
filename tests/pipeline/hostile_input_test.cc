// Hostile input through the wenshu binary: every line `wenshu redact` (and
// `wenshu check --format jsonl`) writes for it must be valid UTF-8 JSON, one
// line per input line. Each output line is read by a strict decoder
// (simdjson, which validates the UTF-8 of the whole text and rejects raw
// control characters in strings and unpaired surrogate escapes) and checked
// for well-formed UTF-8 on its own.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "core/encoding.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::CliRun;
using testing_support::Lines;

struct Hostile {
  const char* name;
  std::string line;  // without its line break
};

std::string Nested(size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

std::vector<Hostile> HostileLines() {
  const std::string text = "原告王某某诉称，借款二万元未还。";
  return {
      {"InvalidUtf8InAString",
       "{\"id\":\"a\",\"text\":\"\xE4\xB8 \xFF\xFE\"}"},
      {"InvalidUtf8OutsideAString", "{\"id\":\"a\",\"text\":\xE4\xB8\xAD}"},
      {"Overlong", "{\"id\":\"\xC0\xAF\",\"text\":\"x\"}"},
      {"EncodedSurrogate", "{\"id\":\"s\",\"text\":\"\xED\xA0\x80\"}"},
      {"RawNul", std::string("{\"id\":\"n\",\"text\":\"a\0b\"}", 23)},
      {"EscapedNul", "{\"id\":\"e\",\"text\":\"a\\u0000b\"}"},
      {"LoneHighSurrogateEscape", "{\"id\":\"l\",\"text\":\"\\ud800x\"}"},
      {"LoneLowSurrogateEscape", "{\"id\":\"\\udc00\",\"text\":\"x\"}"},
      {"ControlCharactersInTheId",
       "{\"id\":\"a\\u0001\\u001b[31m\",\"text\":\"" + text + "\"}"},
      {"BomInsideALine", "\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"x\"}"},
      {"Utf16LeWithoutBom",
       std::string("{\0\"\0i\0d\0\"\0:\0\"\0u\0\"\0}\0", 20)},
      {"HugeNumberId", "{\"id\":1e999999,\"text\":\"x\"}"},
      {"HugeIntegerInMeta",
       "{\"id\":\"h\",\"text\":\"x\",\"meta\":{\"appealed\":"
       "123456789012345678901234567890}}"},
      {"MinusZeroAndNaN", "{\"id\":-0,\"text\":NaN}"},
      {"Truncated", "{\"id\":\"t\",\"text\":\"" + text},
      {"TwoObjects", "{\"id\":\"a\",\"text\":\"x\"}{\"id\":\"b\"}"},
      {"NotAnObject", "[\"id\",\"text\"]"},
      {"Null", "null"},
      {"AString", "\"" + text + "\""},
      {"EmptyLine", ""},
      {"WhitespaceOnly", " \t\r"},
      {"CarriageReturnEnding", "{\"id\":\"r\",\"text\":\"" + text + "\"}\r"},
      {"DeepArrayNesting", Nested(100000)},
      {"DeepNestingInMeta",
       "{\"id\":\"d\",\"text\":\"x\",\"meta\":{\"flags\":" + Nested(50000) +
           "}}"},
      {"DeepObjectNesting",
       [] {
         std::string s;
         for (int i = 0; i < 20000; ++i) s += "{\"a\":";
         return s + "1" + std::string(20000, '}');
       }()},
      {"MetaValueWithBrokenUtf8",
       "{\"id\":\"m\",\"text\":\"x\",\"meta\":{\"court\":\"\xE5\x8C\"}}"},
      {"DecisionDateEchoedWithBytes",
       "{\"id\":\"q\",\"text\":\"" + text +
           "\",\"meta\":{\"decision_date\":\"\\u00e4\xE5\x8C\x97\"}}"},
      {"NoncharactersAndPrivateUse",
       "{\"id\":\"p\",\"text\":\"\xEF\xBF\xBE\xEF\xBF\xBF\xEE\x80\x80" + text +
           "\"}"},
      {"AGoodRecord", "{\"id\":\"good\",\"text\":\"" + text + "\"}"},
  };
}

// Every line of `out` read strictly; `context` names the run.
void ExpectStrictJsonLines(const std::string& out, size_t want_lines,
                           const std::string& context) {
  const std::vector<std::string> lines = Lines(out);
  EXPECT_EQ(lines.size(), want_lines) << context;
  simdjson::dom::parser parser;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    EXPECT_FALSE(FirstInvalidUtf8(line).has_value())
        << context << ": output line " << i + 1 << " is not UTF-8";
    simdjson::dom::element element;
    const simdjson::error_code error =
        parser.parse(simdjson::padded_string(line)).get(element);
    EXPECT_EQ(error, simdjson::SUCCESS)
        << context << ": output line " << i + 1 << ": "
        << simdjson::error_message(error) << ": " << line.substr(0, 300);
    if (error == simdjson::SUCCESS) {
      EXPECT_TRUE(element.is_object())
          << context << ": output line " << i + 1;
    }
  }
}

std::string AllLines(const std::vector<Hostile>& lines) {
  std::string input;
  for (const Hostile& h : lines) input += h.line + "\n";
  return input;
}

TEST(HostileInput, EachLineAloneGivesOneStrictJsonLine) {
  for (const Hostile& h : HostileLines()) {
    const CliRun r = testing_support::RunWenshu(
        "wenshu_hostile_", "redact --threads 1", h.line + "\n");
    EXPECT_EQ(r.exit_code, 0) << h.name << ": " << r.err;
    ExpectStrictJsonLines(r.out, 1, h.name);
  }
}

TEST(HostileInput, AllLinesInOneStreamGiveStrictJsonLines) {
  const std::vector<Hostile> lines = HostileLines();
  const std::string input = AllLines(lines);
  for (const char* args : {"redact --threads 4", "check --format jsonl"}) {
    const CliRun r = testing_support::RunWenshu("wenshu_hostile_", args, input);
    EXPECT_EQ(r.exit_code, 0) << args << ": " << r.err;
    ExpectStrictJsonLines(r.out, lines.size(), args);
  }
}

// Stream-level hostility: a BOM opening the stream, the whole stream in
// UTF-16 (with and without a BOM), a stream cut in the middle of a
// character, and no line break at the end.
TEST(HostileInput, WholeStreamsInOtherShapesGiveStrictJsonLines) {
  const std::string record = "{\"id\":\"w\",\"text\":\"借款二万元。\"}\n";
  std::string utf16le;
  for (const char c : record + record) {
    utf16le += c;  // ASCII only in the parts that matter for the shape
    utf16le += '\0';
  }
  struct Stream {
    const char* name;
    std::string bytes;
    size_t lines;
  };
  const std::vector<Stream> streams = {
      {"BomOpensTheStream", "\xEF\xBB\xBF" + record + record, 2},
      {"Utf16LeWithBom", "\xFF\xFE" + utf16le, 3},
      {"Utf16LeWithoutBom", utf16le, 3},
      {"CutInsideACharacter", record + record.substr(0, 22), 2},
      {"NoFinalLineBreak", record + record.substr(0, record.size() - 1), 2},
  };
  for (const Stream& s : streams) {
    const CliRun r =
        testing_support::RunWenshu("wenshu_hostile_", "redact", s.bytes);
    EXPECT_EQ(r.exit_code, 0) << s.name << ": " << r.err;
    ExpectStrictJsonLines(r.out, s.lines, s.name);
  }
}

}  // namespace
}  // namespace wenshu
