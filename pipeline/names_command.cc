#include "pipeline/names_command.h"

#include "core/json.h"
#include "core/normalized_text.h"
#include "pipeline/cli_options.h"
#include "pipeline/line_reader.h"
#include "redactors/people.h"
#include "redactors/policy.h"

namespace wenshu {
namespace {

constexpr char kNamesUsage[] =
    "usage: wenshu names < sentences.jsonl\n\nReads {\"id\", \"text\"} lines "
    "and writes {\"id\", \"persons\": [[begin, end], ...]}\n(UTF-8 byte "
    "offsets): the names the people stage finds from role and\nkinship cues "
    "in running text.\n";

// The output line for one record whose text is `text`.
std::string PersonsRecord(const PeopleFinder& finder, const JsonObject& record,
                          const std::string& text) {
  Result<NormalizedText> view = NormalizedText::Normalize(text);
  std::string line;
  JsonWriter out(&line);
  out.BeginObject();
  if (record.TypeOf("id") == JsonType::kString)
    out.Key("id").String(record.GetString("id").value());
  else if (record.TypeOf("id") == JsonType::kNumber)
    out.Key("id").Int(record.GetInt("id").value());
  out.Key("persons").BeginArray();
  if (view.ok()) {
    const OffsetMap& offsets = view.value().offsets();
    for (const ByteRange& r : finder.CandidateNames(view.value().text())) {
      out.BeginArray()
          .Int(static_cast<int64_t>(offsets.ToOriginalBegin(r.begin)))
          .Int(static_cast<int64_t>(offsets.ToOriginalEnd(r.end)))
          .EndArray();
    }
  }
  out.EndArray().EndObject();
  return line;
}

}  // namespace

int RunNamesCommand(const std::vector<std::string>& args, std::istream& in,
                    std::ostream& out, std::ostream& err) {
  if (!args.empty()) {
    if (args[0] == "-h" || args[0] == "--help") {
      out << kNamesUsage;
      return 0;
    }
    err << UsageErrorText("names takes no arguments; it reads standard input");
    return 2;
  }
  const PeopleFinder finder(Policy::NationalDefault().people());
  LineBatchReader reader(in);
  LineBatch batch;
  while (reader.Next(&batch)) {
    for (size_t k = 0; k < batch.lines.size(); ++k) {
      Result<JsonObject> parsed = JsonObject::Parse(batch.lines[k]);
      Result<std::string> text = parsed.ok()
                                     ? parsed.value().GetString("text")
                                     : Result<std::string>(parsed.status());
      if (!text.ok()) {
        err << "wenshu: line " << batch.first_line + k << ": "
            << text.status().message() << "\n";
        return 1;
      }
      out << PersonsRecord(finder, parsed.value(), text.value()) << '\n';
    }
  }
  return out ? 0 : 1;
}

}  // namespace wenshu
