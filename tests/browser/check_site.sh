#!/usr/bin/env bash
# Opens the public site and the review report in headless Chromium, as a
# reader would (file:// URLs, as when the site is opened from disk), takes
# screenshots, dumps each page's DOM, and fails on any JavaScript error.
#
# usage: check_site.sh SITE_DIR REVIEW_DIR SHOT_DIR CASE_QUERY \
#            EXPECTED_PATH_SUBSTRING JUDGMENT_PAGE STUB_PAGE REVIEW_PAGE
#        check_site.sh --self-test
#
#   SITE_DIR, REVIEW_DIR   the site/ and review/ folders of `wenshu publish`;
#                          REVIEW_DIR "-" skips the review pages (then
#                          REVIEW_PAGE is ignored)
#   SHOT_DIR               where <name>.png and <name>.dom.html are written
#   CASE_QUERY             what is typed into the search (e.g. a case number)
#   EXPECTED_PATH_SUBSTRING  a search result's href must contain it, written
#                          as the page writes it (percent-encoded UTF-8, e.g.
#                          2023/%E4%BA%AC0105%E6%B0%91%E5%88%9D12345/)
#   JUDGMENT_PAGE, STUB_PAGE  relative to SITE_DIR; REVIEW_PAGE relative to
#                          REVIEW_DIR
#
# Pages: site index (index), the judgment page (judgment, and judgment-phone
# at 390x844), the stub (stub), the search page with ?q=CASE_QUERY (search),
# the review index (review-index) and the review page (review); the others
# at 1200x1600.
#
# Fails (exit 1, naming the page) when a page is missing, Chromium fails or
# times out (60 s a page), Chromium's console log shows any message from a
# page, or the search page has no result link to EXPECTED_PATH_SUBSTRING or
# reports an error (data-state="error": a shard that did not load). Any
# console message counts: this Chromium logs every console message at one
# level ("INFO:CONSOLE..."), so an uncaught exception ("Uncaught ..."), an
# unhandled rejection ("Uncaught (in promise) ...") and console.error look
# alike, and the site's pages write nothing to the console by design.
# Exit 77 only when no chromium is installed; exit 2 on bad arguments.
#
# --self-test checks the checker: a clean page passes; a page throwing from
# a timer and a page calling console.error fail; a search DOM without the
# expected link, or with the error state, fails.
#
# CHROMIUM (environment) names the browser; default `chromium`.
set -u

CHROMIUM="${CHROMIUM:-chromium}"
WORK=""

cleanup() { [[ -n "$WORK" ]] && rm -rf "$WORK"; }
trap cleanup EXIT

fail() {
  echo "check_site: FAIL: $*" >&2
  exit 1
}

need_chromium() {
  if ! command -v "$CHROMIUM" > /dev/null 2>&1; then
    echo "check_site: $CHROMIUM is not installed (Debian: apt-get install chromium fonts-wqy-zenhei)" >&2
    exit 77
  fi
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/check_site.XXXXXX")" || fail "no temporary folder"
}

# Percent-encodes every byte but ASCII letters, digits and - . _ ~ /.
encode() {
  local LC_ALL=C s="$1" out="" c h i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [a-zA-Z0-9/._~-]) out+="$c" ;;
      *) printf -v h '%%%02X' "'$c"; out+="$h" ;;
    esac
  done
  printf '%s' "$out"
}

file_url() {
  local abs
  abs="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  printf 'file://%s' "$(encode "$abs")"
}

# open_page NAME URL WIDTH HEIGHT SHOT_DIR: screenshot and DOM of one page;
# returns 1 (having said why) on a console message or a Chromium failure.
open_page() {
  local name="$1" url="$2" width="$3" height="$4" shots="$5"
  local log="$WORK/$name.log" status
  timeout 60 nice -n 15 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
    --user-data-dir="$WORK/profile" --no-first-run --no-default-browser-check \
    --hide-scrollbars --virtual-time-budget=5000 \
    --enable-logging=stderr --v=0 \
    --window-size="$width,$height" --screenshot="$shots/$name.png" \
    --dump-dom "$url" > "$shots/$name.dom.html" 2> "$log"
  status=$?
  if [[ $status -ne 0 ]]; then
    echo "check_site: page $name: chromium exited with $status ($url)" >&2
    tail -n 20 "$log" >&2
    return 1
  fi
  if [[ ! -s "$shots/$name.png" ]]; then
    echo "check_site: page $name: no screenshot was written" >&2
    return 1
  fi
  # "...:INFO:CONSOLE:12] "message", source: URL (12)" in this Chromium,
  # "...:INFO:CONSOLE(12)] ..." in older ones.
  if grep -E ':CONSOLE[(:]' "$log" > "$WORK/$name.console"; then
    echo "check_site: page $name: JavaScript error or console message ($url):" >&2
    cat "$WORK/$name.console" >&2
    return 1
  fi
  return 0
}

# check_search_dom DOM_FILE EXPECTED: the results hold a link whose href
# contains EXPECTED, and the status line reports no error.
check_search_dom() {
  local dom="$1" expected="$2" results
  if grep -q 'data-state="error"' "$dom"; then
    echo "check_site: page search: the search reports an error:" >&2
    grep -o '<p id="search-status"[^<]*' "$dom" >&2
    return 1
  fi
  local content
  content="$(< "$dom")"
  results="${content#*id=\"search-results\"}"
  if [[ "$results" == "$content" ]]; then
    echo "check_site: page search: no result area (id=\"search-results\")" >&2
    return 1
  fi
  if ! grep -o 'href="[^"]*"' <<< "$results" | grep -qF -- "$expected"; then
    echo "check_site: page search: no result links to $expected" >&2
    grep -o '<p id="search-status"[^<]*' "$dom" >&2
    return 1
  fi
  return 0
}

self_test() {
  need_chromium
  local dir="$WORK/self" shots="$WORK/self-shots" failed=0
  mkdir -p "$dir" "$shots"
  local head='<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8" /><title>t</title></head><body><p id="x">自检页</p>'
  printf '%s<script>document.getElementById("x").textContent = "改过";</script></body></html>\n' \
    "$head" > "$dir/clean.html"
  printf '%s<script>setTimeout(function () { null.property; }, 50);</script></body></html>\n' \
    "$head" > "$dir/throws.html"
  printf '%s<script>console.error("自检：故意的错误");</script></body></html>\n' \
    "$head" > "$dir/console-error.html"
  if ! open_page clean "$(file_url "$dir/clean.html")" 400 300 "$shots"; then
    echo "check_site: self-test: a clean page was reported" >&2
    failed=1
  elif ! grep -q '改过' "$shots/clean.dom.html"; then
    echo "check_site: self-test: the DOM dump does not show the script's change" >&2
    failed=1
  fi
  for bad in throws console-error; do
    if open_page "$bad" "$(file_url "$dir/$bad.html")" 400 300 "$shots" 2> /dev/null; then
      echo "check_site: self-test: the page '$bad' was not reported" >&2
      failed=1
    fi
  done
  local good='<div id="search-results"><ol class="entries"><li><a href="../2023/%E4%BA%AC1/index.html">x</a></li></ol></div>'
  printf '<p id="search-status">x</p>%s\n' "$good" > "$dir/found.dom.html"
  printf '<p id="search-status">x</p><div id="search-results"></div>\n' > "$dir/none.dom.html"
  printf '<p id="search-status" data-state="error">x</p>%s\n' "$good" > "$dir/error.dom.html"
  printf '<a href="../2023/%%E4%%BA%%AC1/index.html">x</a><p id="search-status">x</p><div id="search-results"></div>\n' \
    > "$dir/outside.dom.html"
  check_search_dom "$dir/found.dom.html" "2023/%E4%BA%AC1/" || {
    echo "check_site: self-test: a search DOM with the link was refused" >&2
    failed=1
  }
  for bad in none error outside; do
    if check_search_dom "$dir/$bad.dom.html" "2023/%E4%BA%AC1/" 2> /dev/null; then
      echo "check_site: self-test: the search DOM '$bad' was not reported" >&2
      failed=1
    fi
  done
  if [[ $failed -ne 0 ]]; then
    echo "check_site: self-test FAILED" >&2
    exit 1
  fi
  echo "check_site: self-test passed"
  exit 0
}

if [[ "${1:-}" == "--self-test" ]]; then
  self_test
fi
if [[ $# -ne 8 ]]; then
  sed -n '2,/^set -u/p' "$0" | sed -e '/^set -u/d' -e 's/^# \{0,1\}//' >&2
  exit 2
fi
SITE="$1" REVIEW="$2" SHOTS="$3" QUERY="$4" EXPECTED="$5"
JUDGMENT="$6" STUB="$7" REVIEW_PAGE="$8"

need_chromium
mkdir -p "$SHOTS" || fail "cannot create $SHOTS"

# name|file|width|height|query
pages=(
  "index|$SITE/index.html|1200|1600|"
  "judgment|$SITE/$JUDGMENT|1200|1600|"
  "judgment-phone|$SITE/$JUDGMENT|390|844|"
  "stub|$SITE/$STUB|1200|1600|"
  "search|$SITE/search/index.html|1200|1600|?q=$(encode "$QUERY")"
)
if [[ "$REVIEW" != "-" ]]; then
  pages+=("review-index|$REVIEW/index.html|1200|1600|"
          "review|$REVIEW/$REVIEW_PAGE|1200|1600|")
fi

for page in "${pages[@]}"; do
  IFS='|' read -r name file width height query <<< "$page"
  [[ -f "$file" ]] || fail "page $name: $file is missing"
done
started=$SECONDS
for page in "${pages[@]}"; do
  IFS='|' read -r name file width height query <<< "$page"
  open_page "$name" "$(file_url "$file")$query" "$width" "$height" "$SHOTS" ||
    fail "page $name"
done
check_search_dom "$SHOTS/search.dom.html" "$EXPECTED" || fail "page search"
echo "check_site: ${#pages[@]} pages opened without a JavaScript error, the search found $EXPECTED ($((SECONDS - started)) s); screenshots in $SHOTS"
