// The generator stage: every async function becomes a generator driven by a runner.
#pragma once
#include "ast/ast.h"
#include "diag/diag.h"
#include "driver/options.h"
#include "passes/names.h"

namespace desugar {

// Lowers every async function in `program` in place. Returns false after reporting diagnostics.
bool lower_async_to_generators(Node* program, AwaitMode mode, ReservedNames& names,
                               AstBuilder& builder, Diagnostics& diags);

}  // namespace desugar
