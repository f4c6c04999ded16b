// Node (lib/internal/process/task_queues.js, lib/internal/timers.js, libuv's uv_run): after the
// main script and after every timer or immediate callback, the nextTick queue is drained, then
// V8's microtask queue, repeatedly, then unhandled rejections are processed (a still-unhandled
// one ends the process with status 1). Timers live in one list per duration, the lists ordered by
// expiry and then id; immediates run in the check phase. The main script is a CommonJS module
// unless it is an ES module. Its globals: setImmediate, clearImmediate, global, process.
#include <algorithm>
#include <cmath>

#include "sim/builtins.h"
#include "sim/host.h"
#include "sim/promise.h"

namespace desugar::sim {

std::int64_t function_location(Value f);

namespace {

struct ImmediateRecord final : Cell {
  void trace(Tracer& t) override {
    t.value(callback);
    t.values(args);
    t.value(handle);
  }
  Value callback;
  std::vector<Value> args;
  Value handle;
  bool active = true;
  std::uint32_t site = 0;
};

class NodeHost final : public Host {
 public:
  void install_globals(Interp& in) override;
  std::vector<const char*> unmodelled_globals() const override { return {}; }
  bool commonjs(bool is_module) const override { return !is_module; }
  void enter_script(Interp& in, Frame& f) override;
  void arm_timer(Interp& in, TimerRecord& t, double delay) override;
  void HostPromiseRejectionTracker(Interp& in, PromiseObj* p, bool handle) override;
  bool uncaught_is_fatal() const override { return true; }
  void after_callback(Interp& in) override;
  void run_event_loop(Interp& in) override;
  void snapshot_queues(Interp& in, std::size_t limit, TraceRow& row) override;
  void trace(Tracer& t) const override;
  bool is_handle(Object* o) const override {
    return timers.handles.count(o) != 0 || immediate_handles.count(o) != 0;
  }

  void enqueue_next_tick(Interp& in, Value callback, std::vector<Value> args);
  Value set_immediate(Interp& in, Value callback, std::vector<Value> args);
  void clear_immediate(Value handle);

 private:
  void process_ticks_and_rejections(Interp& in);
  bool process_promise_rejections(Interp& in);
  bool run_timers_phase(Interp& in);
  bool run_check_phase(Interp& in);
  double next_timer_expiry() const;

  std::deque<Job> ticks;  // process.nextTick
  std::deque<ImmediateRecord*> immediates;
  std::vector<ImmediateRecord*> running_immediates;
  std::unordered_map<Object*, ImmediateRecord*> immediate_handles;
  std::vector<Value> pending_unhandled;  // promises rejected with no handler, in order
  bool has_rejection_to_warn = false;
  std::size_t maybe_unhandled_count = 0;  // maybeUnhandledPromises.size
  bool race_taken = false;                // alternate_race: the first race was already flipped
};

NodeHost& node_host(Interp& in) { return static_cast<NodeHost&>(*in.host); }

// ---- globals

Value set_immediate(Interp& in, NativeFunction&, NativeArgs& a) {
  Value cb = a.arg(0);
  if (!in.IsCallable(cb))
    in.throw_type_error("The \"callback\" argument must be of type function.", false);
  std::vector<Value> rest;
  for (std::uint32_t i = 1; i < a.argc; ++i) rest.push_back(a.argv[i]);
  return node_host(in).set_immediate(in, cb, std::move(rest));
}

Value clear_immediate(Interp& in, NativeFunction&, NativeArgs& a) {
  node_host(in).clear_immediate(a.arg(0));
  return Value::undefined();
}

Value process_next_tick(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!in.IsCallable(a.arg(0)))
    in.throw_type_error("The \"callback\" argument must be of type function.", false);
  std::vector<Value> rest;
  for (std::uint32_t i = 1; i < a.argc; ++i) rest.push_back(a.argv[i]);
  node_host(in).enqueue_next_tick(in, a.arg(0), std::move(rest));
  return Value::undefined();
}

Value process_exit(Interp& in, NativeFunction&, NativeArgs& a) {
  int code = 0;
  if (!a.arg(0).is_undefined()) {
    code = static_cast<int>(in.ToIntegerOrInfinity(a.arg(0)));
  } else {
    Value ec = in.get(in.process_object, in.intern("exitCode"));
    if (!ec.is_undefined()) code = static_cast<int>(in.ToIntegerOrInfinity(ec));
  }
  throw ProcessExit{code};
}

Value stdout_write(Interp& in, NativeFunction&, NativeArgs& a) {
  std::uint32_t site = in.pos, site_end = in.call_end;
  std::string text = a.arg(0).is_string() ? a.arg(0).str()->data : in.to_std_string(a.arg(0));
  in.pos = site;
  in.call_end = site_end;
  in.write_stdout(text);
  return Value::boolean(true);
}

Value stderr_write(Interp& in, NativeFunction&, NativeArgs& a) {
  in.write_stderr(in.to_std_string(a.arg(0)));
  return Value::boolean(true);
}

Value process_unmodelled(Interp& in, NativeFunction& self, NativeArgs&) {
  in.refuse("`process." + in.to_std_string(in.get(&self, in.n.name)).substr(4) +
            "` is not modelled");
}

void NodeHost::install_globals(Interp& in) {
  Object* g = in.r.global;
  in.add_method(g, "setImmediate", 1, sim::set_immediate);
  in.add_method(g, "clearImmediate", 1, sim::clear_immediate);
  g->put(in.intern("global"), Value::object(g), attr::Hidden);
  // process
  Object* process = in.new_object();
  in.process_object = process;
  g->put(in.intern("process"), Value::object(process), attr::Hidden);
  in.add_method(process, "nextTick", 1, process_next_tick);
  in.add_method(process, "exit", 1, process_exit);
  process->put(in.intern("exitCode"), Value::undefined());
  Object* out = in.new_object();
  in.add_method(out, "write", 1, stdout_write);
  process->put(in.intern("stdout"), Value::object(out));
  Object* err = in.new_object();
  in.add_method(err, "write", 1, stderr_write);
  process->put(in.intern("stderr"), Value::object(err));
  for (const char* name : {"version",
                           "versions",
                           "arch",
                           "platform",
                           "release",
                           "argv",
                           "argv0",
                           "execArgv",
                           "env",
                           "pid",
                           "ppid",
                           "title",
                           "execPath",
                           "debugPort",
                           "features",
                           "config",
                           "hrtime",
                           "uptime",
                           "memoryUsage",
                           "cpuUsage",
                           "resourceUsage",
                           "cwd",
                           "chdir",
                           "umask",
                           "kill",
                           "abort",
                           "emit",
                           "on",
                           "once",
                           "off",
                           "addListener",
                           "prependListener",
                           "removeListener",
                           "removeAllListeners",
                           "listeners",
                           "listenerCount",
                           "emitWarning",
                           "binding",
                           "stdin",
                           "allowedNodeEnvironmentFlags",
                           "report",
                           "getuid",
                           "geteuid",
                           "getgid",
                           "getegid",
                           "mainModule",
                           "domain",
                           "channel",
                           "connected",
                           "setUncaughtExceptionCaptureCallback",
                           "hasUncaughtExceptionCaptureCallback",
                           "getActiveResourcesInfo",
                           "constrainedMemory",
                           "dlopen",
                           "reallyExit",
                           "setSourceMapsEnabled"}) {
    in.add_getter(process, in.intern(name), std::string("get ") + name, process_unmodelled);
  }
}

void NodeHost::enter_script(Interp& in, Frame& f) {
  // The CommonJS wrapper: this === module.exports, and its five parameters.
  Value* s = f.env->slots();
  Object* module = in.new_object();
  in.r.module_exports = in.new_object();
  module->put(in.n.exports, Value::object(in.r.module_exports));
  s[kSlotThis] = Value::object(in.r.module_exports);
  s[kFirstFreeSlot + 0] = Value::object(in.r.module_exports);
  s[kFirstFreeSlot + 1] = Value::object(in.make_native("require", 1, builtin_require));
  s[kFirstFreeSlot + 2] = Value::object(module);
}

// ---- queues

void NodeHost::enqueue_next_tick(Interp& in, Value callback, std::vector<Value> args) {
  Job job;
  job.kind = JobKind::NextTick;
  job.callback = callback;
  job.args = std::move(args);
  job.site = in.site;
  job.has_site = true;
  ticks.push_back(std::move(job));
}

// "When delay is larger than 2147483647 or less than 1, the delay will be set to 1."
void NodeHost::arm_timer(Interp& in, TimerRecord& t, double delay) {
  double ms = delay;
  if (!(ms >= 1 && ms <= 2147483647)) ms = 1;
  t.msecs = std::trunc(ms);
  t.start = std::floor(in.now_ms());
}

Value NodeHost::set_immediate(Interp& in, Value callback, std::vector<Value> args) {
  auto* im = in.heap.make<ImmediateRecord>();
  im->callback = callback;
  im->args = std::move(args);
  im->site = in.site;
  Object* handle = in.new_object(in.r.immediate_proto);
  im->handle = Value::object(handle);
  immediate_handles[handle] = im;
  immediates.push_back(im);
  return im->handle;
}

void NodeHost::clear_immediate(Value handle) {
  if (!handle.is_object()) return;
  auto h = immediate_handles.find(handle.obj());
  if (h == immediate_handles.end()) return;
  h->second->active = false;
}

// HostPromiseRejectionTracker: Node's unhandledRejection / handledRejection
// (lib/internal/process/promises.js).
void NodeHost::HostPromiseRejectionTracker(Interp&, PromiseObj* p, bool handle) {
  if (!handle) {
    p->maybe_unhandled = true;
    ++maybe_unhandled_count;
    pending_unhandled.push_back(Value::object(p));
    has_rejection_to_warn = true;
    return;
  }
  if (p->maybe_unhandled) {
    p->maybe_unhandled = false;
    --maybe_unhandled_count;
    if (p->warned) return;
  }
  if (maybe_unhandled_count == 0) has_rejection_to_warn = false;
}

void NodeHost::trace(Tracer& t) const {
  timers.trace(t);
  for (const Job& j : ticks) j.trace(t);
  for (ImmediateRecord* r : immediates) t.mark(r);
  for (ImmediateRecord* r : running_immediates) t.mark(r);
  for (auto& [h, rec] : immediate_handles) {
    t.mark(h);
    t.mark(rec);
  }
  t.values(pending_unhandled);
}

// ---- the checkpoint: runNextTicks() / InternalCallbackScope::Close

void NodeHost::after_callback(Interp& in) {
  if (ticks.empty() && !has_rejection_to_warn) in.drain_microtasks();
  if (ticks.empty() && !has_rejection_to_warn) return;
  process_ticks_and_rejections(in);
}

void NodeHost::process_ticks_and_rejections(Interp& in) {
  do {
    while (!ticks.empty()) {
      if (in.gc_due()) in.collect_garbage();
      Job job = std::move(ticks.front());
      ticks.pop_front();
      in.run_job(job);
    }
    in.drain_microtasks();
  } while (!ticks.empty() || process_promise_rejections(in));
  has_rejection_to_warn = false;
}

// processPromiseRejections: the first rejection still unhandled is fatal (the default
// --unhandled-rejections=throw mode).
bool NodeHost::process_promise_rejections(Interp& in) {
  std::vector<Value> pending = std::move(pending_unhandled);
  pending_unhandled.clear();
  for (Value v : pending) {
    auto* p = static_cast<PromiseObj*>(v.obj());
    if (!p->maybe_unhandled) continue;
    p->warned = true;
    in.fatal_uncaught(p->result, true);
  }
  return !pending_unhandled.empty();
}

// ---- the event loop

// The timers phase: Node's processTimers(now) / listOnTimeout(list, now).
bool NodeHost::run_timers_phase(Interp& in) {
  bool ran = false;
  double now = std::floor(in.now_ms());
  for (;;) {
    // timerListQueue.peek(): the list with the smallest (expiry, id).
    auto best = timers.lists.end();
    for (auto it = timers.lists.begin(); it != timers.lists.end(); ++it) {
      if (best == timers.lists.end() || it->second.expiry < best->second.expiry ||
          (it->second.expiry == best->second.expiry && it->second.id < best->second.id)) {
        best = it;
      }
    }
    if (best == timers.lists.end() || best->second.expiry > now) return ran;
    double msecs = best->first;
    std::uint64_t uid = best->second.uid;
    // listOnTimeout
    for (;;) {
      auto lit = timers.lists.find(msecs);
      if (lit == timers.lists.end() || lit->second.uid != uid) break;
      TimerList& list = lit->second;
      if (list.timers.empty()) {
        timers.lists.erase(lit);
        break;
      }
      TimerRecord* t = list.timers.front();
      double diff = now - t->start;
      if (diff < msecs) {
        list.expiry = std::max(t->start + msecs, now + 1);
        list.id = timers.list_ids++;
        break;
      }
      list.timers.pop_front();
      if (list.timers.empty()) timers.lists.erase(lit);
      if (!t->active) continue;
      ran = true;
      double start = std::floor(in.now_ms());
      if (!t->repeat) t->active = false;
      Value handle = t->handle;
      timers.running = t;
      in.run_callback(t->repeat ? "interval" : "timer", t->callback, t->args, t->site);
      timers.running = nullptr;
      if (t->repeat && t->active) {
        // Re-arm after the callback: insert(timer, timer._idleTimeout, start).
        t->start = start;
        timers.insert(t, start);
      } else {
        timers.handles.erase(handle.obj());
      }
    }
  }
}

// The check phase: processImmediate() runs the immediates queued before it started.
bool NodeHost::run_check_phase(Interp& in) {
  std::deque<ImmediateRecord*> queue = std::move(immediates);
  immediates.clear();
  bool ran = false;
  while (!queue.empty()) {
    ImmediateRecord* im = queue.front();
    queue.pop_front();
    // Keep the rest reachable while callbacks run.
    running_immediates.assign(queue.begin(), queue.end());
    if (!im->active) continue;
    im->active = false;
    immediate_handles.erase(im->handle.obj());
    ran = true;
    in.run_callback("immediate", im->callback, im->args, im->site);
  }
  running_immediates.clear();
  return ran;
}

double NodeHost::next_timer_expiry() const {
  double best = INFINITY;
  for (const auto& [ms, list] : timers.lists) best = std::min(best, list.expiry);
  return best;
}

void NodeHost::run_event_loop(Interp& in) {
  constexpr double kStartupRaceMs = 20;
  bool first_iteration = true;
  for (;;) {
    bool have_timers = !timers.lists.empty();
    bool have_immediates = !immediates.empty();
    if (!have_timers && !have_immediates) return;
    // Timers set by the main script against setImmediate: Node's first timers phase comes after
    // the script and the bootstrap have used real time (timers start on the real clock), so a
    // short timer may or may not be due before the check phase. Node does not fix this order.
    if (first_iteration && have_immediates && have_timers) {
      double now = std::floor(in.now_ms());
      double latest = -1;
      for (const auto& [ms, list] : timers.lists) {
        if (list.expiry > now && list.expiry <= now + kStartupRaceMs)
          latest = std::max(latest, list.expiry);
      }
      if (latest > 0) {
        if (in.result != nullptr && !in.result->nondeterministic) {
          in.result->nondeterministic = true;
          in.result->nondeterminism_note =
              "timers set by the main script race setImmediate: whether they are due at Node's "
              "first "
              "timers phase depends on how long startup took";
        }
        if (in.opts.alternate_race && !race_taken) {
          race_taken = true;
          in.set_clock(latest);
        }
      }
    }
    first_iteration = false;
    run_timers_phase(in);
    // Poll: block for the next timer unless immediates are waiting.
    if (immediates.empty() && !timers.lists.empty()) {
      double expiry = next_timer_expiry();
      if (expiry > in.now_ms()) in.set_clock(expiry);
    }
    run_check_phase(in);
  }
}

// ---- the trace observer

void NodeHost::snapshot_queues(Interp& in, std::size_t limit, TraceRow& row) {
  auto add = [&](std::vector<QueuedTask>& out, QueuedTask task) {
    if (out.size() < limit) out.push_back(task);
  };
  for (const Job& j : ticks)
    add(row.microtasks_after, {in.job_kind_name(j), in.job_runs_location(j)});
  for (const Job& j : in.microtasks)
    add(row.microtasks_after, {in.job_kind_name(j), in.job_runs_location(j)});
  row.microtasks_total = ticks.size() + in.microtasks.size();
  std::vector<std::pair<double, TimerRecord*>> due;
  for (auto& [ms, list] : timers.lists) {
    for (TimerRecord* t : list.timers) {
      if (t->active) due.emplace_back(t->start + t->msecs, t);
    }
  }
  std::stable_sort(due.begin(), due.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::size_t macro = 0;
  for (auto& [when, t] : due) {
    ++macro;
    add(row.macrotasks_after, {t->repeat ? "interval" : "timer", t->site, when});
  }
  for (ImmediateRecord* im : immediates) {
    if (!im->active) continue;
    ++macro;
    add(row.macrotasks_after, {"immediate", im->site});
  }
  row.macrotasks_total = macro;
}

}  // namespace

std::unique_ptr<Host> make_node_host() { return std::make_unique<NodeHost>(); }

}  // namespace desugar::sim
