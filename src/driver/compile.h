// The whole pipeline on one source text, without touching the file system: parse → passes →
// print. The CLI and the tests share it.
#pragma once
#include <string>

#include "ast/ast.h"
#include "diag/diag.h"
#include "driver/options.h"
#include "passes/pipeline.h"

namespace desugar {

struct CompileResult {
  bool ok = false;
  std::string output;       // the emitted JavaScript (empty when !ok)
  Diagnostics diagnostics;  // everything reported, errors and warnings
};

// The command line mapped onto the passes' choices (the simulator's are in driver/order.h).
LowerOptions lower_options_for(const Options& options, const SourceFile& file);

CompileResult compile(const SourceFile& file, const Options& options);

// Renders every diagnostic in `result` against `file`.
std::string render_all(const CompileResult& result, const SourceFile& file);

}  // namespace desugar
