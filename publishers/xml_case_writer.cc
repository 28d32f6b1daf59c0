#include "publishers/xml_case_writer.h"

#include <string_view>

#include "core/xml_document.h"

namespace wenshu {
namespace {

constexpr char kMappingError[] = "the XML could not be mapped back: ";

}  // namespace

Result<std::string> WriteXmlCase(const XmlCaseDocument& document,
                                 const std::vector<TextEdit>& edits,
                                 const std::string& expected_public_text) {
  // The writer's own tree: the node handles of `document` are never touched.
  Result<XmlCaseDocument> copy = ReadXmlCase(document.source, document.mapping);
  if (!copy.ok()) return copy.status();
  XmlCaseDocument& fresh = copy.value();
  if (fresh.text != document.text) {
    return Status::Internal("the XML read twice gave two texts");
  }
  Result<std::vector<PieceEdit>> mapped = MapEdits(fresh.pieces, edits);
  if (!mapped.ok()) {
    return Status::InvalidInput(kMappingError + mapped.status().message());
  }
  const std::vector<PieceEdit>& piece_edits = mapped.value();
  for (size_t i = 0; i < piece_edits.size();) {
    const size_t index = piece_edits[i].piece;
    size_t j = i;
    std::vector<PieceEdit> mine;
    while (j < piece_edits.size() && piece_edits[j].piece == index) {
      mine.push_back(piece_edits[j++]);
    }
    const TextPiece& piece = fresh.pieces[index];
    const std::string text = ApplyPieceEdits(
        std::string_view(fresh.text).substr(piece.begin, piece.end - piece.begin),
        mine);
    fresh.nodes[index].SetContent(fresh.prefixes[index] + text +
                                  fresh.suffixes[index]);
    i = j;
  }
  Result<size_t> removed = fresh.xml->RemoveNodes(fresh.withheld);
  if (!removed.ok()) return removed.status();
  Result<std::string> bytes = fresh.xml->SerializeAs(fresh.encoding, fresh.declaration);
  if (!bytes.ok()) return bytes.status();
  if (fresh.utf8_bom && bytes.value().substr(0, 3) != "\xEF\xBB\xBF") {
    bytes.value().insert(0, "\xEF\xBB\xBF");
  }

  // Fail closed: what was written must read back as exactly the public text.
  Result<XmlCaseDocument> reread = ReadXmlCase(bytes.value(), fresh.mapping);
  const Result<std::string> text =
      reread.ok() ? Result<std::string>(reread.value().text)
                  : Result<std::string>(reread.status());
  if (Status s = CheckReadBack(text, expected_public_text, kMappingError);
      !s.ok())
    return s;
  return bytes;
}

}  // namespace wenshu
