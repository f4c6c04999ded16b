// Unicode identifier characters, as the engine knows them (ECMA-262 #sec-names-and-keywords):
// IdentifierStartChar is ID_Start, `$` or `_`; IdentifierPartChar is ID_Continue, `$`, ZWNJ or
// ZWJ. The tables come from node's own `\p{ID_Start}` / `\p{ID_Continue}` (gen_unicode_id.js).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace desugar::unicode {

bool identifier_start(std::uint32_t cp);
bool identifier_part(std::uint32_t cp);

// The code point at s[i] (UTF-8, already validated by the parser); advances i past it.
std::uint32_t next_code_point(std::string_view s, std::size_t& i);

}  // namespace desugar::unicode
