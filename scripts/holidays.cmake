# The working-day calendar: public holidays and make-up working days.
#
# Source: the npm package chinese-days (MIT licence), which lists the State
# Council's holiday notices (国务院办公厅关于部分节假日安排的通知) from 2004
# on, day by day, with the weekend days that are working days. The build
# downloads its tarball from the npm registry once, checks it against the
# SHA-512 the registry publishes for that version, and embeds
# dist/chinese-days.json in the binary (WorkCalendar::China reads it).
# A new year's notice comes out each November or December: move the version
# and hash here to a release that has it.
#
# Offline builds: pass -DWENSHU_HOLIDAYS_TARBALL=/path/chinese-days-1.5.7.tgz
# (from `npm pack chinese-days@1.5.7`).
include(${CMAKE_CURRENT_LIST_DIR}/npm_package.cmake)
wenshu_npm_package(HOLIDAYS chinese-days 1.5.7
    f19fda7e00d372de63b284cb4133997e90e5ef0e29247e23a6bdc32f1cba1c8346f54fded0457bca237117f1d55e9fdcf9e4057c5aaff87419fd00da21527557
    "A local copy of the holiday calendar package tarball (skips the download)"
    package/dist/chinese-days.json package/LICENSE)
