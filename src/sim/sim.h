// The event-loop simulator's entry point: predicts what Node (or a browser) prints for a program,
// job by job, from the semantics alone. It never runs a JavaScript engine.
//
//   Prediction p = predict(program, options);   // program: the AST of the original file (or of
//                                               // a lowered one whose nodes keep their origins)
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "core/choices.h"
#include "diag/diag.h"

namespace desugar {

struct SimOptions {
  HostKind host = HostKind::Node;
  AwaitMode await_mode = AwaitMode::Modern;
  bool is_module = false;
  std::uint64_t max_steps = 100'000'000;  // statements, calls and jobs
  std::uint32_t max_depth = 9000;         // JavaScript call depth
  bool trace = false;                     // record one TraceRow per job
  std::size_t trace_queue_entries = 20;   // queue entries a TraceRow keeps (it counts them all)
  std::string_view source;                // the original text (for line numbers)
  // Internal: take the other branch at the first nondeterministic timers phase.
  bool alternate_race = false;
};

// One task waiting in a queue, as the trace records it (src/report formats it).
struct QueuedTask {
  const char* kind = "";  // "PromiseReactionJob", "nextTick", "timer", "immediate", ...
  std::int64_t at = -1;   // jobs: the code it runs; timers and immediates: where they were set
  double due_ms = -1;     // timers: when they are due (virtual ms); -1: not a timer
};

// One row of --explain: a job (or the main script) and what it did.
struct TraceRow {
  std::uint64_t step = 0;
  std::string kind;              // script, PromiseReactionJob, await continuation, ...
  std::int64_t queued_at = -1;   // source offset of the operation that queued it (-1: none)
  std::int64_t runs = -1;        // source offset of the code it runs (-1: internal)
  std::uint32_t first_line = 0;  // 1-based index of the first stdout line it printed
  std::uint32_t line_count = 0;
  std::vector<std::string> lines;  // what it printed
  // What is queued after it, in the order it will run: the first entries, and how many in all.
  std::vector<QueuedTask> microtasks_after;  // nextTick queue, then V8's microtask queue
  std::vector<QueuedTask> macrotasks_after;  // timers by due time, then immediates
  std::size_t microtasks_total = 0;
  std::size_t macrotasks_total = 0;
  double clock_ms = 0;  // virtual time when it ran
};

// Where a console.log call printed: its source offset and the stdout lines it wrote.
struct PrintSite {
  std::uint32_t offset = 0;  // the call's source range
  std::uint32_t end = 0;
  std::vector<std::uint32_t> lines;  // 1-based stdout line numbers
};

struct Prediction {
  bool ok = false;  // false: could not predict (see diagnostics)
  std::string stdout_text;
  std::string stderr_text;
  int exit_status = 0;
  std::vector<TraceRow> trace;
  std::vector<PrintSite> prints;
  Diagnostics diagnostics;  // D0201 when !ok
  std::string refusal;      // the reason, without location
  std::int64_t refusal_offset = -1;
  // Node itself is nondeterministic here: another order it may print, and why.
  bool nondeterministic = false;
  std::string nondeterminism_note;
  std::string alternative_stdout;
  std::uint64_t jobs = 0;
  std::uint64_t steps = 0;
  std::uint64_t gc_collections = 0;
  std::size_t peak_heap_bytes = 0;  // the heap's chunks at their most (not the process RSS)
};

Prediction predict(const Node* program, const SimOptions& options);

}  // namespace desugar
