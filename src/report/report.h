// Reports of the simulator's prediction: the plain ordering (--order), the job-by-job trace
// (--explain, --explain=json; the JSON schema is documented in src/report/EXPLAIN_JSON.md), and
// the comments -o puts next to the emitted code. The simulator returns data (offsets, queue
// entries, due times); everything here turns it into text. The command line is the driver's.
#pragma once
#include <string>
#include <vector>

#include "ast/ast.h"
#include "core/choices.h"
#include "sim/sim.h"

namespace desugar {

// How many entries of each queue a trace row shows ("... N more" counts the rest).
inline constexpr std::size_t kQueueEntriesShown = 20;

std::string render_explain_text(const Prediction& p, const SourceFile& file);
std::string render_explain_json(const Prediction& p, const SourceFile& file, HostKind host);
// The warnings --order/--explain print on stderr: Node's other possible order, the exit status.
std::string render_order_notes(const Prediction& p, const SourceFile& file);
std::string render_sim_stats(const Prediction& p);  // DESUGAR_SIM_STATS=1
std::vector<std::string> order_comment_lines(const Prediction& p, const SourceFile& file);

// Adds the comment block and the per-call trailing comments to a (lowered) program.
void annotate_program(Node* program, const Prediction& p, const SourceFile& file, AstBuilder& b);

}  // namespace desugar
