// The predicted ordering on the command line (built with DESUGAR_SIM): --order and --explain, and
// -o with the prediction's comments. The simulator predicts, src/report formats, this file maps
// the options and writes the result.
#pragma once
#include "driver/compile.h"
#include "driver/options.h"
#include "sim/sim.h"

namespace desugar {

// The command line mapped onto the simulator's choices.
SimOptions sim_options_for(const Options& options, const SourceFile& file);

// --order / --explain / --explain=json: prints the report and returns the exit status
// (1 with a located D0201 diagnostic when the program cannot be predicted).
int run_order_command(const Options& options, const SourceFile& file);

// The -o pipeline with the predicted ordering: parse, predict on the original program, lower,
// annotate (a comment block at the top, each printing call's line numbers), print. An
// unpredictable program still compiles; the comment block and a D0202 warning say why.
CompileResult compile_with_order(const SourceFile& file, const Options& options,
                                 Prediction& prediction);

}  // namespace desugar
