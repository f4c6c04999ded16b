// predict(): compile the program, run it on the simulated host, and collect what it printed, how
// it exited, the trace, and either a refusal or a note that Node itself is nondeterministic here.
// It returns data (offsets, queue entries, due times); src/report turns it into text.
#include <stdexcept>

#include "sim/compiler.h"
#include "sim/interp.h"

namespace desugar {

namespace sim {

void Interp::begin_row(const char* kind, std::int64_t queued_at, std::int64_t runs) {
  if (result == nullptr) return;
  TraceRow row;
  row.step = ++row_step;
  row.kind = kind;
  row.queued_at = queued_at;
  row.runs = runs;
  row.clock_ms = clock_;
  row_line_start = stdout_lines_;
  row_stdout_start = result->stdout_text.size();
  result->trace.push_back(std::move(row));
}

void Interp::end_row() {
  if (result == nullptr || result->trace.empty()) return;
  TraceRow& row = result->trace.back();
  row.first_line = static_cast<std::uint32_t>(row_line_start + 1);
  row.line_count = static_cast<std::uint32_t>(stdout_lines_ - row_line_start);
  row.lines = split_lines(std::string_view(result->stdout_text).substr(row_stdout_start));
  host->snapshot_queues(*this, opts.trace_queue_entries, row);
}

}  // namespace sim

namespace {

void run_once(const Node* program, const SimOptions& options, Prediction& out) {
  sim::Interp in(options, options.source);
  in.result = &out;
  sim::CompiledProgram compiled;
  bool commonjs = in.host->commonjs(options.is_module);
  bool finished = false;
  try {
    sim::Compiler compiler(in, compiled, options.is_module, commonjs);
    sim::FunctionCode* top = compiler.compile_program(program);
    in.run_program(top);
    finished = true;
  } catch (const sim::Refusal& r) {
    out.ok = false;
    out.refusal = r.message;
    out.refusal_offset = r.pos;
    out.diagnostics.report(DiagId::D0201, r.pos, r.message);
  } catch (const sim::ProcessExit& e) {
    out.ok = true;
    out.exit_status = e.code;
  } catch (const sim::Throw&) {
    throw std::logic_error("simulator: a JavaScript exception escaped the host");
  }
  if (finished) {
    out.ok = true;
    out.exit_status = 0;
    if (in.process_object != nullptr) {
      sim::Value code = in.get(in.process_object, in.intern("exitCode"));
      if (!code.is_undefined()) out.exit_status = static_cast<int>(in.ToNumber(code));
    }
  }
  out.jobs = in.jobs_run;
  out.steps = in.steps();
  out.gc_collections = in.heap.collections();
  out.peak_heap_bytes = in.heap.peak_bytes();
}

}  // namespace

Prediction predict(const Node* program, const SimOptions& options) {
  Prediction result;
  run_once(program, options, result);
  if (result.ok && result.nondeterministic && !options.alternate_race) {
    SimOptions alt = options;
    alt.alternate_race = true;
    alt.trace = false;
    Prediction other;
    run_once(program, alt, other);
    if (other.ok && other.stdout_text != result.stdout_text) {
      result.alternative_stdout = other.stdout_text;
    } else {
      result.nondeterministic = false;  // both orders print the same
      result.nondeterminism_note.clear();
    }
  }
  return result;
}

}  // namespace desugar
