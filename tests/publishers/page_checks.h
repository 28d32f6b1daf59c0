// Internal to the tests of the page publishers (site, review): walking a
// parsed page, and running Debian's `tidy` over one. Not thread-safe across
// tests of one process that share the temporary folder name.
#ifndef WENSHU_TESTS_PUBLISHERS_PAGE_CHECKS_H_
#define WENSHU_TESTS_PUBLISHERS_PAGE_CHECKS_H_

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/html_document.h"
#include "core/status.h"
#include "core/xml_document.h"
#include "gtest/gtest.h"

namespace wenshu {
namespace page_checks {

// Calls `f` on every node under `node`, depth first, in document order.
inline void Walk(XmlNode node, const std::function<void(XmlNode)>& f) {
  for (XmlNode child = node.FirstChild(); child; child = child.NextSibling()) {
    f(child);
    Walk(child, f);
  }
}

inline std::vector<XmlNode> Elements(const HtmlTree& tree, std::string_view name) {
  std::vector<XmlNode> out;
  Walk(tree.DocumentNode(), [&](XmlNode n) {
    if (KindOf(n) == HtmlNodeKind::kElement && n.LocalName() == name) {
      out.push_back(n);
    }
  });
  return out;
}

inline std::string Attr(XmlNode element, std::string_view name) {
  for (const HtmlAttribute& a : Attributes(element)) {
    if (a.name == name) return a.value;
  }
  return "";
}

inline std::string FindOnPath(std::string_view program) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path == nullptr ? "" : path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const std::filesystem::path candidate =
        std::filesystem::path(dir) / program;
    if (!dir.empty() && access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

// `tidy -q -e` over the page: its messages, or "" when it has none.
inline std::string TidyMessages(const std::string& tidy, const std::string& page) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      ("wenshu_page_checks_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::filesystem::path file = dir / "page.html";
  const std::filesystem::path messages = dir / "tidy.txt";
  std::ofstream(file, std::ios::binary) << page;
  const std::string command = tidy + " -q -e -utf8 '" + file.string() +
                              "' > '" + messages.string() + "' 2>&1";
  const int status = std::system(command.c_str());
  std::ifstream in(messages);
  std::string out((std::istreambuf_iterator<char>(in)),
                  std::istreambuf_iterator<char>());
  std::filesystem::remove_all(dir);
  if (status != 0 && out.empty())
    out = "tidy exited with " + std::to_string(status);
  return out;
}

// The checks every page passes, whatever kind: it starts with the HTML5
// DOCTYPE, all but that line is well-formed XML, <html lang="zh-CN">, a
// charset and a viewport meta, one non-empty <title>. Sets `*tree` to the
// parsed page for the caller's own checks (left empty when parsing fails).
inline void ExpectPageBasics(const std::string& page, const std::string& path,
                             std::optional<HtmlTree>* tree) {
  constexpr std::string_view kDoctype = "<!DOCTYPE html>\n";
  ASSERT_TRUE(std::string_view(page).starts_with(kDoctype));
  Result<XmlDocument> xml =
      XmlDocument::Parse(std::string_view(page).substr(kDoctype.size()), path);
  ASSERT_TRUE(xml.ok()) << xml.status().message();
  Result<HtmlTree> parsed = HtmlTree::Parse(page);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  tree->emplace(std::move(parsed).value());
  const std::vector<XmlNode> html = Elements(**tree, "html");
  ASSERT_EQ(html.size(), 1u);
  EXPECT_EQ(Attr(html[0], "lang"), "zh-CN");
  bool charset = false;
  bool viewport = false;
  for (XmlNode meta : Elements(**tree, "meta")) {
    charset |= Attr(meta, "charset") == "utf-8";
    viewport |=
        Attr(meta, "name") == "viewport" &&
        Attr(meta, "content").find("width=device-width") != std::string::npos;
  }
  EXPECT_TRUE(charset);
  EXPECT_TRUE(viewport);
  const std::vector<XmlNode> titles = Elements(**tree, "title");
  ASSERT_EQ(titles.size(), 1u);
  EXPECT_FALSE(titles[0].Text().empty());
}

}  // namespace page_checks
}  // namespace wenshu

#endif  // WENSHU_TESTS_PUBLISHERS_PAGE_CHECKS_H_
