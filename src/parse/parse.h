// The front end: JavaScript source → our AST. The only code in desugar that touches tree-sitter.
#pragma once
#include "ast/ast.h"
#include "diag/diag.h"

namespace desugar {

struct ParseResult {
  Node* program = nullptr;
  bool ok = false;  // false when a diagnostic was reported (syntax error, bad encoding, ...)
};

// Parses `file.text` as a script, or as a module when `file.is_module`. Syntax errors (any ERROR
// or MISSING node) become located diagnostics. `diags` may be null.
ParseResult parse_js(const SourceFile& file, Arena& arena, Diagnostics* diags);

// The same on text that outlives the AST (e.g. text kept in `arena`).
ParseResult parse_js_text(std::string_view text, bool is_module, Arena& arena, Diagnostics* diags);

}  // namespace desugar
