// Reports of the simulator's prediction: the plain ordering (--order), the job-by-job trace
// (--explain, --explain=json; the JSON schema is documented in src/report/EXPLAIN_JSON.md), and
// the comments -o puts next to the emitted code.
#pragma once
#include <string>
#include <vector>

#include "ast/ast.h"
#include "driver/compile.h"
#include "driver/options.h"
#include "sim/sim.h"

namespace desugar {

SimOptions sim_options_for(const Options& options, const SourceFile& file);

// --order / --explain / --explain=json: prints the report and returns the exit status
// (1 with a located D0201 diagnostic when the program cannot be predicted).
int run_order_command(const Options& options, const SourceFile& file);

// The -o pipeline with the predicted ordering: parse, predict on the original program, lower,
// annotate (a comment block at the top, each printing call's line numbers), print. An
// unpredictable program still compiles; the comment block and a D0202 warning say why.
CompileResult compile_with_order(const SourceFile& file, const Options& options, Prediction& prediction);

std::string render_explain_text(const Prediction& p, const SourceFile& file);
std::string render_explain_json(const Prediction& p, const SourceFile& file, const Options& options);
std::vector<std::string> order_comment_lines(const Prediction& p, const SourceFile& file);
std::vector<std::string> split_lines(const std::string& text);

// Adds the comment block and the per-call trailing comments to a (lowered) program.
void annotate_program(Node* program, const Prediction& p, const SourceFile& file, AstBuilder& b);

}  // namespace desugar
