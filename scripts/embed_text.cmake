# Writes a C++ source file that holds the text of INPUT as a string constant
# named SYMBOL in namespace wenshu, so that data files ship inside the binary.
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}; do not edit.\n#include <string_view>\nnamespace wenshu {\nnamespace {\nconstexpr char kBytes[] = {${bytes} '\\0'};\n}  // namespace\nextern const std::string_view ${SYMBOL}(kBytes, sizeof(kBytes) - 1);\n}  // namespace wenshu\n")
