#include "publishers/search_index.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "core/json.h"
#include "gtest/gtest.h"

namespace wenshu {
namespace {

using Shards = std::vector<std::pair<std::string, std::string>>;

// Invented documents, none of them real.
SearchEntry Invented(int n) {
  SearchEntry e;
  const std::string seq = std::to_string(20000 + n);
  e.path = "2023/京0105民初" + seq + "/index.html";
  e.title = "蒲某" + std::to_string(n) + "与闵某借用合同纠纷一审民事判决书";
  e.case_number = "（2023）京0105民初" + seq + "号";
  e.court = "北京市朝阳区人民法院";
  e.cause = "借用合同纠纷";
  e.doc_type = "民事判决书";
  e.date = "2023-05-0" + std::to_string(1 + n % 9);
  e.text = "原告蒲某借走一台旧手风琴后迟迟未还，第" + std::to_string(n) +
           "次催要仍无下文。";
  return e;
}

// The entries of one shard, each parsed; fails the test on a bad frame.
std::vector<JsonObject> EntriesOf(
    const std::pair<std::string, std::string>& shard, size_t number) {
  std::vector<JsonObject> out;
  const std::string head =
      "wenshuSearchShard(" + std::to_string(number) + ",[\n";
  const std::string tail = "\n]);\n";
  const std::string& bytes = shard.second;
  EXPECT_TRUE(bytes.starts_with(head)) << shard.first;
  EXPECT_TRUE(bytes.ends_with(tail)) << shard.first;
  if (!bytes.starts_with(head) || !bytes.ends_with(tail)) return out;
  std::string_view body(bytes);
  body.remove_prefix(head.size());
  body.remove_suffix(tail.size());
  // One entry a line: the JSON holds no raw line break.
  while (!body.empty()) {
    const size_t nl = body.find('\n');
    std::string_view line = body.substr(0, nl);
    if (line.ends_with(",")) line.remove_suffix(1);
    Result<JsonObject> entry = JsonObject::Parse(line);
    EXPECT_TRUE(entry.ok()) << entry.status().message() << "\n" << line;
    if (entry.ok()) out.push_back(entry.value());
    if (nl == std::string_view::npos) break;
    body.remove_prefix(nl + 1);
  }
  return out;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

TEST(SearchIndexTest, ShardNamesHaveTwoDigitsOrMore) {
  EXPECT_EQ(SearchShardPath(0), "search/shard-00.js");
  EXPECT_EQ(SearchShardPath(7), "search/shard-07.js");
  EXPECT_EQ(SearchShardPath(42), "search/shard-42.js");
  EXPECT_EQ(SearchShardPath(123), "search/shard-123.js");
}

TEST(SearchIndexTest, OneEntryExactly) {
  SearchEntry e;
  e.path = "2023/京0105民初12345/index.html";
  e.title = "柏某与鲁某某民间借贷纠纷一审民事判决书";
  e.case_number = "（2023）京0105民初12345号";
  e.date = "2023-06-01";
  e.text = "第一行\n第二行";
  const Shards shards = BuildSearchShards({e}, 1 << 20);
  ASSERT_EQ(shards.size(), 1u);
  EXPECT_EQ(shards[0].first, "search/shard-00.js");
  // Empty fields (court, cause, type) are left out.
  EXPECT_EQ(
      shards[0].second,
      "wenshuSearchShard(0,[\n"
      "{\"h\":\"../2023/%E4%BA%AC0105%E6%B0%91%E5%88%9D12345/index.html\","
      "\"t\":\"柏某与鲁某某民间借贷纠纷一审民事判决书\","
      "\"n\":\"（2023）京0105民初12345号\",\"d\":\"2023-06-01\","
      "\"x\":\"第一行\\n第二行\"}\n"
      "]);\n");
}

TEST(SearchIndexTest, NoEntriesGiveNoShards) {
  EXPECT_TRUE(BuildSearchShards({}, 1000).empty());
}

TEST(SearchIndexTest, ShardsKeepTheOrderAndStayUnderTheLimit) {
  std::vector<SearchEntry> entries;
  for (int n = 0; n < 40; ++n) entries.push_back(Invented(n));
  const size_t limit = 1500;
  const Shards shards = BuildSearchShards(entries, limit);
  ASSERT_GT(shards.size(), 5u);
  std::vector<std::string> numbers;
  for (size_t i = 0; i < shards.size(); ++i) {
    EXPECT_EQ(shards[i].first, SearchShardPath(i));
    EXPECT_LE(shards[i].second.size(), limit) << shards[i].first;
    const std::vector<JsonObject> got = EntriesOf(shards[i], i);
    EXPECT_FALSE(got.empty()) << shards[i].first;
    for (const JsonObject& entry : got) {
      numbers.push_back(entry.GetString("n").value());
    }
    // Packed: the next shard's first entry would not have fitted.
    if (i + 1 < shards.size()) {
      const std::vector<JsonObject> next = EntriesOf(shards[i + 1], i + 1);
      ASSERT_FALSE(next.empty());
      const Shards one = BuildSearchShards({entries[numbers.size()]},
                                           1 << 20);  // that entry alone
      const size_t entry_bytes =
          one[0].second.size() -
          std::string("wenshuSearchShard(0,[\n\n]);\n").size();
      EXPECT_GT(shards[i].second.size() + 2 + entry_bytes, limit);
    }
  }
  ASSERT_EQ(numbers.size(), entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    EXPECT_EQ(numbers[i], entries[i].case_number);
  }
}

TEST(SearchIndexTest, EntryLargerThanTheLimitGetsAShardAlone) {
  std::vector<SearchEntry> entries = {Invented(1), Invented(2), Invented(3)};
  for (int i = 0; i < 200; ++i) entries[1].text += "手风琴的风箱已经漏气。";
  const Shards shards = BuildSearchShards(entries, 1000);
  ASSERT_EQ(shards.size(), 3u);
  EXPECT_GT(shards[1].second.size(), 1000u);
  EXPECT_EQ(EntriesOf(shards[1], 1).size(), 1u);
  EXPECT_EQ(EntriesOf(shards[0], 0)[0].GetString("n").value(),
            entries[0].case_number);
  EXPECT_EQ(EntriesOf(shards[2], 2)[0].GetString("n").value(),
            entries[2].case_number);
}

TEST(SearchIndexTest, BytesDependOnlyOnTheEntries) {
  std::vector<SearchEntry> entries;
  for (int n = 0; n < 25; ++n) entries.push_back(Invented(n));
  const Shards first = BuildSearchShards(entries, 2000);
  const Shards second = BuildSearchShards(entries, 2000);
  EXPECT_EQ(first, second);
  // A change in the last entry leaves the earlier shards' bytes alone.
  entries.back().text += "补记一句。";
  const Shards changed = BuildSearchShards(entries, 2000);
  ASSERT_EQ(changed.size(), first.size());
  for (size_t i = 0; i + 1 < first.size(); ++i) {
    EXPECT_EQ(changed[i], first[i]) << first[i].first;
  }
  EXPECT_NE(changed.back(), first.back());
}

TEST(SearchIndexTest, NoTextCanBreakOutOfTheScript) {
  SearchEntry e = Invented(1);
  const std::string hostile =
      "</script><script>alert(1)</script><!-- </SCRIPT > & \u2028行\u2029段";
  e.title = hostile;
  e.court = hostile;
  e.text = "正文" + hostile + "\"引号\" \\反斜杠";
  const Shards shards = BuildSearchShards({e}, 1 << 20);
  ASSERT_EQ(shards.size(), 1u);
  const std::string& bytes = shards[0].second;
  EXPECT_EQ(Lower(bytes).find("</script"), std::string::npos);
  EXPECT_EQ(bytes.find("<!--"), std::string::npos);
  EXPECT_EQ(bytes.find('<'), std::string::npos);
  EXPECT_EQ(bytes.find('>'), std::string::npos);
  EXPECT_EQ(bytes.find("\u2028"), std::string::npos);
  EXPECT_EQ(bytes.find("\u2029"), std::string::npos);
  EXPECT_NE(bytes.find("\\u003c/script\\u003e"), std::string::npos);
  EXPECT_NE(bytes.find("\\u2028"), std::string::npos);
  // And the words come back as they were.
  const std::vector<JsonObject> got = EntriesOf(shards[0], 0);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].GetString("t").value(), hostile);
  EXPECT_EQ(got[0].GetString("c").value(), hostile);
  EXPECT_EQ(got[0].GetString("x").value(), e.text);
}

TEST(SearchIndexTest, IllFormedUtf8IsWrittenAsReplacementCharacter) {
  SearchEntry e = Invented(1);
  e.text = "前\xff后\xe4\xbd";
  const Shards shards = BuildSearchShards({e}, 1 << 20);
  const std::vector<JsonObject> got = EntriesOf(shards[0], 0);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].GetString("x").value(), "前\uFFFD后\uFFFD");
}

TEST(SearchIndexTest, HrefIsRelativeToTheSearchPage) {
  SearchEntry e = Invented(1);
  e.path = "2023/京0105民初12345/民事裁定书-2/index.html";
  const std::vector<JsonObject> got =
      EntriesOf(BuildSearchShards({e}, 1 << 20)[0], 0);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].GetString("h").value(),
            RelativeHref(kSearchPagePath, e.path));
  EXPECT_EQ(got[0].GetString("h").value(),
            "../2023/%E4%BA%AC0105%E6%B0%91%E5%88%9D12345/"
            "%E6%B0%91%E4%BA%8B%E8%A3%81%E5%AE%9A%E4%B9%A6-2/index.html");
}

// What the script must and must not do, as far as its text shows; the
// browser test (tests/browser/) runs it.
TEST(SearchIndexTest, ScriptRegistersShardsAndNeverWritesHtml) {
  const std::string_view js = SearchScript();
  EXPECT_NE(js.find("window.wenshuSearchShard = function"), std::string::npos);
  EXPECT_NE(js.find("textContent"), std::string::npos);
  EXPECT_NE(js.find("'q'"), std::string::npos);
  EXPECT_NE(js.find("没有找到"), std::string::npos);
  for (std::string_view banned :
       {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
        "eval(", "console.", "fetch(", "XMLHttpRequest", "?.", "??"}) {
    EXPECT_EQ(js.find(banned), std::string_view::npos) << banned;
  }
}

}  // namespace
}  // namespace wenshu
