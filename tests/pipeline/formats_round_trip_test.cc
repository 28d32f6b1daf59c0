// Every sample judgment of corpora/samples, written as a .docx, an HTML page
// and a case-system XML export (a paragraph per line, long digit runs split
// over two runs or inline elements), goes through ProcessFile like a file
// of `wenshu redact`: each must be published in its own format, and the
// text read back from the written file must be the public text the
// pipeline makes of the plain text — line for line (a structured file
// keeps a paragraph whose text was deleted whole as an empty one, so empty
// lines are not compared).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/docx_reader.h"
#include "core/encoding.h"
#include "core/html_reader.h"
#include "core/xml_case_reader.h"
#include "core/zip_archive.h"
#include "pipeline/file_formats.h"
#include "tests/pipeline/standard_processor.h"

namespace wenshu {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The non-empty lines, without the ASCII spaces at their ends (an XML
// paragraph's edge whitespace is indentation).
std::vector<std::string> Content(const std::string& text) {
  std::vector<std::string> lines;
  for (std::string line : SplitLines(text)) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' ||
                             line.back() == '\r'))
      line.pop_back();
    size_t start = 0;
    while (start < line.size() && (line[start] == ' ' || line[start] == '\t'))
      ++start;
    if (start < line.size()) lines.push_back(line.substr(start));
  }
  return lines;
}

std::string Escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') {
      out += "&lt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

// `line` as segments: a run of 8 or more ASCII digits is cut in two, so
// that a value crosses two runs or elements.
std::vector<std::string> Segments(const std::string& line) {
  std::vector<std::string> segments(1);
  size_t i = 0;
  while (i < line.size()) {
    size_t j = i;
    while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
    if (j - i >= 8) {
      const size_t half = i + (j - i) / 2;
      segments.back() += line.substr(i, half - i);
      segments.push_back(line.substr(half, j - half));
      segments.emplace_back();
      i = j;
    } else if (j > i) {
      segments.back() += line.substr(i, j - i);
      i = j;
    } else {
      segments.back() += line[i++];
    }
  }
  return segments;
}

std::string AsDocx(const std::vector<std::string>& lines) {
  std::string body;
  bool bold = false;
  for (const std::string& line : lines) {
    body += "<w:p>";
    for (const std::string& segment : Segments(line)) {
      if (segment.empty()) continue;
      body += std::string("<w:r>") + (bold ? "<w:rPr><w:b/></w:rPr>" : "") +
              "<w:t xml:space=\"preserve\">" + Escaped(segment) + "</w:t></w:r>";
      bold = !bold;
    }
    body += "</w:p>\n";
  }
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
      "wordprocessingml/2006/main\"><w:body>\n" +
      body + "</w:body></w:document>";
  const std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
      "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
      "vnd.openxmlformats-package.relationships+xml\"/><Default "
      "Extension=\"xml\" ContentType=\"application/xml\"/><Override "
      "PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "</Types>";
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
      "relationships\"><Relationship Id=\"rId1\" Type=\"http://"
      "schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
  return WriteZip({{"[Content_Types].xml", types},
                   {"_rels/.rels", rels},
                   {"word/document.xml", document}})
      .value();
}

std::string AsPage(const std::vector<std::string>& lines) {
  std::string page =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
      "</head><body>\n";
  for (const std::string& line : lines) {
    page += "<p>";
    bool em = false;
    for (const std::string& segment : Segments(line)) {
      page += em ? "<em>" + Escaped(segment) + "</em>" : Escaped(segment);
      em = !em;
    }
    page += "</p>\n";
  }
  return page + "</body></html>\n";
}

std::string AsXml(const std::vector<std::string>& lines) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<judgment xmlns=\"urn:wenshu:judgment:1\" id=\"sample\">\n  <body>\n";
  for (const std::string& line : lines) {
    xml += "    <p>";
    bool b = false;
    for (const std::string& segment : Segments(line)) {
      xml += b ? "<b>" + Escaped(segment) + "</b>" : Escaped(segment);
      b = !b;
    }
    xml += "</p>\n";
  }
  return xml + "  </body>\n</judgment>\n";
}

// The text a reader of `format` gets from `file`.
std::string TextOf(FileFormat format, const std::string& file) {
  switch (format) {
    case FileFormat::kDocx: {
      Result<DocxDocument> d = ReadDocx(file);
      return d.ok() ? d.value().text : "(" + d.status().message() + ")";
    }
    case FileFormat::kHtml: {
      Result<HtmlDocument> h = ReadHtml(file);
      return h.ok() ? h.value().text : "(" + h.status().message() + ")";
    }
    case FileFormat::kXml: {
      Result<XmlCaseDocument> x = ReadXmlCase(file, DefaultXmlMapping());
      return x.ok() ? x.value().text : "(" + x.status().message() + ")";
    }
    case FileFormat::kText:
      break;
  }
  return file;
}

TEST(FormatsRoundTrip, EverySampleComesBackAsItsPublicTextInEveryFormat) {
  const fs::path samples = fs::path(WENSHU_SOURCE_DIR) / "corpora" / "samples";
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(samples)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".txt") || name.find(".expected.") != std::string::npos ||
        name.find(".held.") != std::string::npos)
      continue;
    const fs::path expected =
        entry.path().parent_path() /
        (entry.path().stem().string() + ".expected.txt");
    if (fs::exists(expected)) inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  ASSERT_GE(inputs.size(), 100u);
  const DocumentProcessor& processor = testing_support::StandardProcessor();
  const FileFormatOptions options;
  size_t written = 0;
  for (const fs::path& input : inputs) {
    Result<DecodedText> decoded = DecodeToUtf8(ReadAll(input));
    ASSERT_TRUE(decoded.ok()) << input;
    const std::string expected = ReadAll(
        input.parent_path() / (input.stem().string() + ".expected.txt"));
    const std::vector<std::string> lines = SplitLines(decoded.value().utf8);
    const struct {
      FileFormat format;
      std::string bytes;
      std::string name;
    } files[] = {
        {FileFormat::kDocx, AsDocx(lines), input.stem().string() + ".docx"},
        {FileFormat::kHtml, AsPage(lines), input.stem().string() + ".html"},
        {FileFormat::kXml, AsXml(lines), input.stem().string() + ".xml"},
    };
    for (const auto& file : files) {
      ASSERT_EQ(DetectFileFormat(file.bytes, file.name), file.format)
          << file.name;
      const ProcessedDocument doc =
          ProcessFile(processor, file.name, file.bytes, options, nullptr);
      ASSERT_EQ(doc.status, PublicationStatus::kPublished)
          << file.name << ": " << doc.error;
      ASSERT_FALSE(doc.public_file.empty()) << file.name;
      const std::string back = TextOf(file.format, doc.public_file);
      EXPECT_EQ(back, doc.public_text) << file.name;
      EXPECT_EQ(Content(back), Content(expected)) << file.name;
      ++written;
    }
  }
  std::cout << "[ round trip ] " << written << " files written back\n";
}

}  // namespace
}  // namespace wenshu
