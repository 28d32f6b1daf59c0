#include "publishers/search_index.h"

#include "core/json.h"
#include "core/utf8.h"

namespace wenshu {
namespace {

// The search script. Kept to ES2017 and DOM calls every browser of the last
// years has; read the header for what it promises.
constexpr std::string_view kScript =
    R"js(/* Wenshu public site: offline search. No library, no network: the index is
   the search/shard-NN.js scripts the page loads, each calling
   wenshuSearchShard(n, entries). Matching is by substring over a normalized
   form (NFKC, brackets unified, whitespace dropped, ASCII lower-cased). */
(function () {
  'use strict';
  var MAX_RESULTS = 50;
  var shards = {};

  window.wenshuSearchShard = function (n, entries) {
    if (typeof n === 'number' && Array.isArray(entries)) shards[n] = entries;
  };

  var OPEN = '(（〔【〖［[';
  var CLOSE = ')）〕】〗］]';

  // Appends the normalized form of one code point `ch` to `out` (an array of
  // strings); returns how many UTF-16 units were appended.
  function foldInto(ch, out) {
    var c = ch.codePointAt(0);
    var parts = ch;
    if (c >= 0x80 && !(c >= 0x4E00 && c <= 0x9FFF)) parts = ch.normalize('NFKC');
    var added = 0;
    for (var d of parts) {
      if (OPEN.indexOf(d) >= 0) d = '(';
      else if (CLOSE.indexOf(d) >= 0) d = ')';
      else if (/\s/.test(d)) continue;
      else if (d >= 'A' && d <= 'Z') d = d.toLowerCase();
      out.push(d);
      added += d.length;
    }
    return added;
  }

  // The same as folding each character (foldInto), done on the whole text
  // at once, which is many times faster; they differ only where NFKC
  // composes across characters (a letter and a combining accent).
  var OPEN_RE = /[(（〔【〖［[]/g;
  var CLOSE_RE = /[)）〕】〗］\]]/g;
  function normalize(text) {
    if (typeof text !== 'string' || text === '') return '';
    return text.normalize('NFKC').replace(OPEN_RE, '(').replace(CLOSE_RE, ')')
        .replace(/\s+/g, '').replace(/[A-Z]+/g, function (letters) {
          return letters.toLowerCase();
        });
  }

  // The normalized form of `text` and, for each of its UTF-16 units, where
  // the character it came from starts and ends in `text`.
  function normalizeWithMap(text) {
    var out = [];
    var from = [];
    var to = [];
    var at = 0;
    for (var ch of text) {
      var added = foldInto(ch, out);
      for (var i = 0; i < added; i++) {
        from.push(at);
        to.push(at + ch.length);
      }
      at += ch.length;
    }
    return { s: out.join(''), from: from, to: to };
  }

  function field(entry, key) {
    var v = entry[key];
    return typeof v === 'string' ? v : '';
  }

  // 0 case number, 1 title, 2 court / cause / type, 3 full text, -1 none.
  function rankOf(entry, q) {
    if (normalize(field(entry, 'n')).indexOf(q) >= 0) return 0;
    if (normalize(field(entry, 't')).indexOf(q) >= 0) return 1;
    if (normalize(field(entry, 'c')).indexOf(q) >= 0 ||
        normalize(field(entry, 'a')).indexOf(q) >= 0 ||
        normalize(field(entry, 'k')).indexOf(q) >= 0) return 2;
    if (normalize(field(entry, 'x')).indexOf(q) >= 0) return 3;
    return -1;
  }

  // For the browser test of the normalization, and for anyone checking it.
  window.wenshuSearchNormalize = normalize;

  function chineseDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return iso;
    return m[1] + '年' + Number(m[2]) + '月' + Number(m[3]) + '日';
  }

  function oneLine(text) {
    return text.replace(/\s+/g, ' ');
  }

  // Cuts at `i` without splitting a surrogate pair.
  function safeCut(text, i) {
    if (i > 0 && i < text.length) {
      var c = text.charCodeAt(i);
      if (c >= 0xDC00 && c <= 0xDFFF) return i + 1;
    }
    return i;
  }

  // The snippet around the first full-text hit: before, hit, after.
  function snippetOf(text, q) {
    var lead = 40;
    var tail = 80;
    var m = normalizeWithMap(text);
    var i = q === '' ? -1 : m.s.indexOf(q);
    if (i < 0) {
      var end = safeCut(text, Math.min(text.length, lead + tail));
      return [text.slice(0, end) + (end < text.length ? '…' : ''), '', ''];
    }
    var start = m.from[i];
    var stop = m.to[i + q.length - 1];
    var b = safeCut(text, Math.max(0, start - lead));
    var e = safeCut(text, Math.min(text.length, stop + tail));
    return [(b > 0 ? '…' : '') + text.slice(b, start), text.slice(start, stop),
            text.slice(stop, e) + (e < text.length ? '…' : '')];
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Only the hrefs the index writes: relative, percent-encoded.
  function safeHref(href) {
    return typeof href === 'string' && /^[A-Za-z0-9%._~\/-]+$/.test(href) &&
        href.indexOf('//') < 0;
  }

  function renderResult(entry, q) {
    var li = element('li');
    var label = field(entry, 't') || field(entry, 'n') || '裁判文书';
    if (safeHref(entry.h)) {
      var a = element('a', '', label);
      a.setAttribute('href', entry.h);
      li.appendChild(a);
    } else {
      li.appendChild(element('span', '', label));
    }
    var meta = [];
    if (field(entry, 'c')) meta.push(field(entry, 'c'));
    if (field(entry, 'n') && field(entry, 'n') !== label) meta.push(field(entry, 'n'));
    if (field(entry, 'd')) meta.push(chineseDate(field(entry, 'd')));
    if (meta.length > 0) li.appendChild(element('span', 'meta', meta.join(' · ')));
    var text = field(entry, 'x');
    if (text) {
      var parts = snippetOf(text, q);
      var p = element('p', 'snippet');
      p.appendChild(document.createTextNode(oneLine(parts[0])));
      if (parts[1]) p.appendChild(element('mark', '', parts[1]));
      p.appendChild(document.createTextNode(oneLine(parts[2])));
      li.appendChild(p);
    }
    return li;
  }

  function setStatus(status, words, isError) {
    if (!status) return;
    status.textContent = words;
    if (isError) status.setAttribute('data-state', 'error');
  }

  function run() {
    var results = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var input = document.getElementById('q');
    if (!results || !status) return;
    var raw = '';
    try {
      raw = new URLSearchParams(window.location.search).get('q') || '';
    } catch (err) {
      raw = '';
    }
    raw = raw.slice(0, 200);
    if (input) input.value = raw;

    var expected = Number(results.getAttribute('data-shards'));
    var loaded = Object.keys(shards).length;
    var problem = '';
    if (Number.isFinite(expected) && loaded < expected) {
      problem = '搜索索引不完整：应有 ' + expected + ' 个分片，只载入了 ' +
          loaded + ' 个，结果可能不全。';
    }

    var q = normalize(raw);
    if (q === '') {
      setStatus(status, problem || '请输入案号、标题、法院、案由或正文中的词语。', problem !== '');
      return;
    }
    var found = [[], [], [], []];
    var numbers = Object.keys(shards).map(Number).sort(function (x, y) { return x - y; });
    for (var s = 0; s < numbers.length; s++) {
      var entries = shards[numbers[s]];
      for (var i = 0; i < entries.length; i++) {
        var entry = entries[i];
        if (entry === null || typeof entry !== 'object') continue;
        var rank = rankOf(entry, q);
        if (rank >= 0) found[rank].push(entry);
      }
    }
    var all = found[0].concat(found[1], found[2], found[3]);
    var words = all.length === 0
        ? '没有找到与“' + raw + '”相符的文书。'
        : '找到 ' + all.length + ' 篇文书' +
          (all.length > MAX_RESULTS ? '，显示前 ' + MAX_RESULTS + ' 篇' : '') + '。';
    setStatus(status, problem ? problem + words : words, problem !== '');
    if (all.length === 0) return;
    var list = element('ol', 'entries');
    for (var r = 0; r < all.length && r < MAX_RESULTS; r++) {
      list.appendChild(renderResult(all[r], q));
    }
    results.appendChild(list);
  }

  function start() {
    try {
      run();
    } catch (err) {
      try {
        setStatus(document.getElementById('search-status'),
                  '搜索出错：' + String(err && err.message ? err.message : err), true);
      } catch (ignored) {
        // Nothing left to show it on.
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
)js";

// `text` with every ill-formed byte sequence written as U+FFFD.
std::string WellFormed(std::string_view text) {
  if (IsWellFormedUtf8(text)) return std::string(text);
  std::string out;
  for (size_t at = 0; at < text.size();) {
    const size_t length = WellFormedLength(text, at);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      at = NextCharBoundary(text, at);
    } else {
      out.append(text.substr(at, length));
      at += length;
    }
  }
  return out;
}

// JSON that a <script> element and a JavaScript parser both take as it is:
// the writer's JSON with < > & U+2028 U+2029 escaped. None of them can stand
// outside a string in the writer's output, so escaping them is safe.
std::string ScriptSafe(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string EntryJson(const SearchEntry& entry) {
  std::string json;
  JsonWriter w(&json);
  w.BeginObject();
  w.Key("h").String(RelativeHref(kSearchPagePath, WellFormed(entry.path)));
  auto add = [&w](std::string_view key, std::string_view value) {
    if (!value.empty()) w.Key(key).String(WellFormed(value));
  };
  add("t", entry.title);
  add("n", entry.case_number);
  add("c", entry.court);
  add("a", entry.cause);
  add("k", entry.doc_type);
  add("d", entry.date);
  add("x", entry.text);
  w.EndObject();
  return ScriptSafe(json);
}

std::string ShardHead(size_t n) {
  return "wenshuSearchShard(" + std::to_string(n) + ",[\n";
}
constexpr std::string_view kShardTail = "]);\n";

}  // namespace

std::pair<std::string, std::string> SearchShardBuilder::Close() {
  const size_t n = shards_++;
  std::pair<std::string, std::string> shard(
      SearchShardPath(n), ShardHead(n) + body_ + "\n" + std::string(kShardTail));
  body_.clear();
  count_ = 0;
  return shard;
}

std::optional<std::pair<std::string, std::string>> SearchShardBuilder::Add(
    const SearchEntry& entry) {
  std::optional<std::pair<std::string, std::string>> closed;
  const std::string json = EntryJson(entry);
  const size_t frame = ShardHead(shards_).size() + 1 + kShardTail.size();
  const size_t grown = body_.size() + (count_ > 0 ? 2 : 0) + json.size();
  if (count_ > 0 && frame + grown > max_shard_bytes_) closed = Close();
  if (count_ > 0) body_ += ",\n";
  body_ += json;
  ++count_;
  return closed;
}

std::optional<std::pair<std::string, std::string>> SearchShardBuilder::Finish() {
  if (count_ == 0) return std::nullopt;
  return Close();
}

std::vector<std::pair<std::string, std::string>> BuildSearchShards(
    const std::vector<SearchEntry>& entries, size_t max_shard_bytes) {
  std::vector<std::pair<std::string, std::string>> shards;
  SearchShardBuilder builder(max_shard_bytes);
  for (const SearchEntry& entry : entries)
    if (auto shard = builder.Add(entry)) shards.push_back(std::move(*shard));
  if (auto shard = builder.Finish()) shards.push_back(std::move(*shard));
  return shards;
}

std::string_view SearchScript() { return kScript; }

}  // namespace wenshu
