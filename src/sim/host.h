// The host seam: what Node or a browser adds around the engine. The engine (promise.cpp, async.cpp,
// ...) enqueues promise jobs on V8's microtask queue, which belongs to the interpreter; everything
// else a host schedules is behind `Host`: its queues, its event-loop phases, its globals and its
// module wrapper, what an uncaught error does, and what the trace shows queued after each job.
//
//   host_node.cpp     Node: nextTick, processTicksAndRejections, timers phase, check phase
//   host_browser.cpp  HTML: a microtask checkpoint after each task, clamped timers
//
// A new scheduling API (MessageChannel, say) is a queue, a global and a phase of one host: one
// file. It runs its callbacks with Interp::run_callback, which traces them and does the
// checkpoint.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "sim/heap.h"
#include "sim/jobs.h"
#include "sim/value.h"

namespace desugar {
struct TraceRow;
}

namespace desugar::sim {

class Interp;
struct Frame;
struct Object;
struct PromiseObj;

// A timer (setTimeout / setInterval). Both hosts keep them in Node's layout
// (lib/internal/timers.js: one list per duration, lists ordered by expiry then id).
struct TimerRecord final : Cell {
  void trace(Tracer& t) override;
  Value callback;
  std::vector<Value> args;
  Value handle;      // the Timeout object given to the program
  double msecs = 1;  // after clamping
  double start = 0;  // _idleStart
  bool repeat = false;
  bool active = true;  // false once cleared or fired for good
  std::uint32_t site = 0;
  std::uint64_t seq = 0;
  int nesting = 0;  // browser clamping
};

struct TimerList {
  std::deque<TimerRecord*> timers;
  double expiry = 0;
  std::uint64_t id = 0;   // timerListId: ties between equal expiries
  std::uint64_t uid = 0;  // identity of this list object
};

// The timers of a host, and the handles the program holds.
struct Timers {
  std::map<double, TimerList> lists;
  std::uint64_t list_ids = 0;
  std::uint64_t list_uids = 0;
  std::uint64_t seq = 0;
  TimerRecord* running = nullptr;  // kept alive while its callback runs (it may clear itself)
  std::unordered_map<Object*, TimerRecord*> handles;
  // insert(item, msecs, start): appends to the list for t's duration, making it if needed.
  void insert(TimerRecord* t, double start);
  void trace(Tracer& t) const;
};

class Host {
 public:
  virtual ~Host() = default;

  // ---- globals and modules
  // Adds the host's own globals (Node: setImmediate, process, ...) to the realm.
  virtual void install_globals(Interp& in) = 0;
  // Globals of this host that the simulator does not provide: using one refuses.
  virtual std::vector<const char*> unmodelled_globals() const = 0;
  // The main script runs in Node's CommonJS module wrapper (the compiler binds its parameters).
  virtual bool commonjs(bool is_module) const = 0;
  // Binds `this` and the wrapper's parameters of a classic script's frame before it runs.
  virtual void enter_script(Interp& in, Frame& f) = 0;

  // ---- queues
  // Sets t->msecs, t->start (and nesting) from the requested delay: each host clamps its own way.
  virtual void arm_timer(Interp& in, TimerRecord& t, double delay) = 0;
  // HostPromiseRejectionTracker (#sec-host-promise-rejection-tracker).
  virtual void HostPromiseRejectionTracker(Interp& in, PromiseObj* p, bool handle) = 0;
  // An uncaught exception ends the process (Node) or only the task (a browser).
  virtual bool uncaught_is_fatal() const = 0;

  // ---- the event loop
  // The checkpoint after the main script and after every callback the loop runs.
  virtual void after_callback(Interp& in) = 0;
  // Runs the loop until nothing is left to run.
  virtual void run_event_loop(Interp& in) = 0;

  // ---- the trace observer: what is queued after a job, in the order it will run, up to
  // `limit` entries of each kind; the counts say how many there are in all.
  virtual void snapshot_queues(Interp& in, std::size_t limit, TraceRow& row) = 0;

  // ---- garbage collection: the host's queues are roots
  virtual void trace(Tracer& t) const = 0;
  // Whether `o` is a timer-like handle of this host (printing one is not modelled).
  virtual bool is_handle(Object* o) const = 0;

  Timers timers;
};

std::unique_ptr<Host> make_node_host();
std::unique_ptr<Host> make_browser_host();

}  // namespace desugar::sim
