// Early errors of a regular expression's pattern (#sec-patterns-static-semantics-early-errors).
#pragma once
#include <string>
#include <string_view>

namespace desugar::check {

// V8's reason for rejecting `pattern` (UTF-8, as written between the slashes) under the u / v
// flags ("Nothing to repeat", "Unterminated group", ...), or "" when the pattern is valid.
std::string regexp_pattern_error(std::string_view pattern, bool u, bool v);

}  // namespace desugar::check
