// Both stages: the generator stage (every async function becomes a generator driven by a
// runner) and the promise stage (explicit promise code), driven by one walk (lower_async.cpp).
#pragma once
#include "ast/ast.h"
#include "core/choices.h"
#include "diag/diag.h"
#include "passes/names.h"
#include "runtime/library.h"

namespace desugar {

// Lowers every async function in `program` in place. Returns false after reporting diagnostics.
bool lower_async_to_generators(Node* program, AwaitMode mode, const RuntimeLibrary& library,
                               ReservedNames& names, AstBuilder& builder, Diagnostics& diags);

// The promise stage: every async function becomes `new Promise((resolve, reject) => …)` with its
// body split at awaits. `source` is the original text (line numbers in continuation names).
bool lower_async_to_promises(Node* program, AwaitMode mode, bool explicit_jobs,
                             std::string_view source, const RuntimeLibrary& library,
                             ReservedNames& names, AstBuilder& builder, Diagnostics& diags);

}  // namespace desugar
