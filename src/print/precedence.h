// Expression precedence for the printer, lowest to highest (esbuild's scheme). print_expr(node,
// level) parenthesises a node whose own level is not above the context level.
#pragma once
#include <cstdint>
#include <string_view>

namespace desugar {

enum class Level : std::uint8_t {
  Lowest,
  Comma,
  Spread,
  Yield,
  Assign,
  Conditional,
  NullishCoalescing,
  LogicalOr,
  LogicalAnd,
  BitwiseOr,
  BitwiseXor,
  BitwiseAnd,
  Equals,
  Compare,
  Shift,
  Add,
  Multiply,
  Exponentiation,
  Prefix,
  Postfix,
  New,
  Call,
  Member,
};

constexpr Level below(Level level) {
  return static_cast<Level>(static_cast<int>(level) - 1);
}

// The level of a Binary operator (`+`, `&&`, `??`, `in`, ...). Unknown operators get Comma, the
// most conservative choice (they are parenthesised almost everywhere).
Level binary_level(std::string_view op);

// `||` or `&&`: these may not be mixed with `??` without parentheses.
inline bool is_or_and(std::string_view op) { return op == "||" || op == "&&"; }

}  // namespace desugar
