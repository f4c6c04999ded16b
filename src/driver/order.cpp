#include "driver/order.h"

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "check/early_errors.h"
#include "driver/output_check.h"
#include "parse/parse.h"
#include "passes/names.h"
#include "print/printer.h"
#include "report/report.h"

namespace desugar {

SimOptions sim_options_for(const Options& options, const SourceFile& file) {
  SimOptions s;
  s.host = options.host;
  s.await_mode = options.await_mode;
  s.is_module = file.is_module;
  s.max_steps = options.max_steps;
  s.source = file.text;
  s.trace_queue_entries = kQueueEntriesShown;
  return s;
}

int run_order_command(const Options& options, const SourceFile& file) {
  Arena arena;
  Diagnostics diags;
  ParseResult parsed = parse_and_check(file, arena, &diags);
  LineMap lines(file.text);
  if (!parsed.ok) {
    for (const Diagnostic& d : diags.items()) std::cerr << render_diagnostic(d, file.path, lines);
    return kExitInputError;
  }
  SimOptions sim = sim_options_for(options, file);
  sim.trace = options.order_mode != Options::OrderMode::Order;
  Prediction p = predict(parsed.program, sim);
  if (!p.ok) {
    for (const Diagnostic& d : p.diagnostics.items())
      std::cerr << render_diagnostic(d, file.path, lines);
    return kExitInputError;
  }
  if (options.order_file) {
    std::ofstream f(*options.order_file, std::ios::binary);
    f << p.stdout_text;
  }
  switch (options.order_mode) {
    case Options::OrderMode::Order: std::cout << p.stdout_text; break;
    case Options::OrderMode::Explain: std::cout << render_explain_text(p, file); break;
    case Options::OrderMode::ExplainJson:
      std::cout << render_explain_json(p, file, options.host);
      break;
    case Options::OrderMode::None: break;
  }
  std::cout.flush();
  std::cerr << render_order_notes(p, file);
  if (std::getenv("DESUGAR_SIM_STATS") != nullptr) std::cerr << render_sim_stats(p);
  return kExitOk;
}

// The same steps as compile() (driver/compile.cpp), with the prediction made on the parsed
// original before lowering and the annotations added before printing.
CompileResult compile_with_order(const SourceFile& file, const Options& options,
                                 Prediction& prediction) {
  CompileResult result;
  Arena arena;
  ParseResult parsed = parse_and_check(file, arena, &result.diagnostics);
  if (!parsed.ok) return result;
  Node* program = parsed.program;
  const std::string prefix = ReservedNames(program).prefix();  // the one the passes will pick
  const bool check_suspensions = !has_misplaced_suspension(program, file.is_module);
  prediction = predict(program, sim_options_for(options, file));
  if (!prediction.ok) {
    for (const Diagnostic& d : prediction.diagnostics.items()) {
      result.diagnostics.report(DiagId::D0202, d.offset, d.message);
    }
  }
  AstBuilder builder(arena);
  if (options.stage != Stage::Print) {
    program = lower_program(program, lower_options_for(options, file), builder, result.diagnostics);
    if (program == nullptr || result.diagnostics.has_errors()) return result;
  }
  annotate_program(program, prediction, file, builder);
  PrintOptions print_options;
  print_options.source = file.text;
  result.output = print_js(program, print_options);
  check_output(result.output, file.is_module, prefix, check_suspensions);
  result.ok = true;
  return result;
}

}  // namespace desugar
