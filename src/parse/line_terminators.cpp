// The edits made before the first parse: bytes the grammar's lexer reads differently from
// ECMAScript (NUL, non-ASCII white space, a lone CR, U+2028/U+2029 ending a hashbang line).
#include "parse/repair.h"

namespace desugar::cst {

// Length of the line terminator at s[i] (LF, CR, U+2028, U+2029), or 0.
std::size_t line_terminator_at(std::string_view s, std::size_t i) {
  if (s[i] == '\n' || s[i] == '\r') return 1;
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
       static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
    return 3;
  }
  return 0;
}

void normalize_line_terminators(std::string& work) {
  // NUL is legal in strings, templates and comments, but ends tree-sitter's input; U+0001 lexes
  // the same there and stays invalid elsewhere.
  for (char& c : work) {
    if (c == '\0') c = '\x01';
  }
  // Non-ASCII white space (U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000, U+FEFF) is not
  // white space to the grammar's external scanner (no ASI after `x<U+200A>`): ASCII spaces of the
  // same length mean the same (token text is read from the original).
  for (std::size_t i = 0; i + 1 < work.size(); ++i) {
    auto b0 = static_cast<unsigned char>(work[i]), b1 = static_cast<unsigned char>(work[i + 1]);
    std::size_t len = 0;
    if (b0 == 0xC2 && b1 == 0xA0) len = 2;
    if (i + 2 < work.size()) {
      auto b2 = static_cast<unsigned char>(work[i + 2]);
      std::uint32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      bool three = (b0 & 0xF0) == 0xE0 && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80;
      if (three && (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
                    cp == 0x205F || cp == 0x3000 || cp == 0xFEFF))
        len = 3;
    }
    if (len) work.replace(i, len, std::string(len, ' '));
  }
  // A lone CR is a line terminator the grammar's scanner does not know; LF means the same.
  for (std::size_t i = 0; i < work.size(); ++i) {
    if (work[i] == '\r' && (i + 1 == work.size() || work[i + 1] != '\n')) work[i] = '\n';
  }
  // `#!...` ends at any line terminator; the grammar's hashbang only stops at LF.
  if (work.compare(0, 2, "#!") == 0) {
    for (std::size_t i = 2; i < work.size(); ++i) {
      std::size_t lt = line_terminator_at(work, i);
      if (lt == 3) work.replace(i, 3, "\n  ");
      if (lt) break;
    }
  }
}

}  // namespace desugar::cst
