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
  Result<std::vector<EditedPiece>> edited =
      EditPieces(fresh.text, fresh.pieces, edits);
  if (!edited.ok()) {
    return Status::InvalidInput(kMappingError + edited.status().message());
  }
  for (const EditedPiece& piece : edited.value()) {
    fresh.nodes[piece.piece].SetContent(fresh.prefixes[piece.piece] +
                                        piece.text +
                                        fresh.suffixes[piece.piece]);
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
