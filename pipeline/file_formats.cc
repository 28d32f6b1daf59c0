#include "pipeline/file_formats.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "core/docx_reader.h"
#include "core/encoding.h"
#include "core/html_reader.h"
#include "core/input_record.h"
#include "core/zip_archive.h"
#include "publishers/docx_writer.h"
#include "publishers/html_writer.h"
#include "publishers/xml_case_writer.h"

namespace wenshu {
namespace {

constexpr std::string_view kZipSignature = "PK\x03\x04";

// The edits a published document's redactions make, sorted by offset.
std::vector<TextEdit> EditsOf(const ProcessedDocument& doc) {
  std::vector<TextEdit> edits;
  edits.reserve(doc.redactions.size());
  for (const Redaction& r : doc.redactions)
    edits.push_back({r.begin, r.end, r.replacement});
  std::stable_sort(edits.begin(), edits.end(),
                   [](const TextEdit& a, const TextEdit& b) {
                     return a.begin < b.begin;
                   });
  return edits;
}

// Strings joined into one text to verify, each a paragraph of its own (a
// blank line between two: digits on two lines would be read as one
// number, and a page's width, height and margins are no phone number).
// The text nodes of the judgment itself were verified whole already, as
// the public text the file must read back as.
std::string JoinParagraphs(const std::vector<std::string>& strings) {
  std::string joined;
  for (const std::string& s : strings) {
    joined += s;
    joined += "\n\n";
  }
  return joined;
}

class DocxFileWriter : public PublicFileWriter {
 public:
  explicit DocxFileWriter(const DocxDocument& docx) : docx_(docx) {}

  Result<std::string> Write(const ProcessedDocument& doc) const override {
    return WriteDocx(docx_, EditsOf(doc), doc.public_text);
  }

  // Every XML part of the package (the story parts again, and the styles,
  // settings, properties, relationships...); pictures and fonts are not
  // text.
  Result<std::vector<FileText>> Texts(std::string_view file) const override {
    Result<std::vector<ZipEntry>> entries = ReadZip(file);
    if (!entries.ok()) return entries.status();
    std::vector<FileText> texts;
    for (const ZipEntry& entry : entries.value()) {
      if (!entry.name.ends_with(".xml") && !entry.name.ends_with(".rels"))
        continue;
      Result<std::vector<std::string>> strings = XmlStrings(entry.data);
      if (!strings.ok()) return strings.status();
      texts.push_back({entry.name, JoinParagraphs(strings.value())});
    }
    return texts;
  }

  const std::vector<TextPiece>& Pieces() const override {
    return docx_.pieces;
  }

 private:
  const DocxDocument& docx_;
};

class HtmlFileWriter : public PublicFileWriter {
 public:
  explicit HtmlFileWriter(const HtmlDocument& html) : html_(html) {}

  Result<std::string> Write(const ProcessedDocument& doc) const override {
    return WriteHtml(html_, EditsOf(doc), doc.public_text);
  }

  // Every text node, comment and attribute value of the written page.
  Result<std::vector<FileText>> Texts(std::string_view file) const override {
    Result<std::vector<std::string>> strings = HtmlStrings(file);
    if (!strings.ok()) return strings.status();
    return std::vector<FileText>{{"the page", JoinParagraphs(strings.value())}};
  }

  const std::vector<TextPiece>& Pieces() const override {
    return html_.pieces;
  }

  bool DeletesWholeLines() const override { return true; }

 private:
  const HtmlDocument& html_;
};

class XmlFileWriter : public PublicFileWriter {
 public:
  explicit XmlFileWriter(const XmlCaseDocument& xml) : xml_(xml) {}

  Result<std::string> Write(const ProcessedDocument& doc) const override {
    return WriteXmlCase(xml_, EditsOf(doc), doc.public_text);
  }

  // Every text node, comment and attribute value, metadata included.
  Result<std::vector<FileText>> Texts(std::string_view file) const override {
    Result<std::vector<std::string>> strings = XmlStrings(file);
    if (!strings.ok()) return strings.status();
    return std::vector<FileText>{
        {"the XML document", JoinParagraphs(strings.value())}};
  }

  const std::vector<TextPiece>& Pieces() const override {
    return xml_.pieces;
  }

 private:
  const XmlCaseDocument& xml_;
};

// A text written back in a legacy encoding (or UTF-8 with a byte-order
// mark): the bytes must decode to exactly the public text, which the
// verify pass has read already.
class EncodedTextWriter : public PublicFileWriter {
 public:
  explicit EncodedTextWriter(std::string encoding)
      : encoding_(std::move(encoding)) {}

  Result<std::string> Write(const ProcessedDocument& doc) const override {
    Result<std::string> bytes = EncodeFromUtf8(doc.public_text, encoding_);
    if (!bytes.ok()) {
      return Status::InvalidInput("the public text cannot be written in " +
                                  encoding_ + ": " + bytes.status().message() +
                                  " (--out-encoding utf-8 writes it in UTF-8)");
    }
    Result<DecodedText> back = DecodeToUtf8(bytes.value());
    if (!back.ok() || back.value().utf8 != doc.public_text) {
      return Status::InvalidInput("the public text written in " + encoding_ +
                                  " does not read back as written");
    }
    return bytes;
  }

  Result<std::vector<FileText>> Texts(std::string_view) const override {
    return std::vector<FileText>{};
  }

 private:
  const std::string encoding_;
};

ProcessedDocument HeldFile(const std::string& path, size_t bytes,
                           const std::string& reason) {
  ProcessedDocument doc;
  doc.id = path;
  doc.status = PublicationStatus::kHeld;
  doc.error = path + ": " + reason;
  doc.input_bytes = bytes;
  return doc;
}

// Runs the record through the processor with `writer`; the document's
// input bytes are the file's.
ProcessedDocument Run(const DocumentProcessor& processor, InputRecord record,
                      size_t file_bytes, const CaseFamilies* families,
                      const PublicFileWriter* writer) {
  ProcessedDocument processed =
      processor.ProcessRecord(record, families, writer);
  processed.input_bytes = file_bytes;
  return processed;
}

std::string LowerAscii(std::string_view s) {
  std::string lower(s);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool IsNameStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

// The name of the first element of markup `s` (lower case), after the
// declaration, comments, processing instructions and the DOCTYPE; empty
// when `s` is not markup. `*doctype_html` says whether a DOCTYPE named
// html came first.
std::string FirstElement(std::string_view s, bool* doctype_html) {
  *doctype_html = false;
  size_t i = 0;
  while (true) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i >= s.size() || s[i] != '<') return "";
    const std::string_view rest = s.substr(i);
    if (rest.starts_with("<?") || rest.starts_with("<!--")) {
      const std::string_view close = rest.starts_with("<?") ? "?>" : "-->";
      const size_t end = rest.find(close);
      if (end == std::string_view::npos) return "";
      i += end + close.size();
      continue;
    }
    if (rest.starts_with("<!")) {
      // A DOCTYPE's internal subset, [...], holds '>' of its own.
      size_t end = rest.find('>');
      const size_t subset = rest.find('[');
      if (subset != std::string_view::npos && subset < end) {
        const size_t close = rest.find(']', subset);
        end = close == std::string_view::npos ? close : rest.find('>', close);
      }
      if (end == std::string_view::npos) return "";
      if (LowerAscii(rest.substr(0, std::min<size_t>(end, 32)))
              .starts_with("<!doctype html"))
        *doctype_html = true;
      i += end + 1;
      continue;
    }
    size_t k = 1;
    if (k >= rest.size() || !IsNameStart(rest[k])) return "";
    while (k < rest.size() && !IsSpace(rest[k]) && rest[k] != '>' &&
           rest[k] != '/' && rest[k] != '<')
      ++k;
    if (k >= rest.size() || rest[k] == '<') return "";
    return LowerAscii(rest.substr(1, k - 1));
  }
}

bool IsHtmlRoot(std::string_view name) {
  static constexpr std::string_view kRoots[] = {
      "html", "head", "body", "p", "div", "table", "span", "section",
      "article", "h1", "h2", "h3", "h4", "h5", "h6", "br", "meta", "title"};
  return std::find(std::begin(kRoots), std::end(kRoots), name) !=
         std::end(kRoots);
}

bool HasHtmlName(std::string_view path) {
  const std::string lower = LowerAscii(path);
  return lower.ends_with(".html") || lower.ends_with(".htm") ||
         lower.ends_with(".xhtml");
}

}  // namespace

std::string_view FileFormatName(FileFormat format) {
  switch (format) {
    case FileFormat::kText:
      return "text";
    case FileFormat::kDocx:
      return "docx";
    case FileFormat::kHtml:
      return "html";
    case FileFormat::kXml:
      return "xml";
  }
  return "text";
}

std::optional<FileFormat> FileFormatNamed(std::string_view name) {
  for (FileFormat f : {FileFormat::kText, FileFormat::kDocx, FileFormat::kHtml,
                       FileFormat::kXml}) {
    if (FileFormatName(f) == name) return f;
  }
  return std::nullopt;
}

FileFormat DetectFileFormat(std::string_view bytes, std::string_view path) {
  if (bytes.starts_with(kZipSignature)) return FileFormat::kDocx;
  // The first characters, as UTF-8: markup in UTF-16 says what it is only
  // once decoded.
  std::string head(bytes.substr(0, 4096));
  if (head.starts_with("\xEF\xBB\xBF")) {
    head.erase(0, 3);
  } else if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    head.resize(head.size() & ~size_t{1});
    Result<DecodedText> decoded = DecodeToUtf8(head);
    // A cut surrogate pair at the end: one character fewer.
    if (!decoded.ok() && head.size() >= 4) {
      head.resize(head.size() - 2);
      decoded = DecodeToUtf8(head);
    }
    if (!decoded.ok()) return FileFormat::kText;
    head = std::move(decoded.value().utf8);
  }
  bool doctype_html = false;
  const std::string root = FirstElement(head, &doctype_html);
  if (root.empty() && !doctype_html) return FileFormat::kText;
  if (doctype_html || IsHtmlRoot(root) || HasHtmlName(path))
    return FileFormat::kHtml;
  return FileFormat::kXml;
}

ProcessedDocument ProcessFile(const DocumentProcessor& processor,
                              const std::string& path, std::string_view bytes,
                              const FileFormatOptions& options,
                              const CaseFamilies* families) {
  const FileFormat format =
      options.forced ? *options.forced : DetectFileFormat(bytes, path);
  InputRecord record;
  record.id = path;
  switch (format) {
    case FileFormat::kDocx: {
      Result<DocxDocument> docx = ReadDocx(bytes);
      if (!docx.ok())
        return HeldFile(path, bytes.size(), docx.status().message());
      record.text = docx.value().text;
      const DocxFileWriter writer(docx.value());
      return Run(processor, std::move(record), bytes.size(), families,
                 &writer);
    }
    case FileFormat::kHtml: {
      Result<HtmlDocument> html = ReadHtml(bytes);
      if (!html.ok())
        return HeldFile(path, bytes.size(), html.status().message());
      record.text = html.value().text;
      const HtmlFileWriter writer(html.value());
      return Run(processor, std::move(record), bytes.size(), families,
                 &writer);
    }
    case FileFormat::kXml: {
      Result<XmlCaseDocument> xml = ReadXmlCase(bytes, *options.xml_mapping);
      if (!xml.ok())
        return HeldFile(path, bytes.size(), xml.status().message());
      record.text = xml.value().text;
      record.meta = xml.value().meta;
      const XmlFileWriter writer(xml.value());
      return Run(processor, std::move(record), bytes.size(), families,
                 &writer);
    }
    case FileFormat::kText:
      break;
  }
  Result<DecodedText> decoded = DecodeToUtf8(bytes);
  if (!decoded.ok())
    return HeldFile(path, bytes.size(), decoded.status().message());
  record.text = std::move(decoded.value().utf8);
  const std::string& encoding = decoded.value().encoding;
  if (options.utf8_text || encoding == "UTF-8")
    return Run(processor, std::move(record), bytes.size(), families, nullptr);
  const EncodedTextWriter writer(encoding);
  return Run(processor, std::move(record), bytes.size(), families, &writer);
}

Result<XmlMapping> ReadXmlMappingFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream json;
  json << in.rdbuf();
  if (!in)
    return Status::IoError("cannot read " + path + ": " + std::strerror(errno));
  Result<XmlMapping> parsed = ParseXmlMapping(json.str());
  if (!parsed.ok()) {
    return Status::InvalidInput(path + ": " + parsed.status().message() +
                                "; see README, \"XML\"");
  }
  return parsed;
}

Result<FileFormatOptions> FileFormatOptionsFor(const BatchOptions& options,
                                               XmlMapping* mapping) {
  FileFormatOptions formats;
  formats.forced = FileFormatNamed(options.in_format);  // nullopt for auto
  formats.utf8_text = options.out_encoding == "utf-8";
  if (!options.xml_mapping_file.empty()) {
    Result<XmlMapping> read = ReadXmlMappingFile(options.xml_mapping_file);
    if (!read.ok()) return read.status();
    *mapping = std::move(read).value();
    formats.xml_mapping = mapping;
  }
  return formats;
}

}  // namespace wenshu
