// DetectFileFormat: a file's format told by its content (and, for markup
// whose root does not say, by its name).
#include "pipeline/file_formats.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

struct DetectCase {
  const char* name;
  std::string bytes;
  const char* path;
  FileFormat want;
};

std::string Utf16Le(const std::string& ascii) {
  std::string out = "\xFF\xFE";
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

TEST(DetectFileFormat, TellsEachFormatByItsContent) {
  const DetectCase cases[] = {
      {"zip", std::string("PK\x03\x04\x14\x00", 6), "a.txt", FileFormat::kDocx},
      {"xml declaration", "<?xml version=\"1.0\"?>\n<judgment/>", "a.txt",
       FileFormat::kXml},
      {"bare element", "<case><p>原告</p></case>", "a", FileFormat::kXml},
      {"comment first", "<!-- 导出 -->\n<案件><段落>甲</段落></案件>", "a",
       FileFormat::kXml},
      {"doctype html", "<!DOCTYPE html>\n<html><body>甲</body></html>", "a",
       FileFormat::kHtml},
      {"doctype html upper", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
       "a", FileFormat::kHtml},
      {"html root", "  <HTML lang=zh><p>甲</p>", "a", FileFormat::kHtml},
      {"xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">",
       "a", FileFormat::kHtml},
      {"fragment", "<p>原告甲</p><p>被告乙</p>", "a", FileFormat::kHtml},
      {"markup named .htm", "<judgment>甲</judgment>", "x/y.HTM",
       FileFormat::kHtml},
      {"utf8 bom markup", "\xEF\xBB\xBF<html>", "a", FileFormat::kHtml},
      {"utf16 markup", Utf16Le("<!DOCTYPE html><html>"), "a",
       FileFormat::kHtml},
      {"utf16 xml", Utf16Le("<?xml version=\"1.0\"?><case/>"), "a",
       FileFormat::kXml},
      {"utf16 text", Utf16Le("plain words"), "a.html", FileFormat::kText},
      {"chinese text", "北京市某区人民法院\n民事判决书\n", "a.html",
       FileFormat::kText},
      {"angle quote text", "<<刑法>>第一条", "a", FileFormat::kText},
      {"less than", "< 5000元", "a", FileFormat::kText},
      {"unclosed", "<p", "a", FileFormat::kText},
      {"empty", "", "a.xml", FileFormat::kText},
      {"internal subset", "<?xml version=\"1.0\"?><!DOCTYPE j [<!ENTITY a \"b\">"
       "<!ENTITY c \"d\">]>\n<j>&a;</j>", "a", FileFormat::kXml},
  };
  for (const DetectCase& c : cases) {
    EXPECT_EQ(DetectFileFormat(c.bytes, c.path), c.want) << c.name;
  }
}

TEST(FileFormatNamed, NamesRoundTrip) {
  for (FileFormat f : {FileFormat::kText, FileFormat::kDocx, FileFormat::kHtml,
                       FileFormat::kXml}) {
    ASSERT_TRUE(FileFormatNamed(FileFormatName(f)).has_value());
    EXPECT_EQ(*FileFormatNamed(FileFormatName(f)), f);
  }
  EXPECT_FALSE(FileFormatNamed("jsonl").has_value());
}

}  // namespace
}  // namespace wenshu
