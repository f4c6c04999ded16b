// The lowering passes, run in a fixed order for a stage.
#pragma once
#include <string_view>

#include "ast/ast.h"
#include "core/choices.h"
#include "diag/diag.h"
#include "runtime/library.h"

namespace desugar {

struct LowerOptions {
  Stage stage = Stage::Generator;
  AwaitMode await_mode = AwaitMode::Modern;
  bool explicit_jobs = true;                // promise stage: write PromiseResolveThenableJob out
  std::string_view source;                  // the original text (line numbers in emitted names)
  const RuntimeLibrary* runtime = nullptr;  // the parsed runtime (driver/runtime_library.h)
};

// Returns the lowered program (it may share unchanged subtrees with the input), or null after
// reporting diagnostics.
Node* lower_program(Node* program, const LowerOptions& options, AstBuilder& builder,
                    Diagnostics& diags);

}  // namespace desugar
