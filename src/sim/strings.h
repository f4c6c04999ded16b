// String helpers: JavaScript strings are UTF-16 code unit sequences; the simulator stores them as
// WTF-8 and converts where indices matter.
#pragma once
#include <cstdint>
#include <string>

namespace desugar::sim {

std::u16string to_utf16(const std::string& wtf8);
std::string from_utf16(const std::u16string& units);
std::string from_utf16(const char16_t* units, std::size_t n);
// Compares as sequences of UTF-16 code units (#sec-islessthan for strings).
int compare_utf16(const std::string& a, const std::string& b, bool a_ascii, bool b_ascii);
std::string trim_js_whitespace(const std::string& s, bool start, bool end);
double string_to_number(const std::string& s);

}  // namespace desugar::sim
