#include "driver/compile.h"

#include "check/early_errors.h"
#include "driver/output_check.h"
#include "driver/runtime_library.h"
#include "parse/parse.h"
#include "passes/names.h"
#include "passes/pipeline.h"
#include "print/printer.h"

namespace desugar {

LowerOptions lower_options_for(const Options& options, const SourceFile& file) {
  LowerOptions lower_options;
  lower_options.stage = options.stage;
  lower_options.await_mode = options.await_mode;
  lower_options.explicit_jobs = options.explicit_jobs;
  lower_options.source = file.text;
  lower_options.runtime = &runtime_library();
  return lower_options;
}

CompileResult compile(const SourceFile& file, const Options& options) {
  CompileResult result;
  Arena arena;
  ParseResult parsed = parse_and_check(file, arena, &result.diagnostics);
  if (!parsed.ok) return result;
  Node* program = parsed.program;
  const std::string prefix = ReservedNames(program).prefix();  // the one the passes will pick
  const bool check_suspensions = !has_misplaced_suspension(program, file.is_module);
  if (options.stage != Stage::Print) {
    AstBuilder builder(arena);
    program = lower_program(program, lower_options_for(options, file), builder, result.diagnostics);
    if (program == nullptr || result.diagnostics.has_errors()) return result;
  }
  PrintOptions print_options;
  print_options.source = file.text;
  result.output = print_js(program, print_options);
  check_output(result.output, file.is_module, prefix, check_suspensions);
  result.ok = true;
  return result;
}

std::string render_all(const CompileResult& result, const SourceFile& file) {
  LineMap lines(file.text);
  std::string out;
  for (const Diagnostic& d : result.diagnostics.items())
    out += render_diagnostic(d, file.path, lines);
  return out;
}

}  // namespace desugar
