// The file formats `wenshu redact FILE|DIR` reads and writes back: how a
// file's format is told from its content, and one document of each format
// through the processor with the writer of its own format.
//
//   docx  a zip archive (the content decides: a zip without
//         word/document.xml is held by the reader); core/docx_reader.h,
//         publishers/docx_writer.h.
//   html  markup whose DOCTYPE or root element is HTML (html, body, p, div,
//         table, ...), or any markup in a file named .html, .htm or .xhtml;
//         core/html_reader.h, publishers/html_writer.h.
//   xml   any other markup (an XML declaration, a comment, a DOCTYPE or an
//         element first): a case-system export, read with Wenshu's own
//         mapping or the one --xml-mapping gives; core/xml_case_reader.h,
//         publishers/xml_case_writer.h.
//   text  everything else, in UTF-8, UTF-16 or GB18030 (core/encoding.h),
//         written back in the encoding it came in unless UTF-8 output is
//         asked for.
// Markup in UTF-16 is told by its first characters, decoded.
//
// ProcessFile never fails: a file that cannot be read in its format, whose
// public version cannot be written back with confidence, or whose written
// file carries a protected value in any part (the final verify of
// redaction_stages.h, WriteFile) is held with the reason, and no public
// file is made. Thread-safe; the options and the processor are read only.
#ifndef WENSHU_PIPELINE_FILE_FORMATS_H_
#define WENSHU_PIPELINE_FILE_FORMATS_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/xml_case_reader.h"
#include "pipeline/case_family.h"
#include "pipeline/cli_options.h"
#include "pipeline/document_processor.h"

namespace wenshu {

enum class FileFormat { kText, kDocx, kHtml, kXml };

// "text", "docx", "html", "xml".
std::string_view FileFormatName(FileFormat format);
// The format of that name, or nullopt.
std::optional<FileFormat> FileFormatNamed(std::string_view name);

// The format `bytes` hold; `path` only tells HTML from XML for markup
// whose root element does not.
FileFormat DetectFileFormat(std::string_view bytes, std::string_view path);

struct FileFormatOptions {
  // The format every file is read as (--in-format); nullopt: detected.
  std::optional<FileFormat> forced;
  // Text files written back in UTF-8 (--out-encoding utf-8), not in the
  // encoding each came in.
  bool utf8_text = false;
  // How XML files are read (--xml-mapping, else Wenshu's own format).
  const XmlMapping* xml_mapping = &DefaultXmlMapping();
};

// The mapping file of --xml-mapping, read and checked. The error says
// which file and what is wrong (kIoError when it cannot be read,
// kInvalidInput when it is not a mapping), ready to print after "wenshu: ".
Result<XmlMapping> ReadXmlMappingFile(const std::string& path);

// The formats a batch command's --in-format, --out-encoding and
// --xml-mapping ask for. `mapping` receives the mapping file's content and
// must outlive the result. Fails as ReadXmlMappingFile does.
Result<FileFormatOptions> FileFormatOptionsFor(const BatchOptions& options,
                                               XmlMapping* mapping);

// The file `path` whose content is `bytes` through `processor`. A
// published document has its public text and, when the file is not UTF-8
// text (or is, with a byte-order mark), its public file in the input's
// own format and encoding (ProcessedDocument::public_file). The id is
// `path`.
ProcessedDocument ProcessFile(const DocumentProcessor& processor,
                              const std::string& path, std::string_view bytes,
                              const FileFormatOptions& options,
                              const CaseFamilies* families);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_FILE_FORMATS_H_
