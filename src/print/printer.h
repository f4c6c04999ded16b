// The printer: AST -> JavaScript text. It owns precedence and every syntactic hazard
// (parentheses, statement-start ambiguities, dangling else, ASI), so passes can build trees by
// hand without thinking about how they will read back.
#pragma once
#include <string>
#include <string_view>

#include "ast/ast.h"

namespace desugar {

struct PrintOptions {
  // Original text, optional: used only to keep one blank line where the source had blank
  // line(s) between two consecutive statements whose byte ranges (Node::begin/end, end > 0) are
  // both original and increasing.
  std::string_view source;
};

// root: a Program, or any statement or expression. Statements end with a newline; an expression
// root prints without one.
std::string print_js(const Node* root, const PrintOptions& options = {});

}  // namespace desugar
