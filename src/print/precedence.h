// Expression precedence for the printer. The levels (lowest to highest, esbuild's scheme) and each
// operator's level live in the operator table, ast/operators.h. print_expr(node, level)
// parenthesises a node whose own level is not above the context level.
#pragma once
#include <string_view>

#include "ast/operators.h"

namespace desugar {

constexpr Level below(Level level) { return static_cast<Level>(static_cast<int>(level) - 1); }

// The level of a Binary operator (`+`, `&&`, `??`, `in`, ...), from the operator table. Unknown
// operators get Comma, the most conservative choice (they are parenthesised almost everywhere).
Level binary_level(Op op);
Level binary_level(std::string_view op);

}  // namespace desugar
