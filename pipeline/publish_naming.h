// The words `wenshu publish` derives from a document besides its text:
// the parties its published title names, the folder name an index gives a
// court, cause or document type, and the group a held document's reason is
// counted under in the summary. Pure functions; thread-safe.
#ifndef WENSHU_PIPELINE_PUBLISH_NAMING_H_
#define WENSHU_PIPELINE_PUBLISH_NAMING_H_

#include <string>
#include <string_view>

#include "publishers/site_pages.h"
#include "redactors/party_block.h"

namespace wenshu {

// Adds to `parts` the parties of the public text's participant paragraphs
// (see publish_naming.cc): first side, then the side whose label starts
// with 被 (被告, 被上诉人, 被申请人); a criminal 被告人 stands first.
void AddTitleParties(std::string_view text, const PartyBlockPolicy& words,
                     TitleParts* parts);

// A court, cause or document type as one path segment: CJK ideographs,
// ASCII letters and digits kept, every other run one '-', at most 120
// bytes; "未知" when nothing is left.
std::string Segment(std::string_view text);

// The first words of a held reason ("verify", "malformed JSON"), without
// a line number or a file path before it and with digits as '#'.
std::string ReasonGroup(std::string_view reason);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_PUBLISH_NAMING_H_
