// Early errors: ECMA-262's static semantics checked over the AST right after parsing, before any
// pass or the simulator sees the program. A program V8 rejects at parse time gets a located
// error[D03nn] worded as V8 words it; nothing downstream ever sees an invalid program.
#pragma once
#include <string_view>

#include "ast/ast.h"
#include "diag/diag.h"
#include "parse/parse.h"

namespace desugar {

// Reports the first early error of `program` (parsed from `source`) into `diags`; true when none.
bool check_early_errors(const Node* program, std::string_view source, Diagnostics& diags);

// parse_js followed by check_early_errors: the front end every stage uses.
ParseResult parse_and_check(const SourceFile& file, Arena& arena, Diagnostics* diags);

}  // namespace desugar
