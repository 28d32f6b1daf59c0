// The public site's offline search: the prebuilt index, cut into shards the
// search page loads with <script src>, and the one script that searches it.
//
// Why scripts and not JSON: a page opened from disk (file://) may not fetch
// or XHR a JSON file in Chromium, but it may load a script. So every shard,
// search/shard-NN.js, is a script whose one statement calls the global
// registration function the search script defines:
//
//   wenshuSearchShard(0,[
//   {"h":"../2023/%E4%BA%AC0105...","t":"...","n":"...","c":"...",...},
//   ...
//   ]);
//
// and the search page (RenderSearchPage in site_pages.h) loads
// SearchScript() first (it defines that function), then the shards; the
// search runs once the page is parsed. The site works the same served by
// any web server, at any URL prefix, since every reference is relative.
//
// Matching (done in the browser, by SearchScript): Chinese has no word
// boundaries, so a query matches a document when its normalized form is a
// substring of the normalized case number, title, court, cause, document
// type or full text. The normalized form of a text is, character by
// character: Unicode NFKC (full-width digits and letters become ASCII, the
// ideographic space a space), every bracket of （）〔〕【】〖〗［］[] and ()
// becomes ( or ), whitespace is dropped, ASCII letters are lower-cased. So
// "京0105民初12345", "(2023)京0105民初12345号" and
// "（２０２３）京０１０５民初１２３４５号" all find (2023)京0105民初12345号.
// A query is one string (its spaces are dropped too), not a list of words.
// Results are ranked case number, title, court / cause / type, full text,
// and in index order within a rank.
//
// Thread-safety: stateless functions; safe from any thread. Failure: none;
// ill-formed UTF-8 in an entry is written as U+FFFD.
#ifndef WENSHU_PUBLISHERS_SEARCH_INDEX_H_
#define WENSHU_PUBLISHERS_SEARCH_INDEX_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// kSearchScriptPath, kSearchPagePath and SearchShardPath live beside the
// other site paths in site_pages.h.
#include "publishers/site_pages.h"

namespace wenshu {

// One searchable document of the site. Only public facts and public text:
// whatever is put here is readable by anyone who opens the site.
struct SearchEntry {
  // The judgment page, relative to the site root
  // ("2023/京0105民初12345/index.html"); a path RenderJudgmentPage accepts.
  std::string path;
  std::string title, case_number, court, cause, doc_type;
  std::string date;  // ISO yyyy-mm-dd or ""
  std::string text;  // the public text (full-text search)
};

// The shard files, search/shard-NN.js (NN from 00: two digits, more once
// there are over a hundred), as pairs of (path relative to the site root,
// file bytes). Entries keep the order given, which is the order results of
// one rank are shown in. Each shard is at most `max_shard_bytes` long,
// unless one entry alone is longer: that entry gets a shard to itself. No
// entries give no shards. The bytes depend only on the arguments.
//
// Inside, each entry is a JSON object with "h" (the page's href from
// search/index.html, percent-encoded as RelativeHref writes it), "t", "n",
// "c", "a", "k", "d" and "x" (title, case number, court, cause, document
// type, date, text); empty fields are left out. Every '<', '>' and '&' is
// written \u003c, \u003e, \u0026 and U+2028 / U+2029 as \u2028 / \u2029,
// so no text can close the script ("</script"), open a comment or end a
// JavaScript line early.
std::vector<std::pair<std::string, std::string>> BuildSearchShards(
    const std::vector<SearchEntry>& entries, size_t max_shard_bytes);

// The same shards, built one entry at a time so that a caller never holds
// every text at once: Add returns a shard when the entry does not fit in
// the one being filled (which is then closed), Finish the last one. The
// shards are byte for byte those of BuildSearchShards over the same
// entries. Not thread-safe.
class SearchShardBuilder {
 public:
  explicit SearchShardBuilder(size_t max_shard_bytes)
      : max_shard_bytes_(max_shard_bytes) {}
  std::optional<std::pair<std::string, std::string>> Add(
      const SearchEntry& entry);
  std::optional<std::pair<std::string, std::string>> Finish();
  // Shards returned so far.
  size_t shard_count() const { return shards_; }

 private:
  std::pair<std::string, std::string> Close();
  size_t max_shard_bytes_;
  size_t shards_ = 0;
  std::string body_;
  size_t count_ = 0;
};

// The bytes of assets/search.js (kSearchScriptPath): on the search page, it
// reads ?q= (the form's input), searches every registered shard, and shows
// how many documents were found ("找到 N 篇文书" / "没有找到") and up to
// 50 results, each with its title linked, court, case number, date and a
// snippet around the first full-text hit, the hit in <mark>. Results are
// built with DOM calls and textContent, never from HTML strings. It uses
// no library and nothing past ES2017, writes nothing to the console, and
// does not throw: on a page without its elements it does nothing, and a
// failure shows as a message with data-state="error" on the status line,
// as does a shard that did not load (the page says how many to expect).
// It also defines window.wenshuSearchNormalize(text), the normalized form
// described above, so the rules can be checked in a browser. The string
// lives as long as the program.
std::string_view SearchScript();

}  // namespace wenshu

#endif  // WENSHU_PUBLISHERS_SEARCH_INDEX_H_
