// `wenshu names`: the body-name finder of the people stage alone, for
// measuring it on named-entity sets. Reads {"id", "text"} lines on `in` and
// writes {"id", "persons": [[begin, end], ...]} on `out`, one line each,
// with UTF-8 byte offsets into the text (an id that is neither a string
// nor a number is left out; a text that cannot be normalized has no
// persons). Runs on the calling thread; not a batch command (it runs no
// document through the DocumentProcessor), but it reads lines as the batch
// loop does (line_reader.h).
//
// Returns the exit status: 0 at the end of input, 2 when given arguments
// (usage error on `err`), 1 at the first line that is not a JSON object
// with a string "text" (what is wrong on `err`; the lines before it are
// written) or when writing `out` failed.
#ifndef WENSHU_PIPELINE_NAMES_COMMAND_H_
#define WENSHU_PIPELINE_NAMES_COMMAND_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace wenshu {

// `args` are the words after "names": none, or -h/--help (usage on `out`).
int RunNamesCommand(const std::vector<std::string>& args, std::istream& in,
                    std::ostream& out, std::ostream& err);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_NAMES_COMMAND_H_
