// The host: HostEnqueuePromiseJob (#sec-hostenqueuepromisejob), HostPromiseRejectionTracker
// (#sec-host-promise-rejection-tracker), and the event loop around them. Two hosts:
//  - Node (lib/internal/process/task_queues.js, lib/internal/timers.js, libuv's uv_run): after the
//    main script and after every timer or immediate callback, the nextTick queue is drained, then
//    V8's microtask queue, repeatedly, then unhandled rejections are processed (a still-unhandled
//    one ends the process with status 1). Timers live in one list per duration, the lists ordered
//    by expiry and then id; immediates run in the check phase.
//  - Browser (HTML event loop): a microtask checkpoint after each task; timers clamped to 4 ms
//    when nested more than 5 deep; no nextTick, no setImmediate.
// Time is virtual: code takes no time, the loop jumps to the next timer, busy-waits on Date.now()
// advance the clock.
#include <algorithm>
#include <cmath>

#include "sim/activation.h"
#include "sim/builtins.h"
#include "sim/promise.h"

namespace desugar::sim {

Value start_module_activation(Interp& in, Frame& prepared);

// ---- microtasks and ticks

void Interp::HostEnqueuePromiseJob(Job job) {
  // A reaction job is attributed to the then/await that registered it; a thenable job to the
  // resolve() that found the thenable.
  job.site = job.kind == JobKind::Reaction ? job.reaction.site : site;
  job.has_site = true;
  host.microtasks.push_back(std::move(job));
}

void Interp::enqueue_microtask(Value callback) {
  Job job;
  job.kind = JobKind::Microtask;
  job.a = callback;
  job.site = site;
  job.has_site = true;
  host.microtasks.push_back(std::move(job));
}

void Interp::enqueue_next_tick(Value callback, std::vector<Value> args) {
  Job job;
  job.kind = JobKind::NextTick;
  job.a = callback;
  job.args = std::move(args);
  job.site = site;
  job.has_site = true;
  host.ticks.push_back(std::move(job));
}

// HostPromiseRejectionTracker: Node's unhandledRejection / handledRejection
// (lib/internal/process/promises.js).
void Interp::HostPromiseRejectionTracker(PromiseObj* p, bool handle) {
  if (!handle) {
    p->maybe_unhandled = true;
    ++host.maybe_unhandled_count;
    host.pending_unhandled.push_back(Value::object(p));
    host.has_rejection_to_warn = true;
    return;
  }
  if (p->maybe_unhandled) {
    p->maybe_unhandled = false;
    --host.maybe_unhandled_count;
    if (p->warned) return;
  }
  if (host.maybe_unhandled_count == 0) host.has_rejection_to_warn = false;
}

const char* Interp::job_kind_name(const Job& job) {
  switch (job.kind) {
    case JobKind::Script: return "script";
    case JobKind::Reaction:
      return job.reaction.kind == HandlerKind::AwaitResume ? "await continuation" : "PromiseReactionJob";
    case JobKind::ResolveThenable: return "PromiseResolveThenableJob";
    case JobKind::Microtask: return "queueMicrotask";
    case JobKind::NextTick: return "nextTick";
    case JobKind::Timer: return "timer";
    case JobKind::Interval: return "interval";
    case JobKind::Immediate: return "immediate";
  }
  return "job";
}

static std::int64_t function_location(Value f) {
  if (!f.is_object() || !f.obj()->is_callable) return -1;
  auto* fo = static_cast<FunctionObj*>(f.obj());
  if (fo->fkind == FnKind::User) return static_cast<UserFunction*>(fo)->code->begin;
  if (fo->fkind == FnKind::Bound) return function_location(Value::object(static_cast<BoundFunction*>(fo)->target));
  return -1;
}

std::int64_t Interp::job_runs_location(const Job& job) {
  switch (job.kind) {
    case JobKind::Reaction:
      if (job.reaction.kind == HandlerKind::AwaitResume) return job.reaction.activation->await_pos;
      if (job.reaction.kind == HandlerKind::Function) return function_location(job.reaction.handler);
      return -1;
    case JobKind::ResolveThenable: return function_location(job.c);
    case JobKind::Microtask:
    case JobKind::NextTick: return function_location(job.a);
    default: return -1;
  }
}

void Interp::run_job(Job& job) {
  ++jobs_run;
  step();
  if (opts.trace) begin_row(job_kind_name(job), job.has_site ? job.site : -1, job_runs_location(job));
  switch (job.kind) {
    case JobKind::Reaction: PromiseReactionJob(job); break;
    case JobKind::ResolveThenable: PromiseResolveThenableJob(job); break;
    case JobKind::Microtask: {
      // queueMicrotask: an exception is fatal (triggerFatalException).
      bool threw = false;
      Value err;
      try {
        call(job.a, Value::undefined(), {});
      } catch (const Throw& t) {
        threw = true;
        err = t.value;
      }
      if (threw) fatal_uncaught(err, false);
      break;
    }
    case JobKind::NextTick: {
      bool threw = false;
      Value err;
      try {
        call(job.a, Value::undefined(), job.args);
      } catch (const Throw& t) {
        threw = true;
        err = t.value;
      }
      if (threw) fatal_uncaught(err, false);
      break;
    }
    default: break;
  }
  if (opts.trace) end_row();
  if (module_watch && static_cast<PromiseObj*>(module_promise.obj())->state == PromiseState::Rejected) {
    // A module whose evaluation failed: Node's loader settles it through its own promise jobs,
    // which interleave with the program's.
    if (!host.microtasks.empty()) {
      refuse("the ES module failed while other jobs were queued; Node's loader jobs interleave with them");
    }
    fatal_uncaught(static_cast<PromiseObj*>(module_promise.obj())->result, true);
  }
}

void Interp::drain_microtasks() {
  while (!host.microtasks.empty()) {
    if (gc_due()) collect_garbage();
    Job job = std::move(host.microtasks.front());
    host.microtasks.pop_front();
    run_job(job);
  }
}

// runNextTicks() / InternalCallbackScope::Close.
void Interp::after_callback() {
  if (opts.host == HostKind::Browser) {
    drain_microtasks();
    return;
  }
  if (host.ticks.empty() && !host.has_rejection_to_warn) drain_microtasks();
  if (host.ticks.empty() && !host.has_rejection_to_warn) return;
  process_ticks_and_rejections();
}

void Interp::process_ticks_and_rejections() {
  do {
    while (!host.ticks.empty()) {
      if (gc_due()) collect_garbage();
      Job job = std::move(host.ticks.front());
      host.ticks.pop_front();
      run_job(job);
    }
    drain_microtasks();
  } while (!host.ticks.empty() || process_promise_rejections());
  host.has_rejection_to_warn = false;
}

// processPromiseRejections: the first rejection still unhandled is fatal (the default
// --unhandled-rejections=throw mode).
bool Interp::process_promise_rejections() {
  std::vector<Value> pending = std::move(host.pending_unhandled);
  host.pending_unhandled.clear();
  for (Value v : pending) {
    auto* p = static_cast<PromiseObj*>(v.obj());
    if (!p->maybe_unhandled) continue;
    p->warned = true;
    fatal_uncaught(p->result, true);
  }
  return !host.pending_unhandled.empty();
}

void Interp::fatal_uncaught(Value error, bool from_promise) {
  std::string text;
  if (error.is_object() && error.obj()->cls == Class::Error) {
    const Prop* name = nullptr;
    for (Object* o = error.obj(); o && !name; o = o->proto) name = o->find(n.name);
    const Prop* msg = error.obj()->find(n.message);
    text = (name && name->value.is_string() ? name->value.str()->data : std::string("Error"));
    if (msg && msg->value.is_string()) text += ": " + msg->value.str()->data;
  } else if (error.is_string()) {
    text = error.str()->data;
  } else if (!error.is_object()) {
    text = error.is_symbol() ? "Symbol()" : to_std_string(error);
  } else {
    text = "[object]";
  }
  write_stderr(std::string(from_promise ? "Uncaught (in promise) " : "Uncaught ") + text + "\n");
  // A browser reports the error and goes on with the next task; Node exits.
  if (opts.host == HostKind::Browser) return;
  throw ProcessExit{1};
}

// ---- timers (Node: lib/internal/timers.js)

Value Interp::set_timer(Value callback, double delay, bool repeat, std::vector<Value> args) {
  auto* t = heap.make<TimerRecord>();
  t->callback = callback;
  t->args = std::move(args);
  t->repeat = repeat;
  t->site = site;
  t->seq = host.timer_seq++;
  double ms = delay;
  if (opts.host == HostKind::Node) {
    // "When delay is larger than 2147483647 or less than 1, the delay will be set to 1."
    if (!(ms >= 1 && ms <= 2147483647)) ms = 1;
    ms = std::trunc(ms);
    t->start = std::floor(clock_);
  } else {
    // HTML timer initialization steps: negative → 0; nesting level > 5 → at least 4 ms.
    if (!(ms >= 0)) ms = 0;
    ms = std::trunc(ms);
    t->nesting = host.timer_nesting + 1;
    if (t->nesting > 5 && ms < 4) ms = 4;
    t->start = clock_;
  }
  t->msecs = ms;
  Object* handle = new_object(r.timeout_proto);
  t->handle = Value::object(handle);
  handle->cls = Class::Ordinary;
  timer_handles_[handle] = t;
  // insert(item, msecs, start)
  auto it = host.timer_lists.find(ms);
  if (it == host.timer_lists.end()) {
    TimerList list;
    list.expiry = t->start + ms;
    list.id = host.timer_list_ids++;
    list.uid = host.timer_list_uids++;
    it = host.timer_lists.emplace(ms, std::move(list)).first;
  }
  it->second.timers.push_back(t);
  return t->handle;
}

void Interp::clear_timer(Value handle) {
  if (!handle.is_object()) return;
  auto h = timer_handles_.find(handle.obj());
  if (h == timer_handles_.end()) return;
  TimerRecord* t = h->second;
  t->active = false;
  t->repeat = false;
  auto it = host.timer_lists.find(t->msecs);
  if (it == host.timer_lists.end()) return;
  auto& timers = it->second.timers;
  auto pos_in = std::find(timers.begin(), timers.end(), t);
  if (pos_in != timers.end()) timers.erase(pos_in);
  if (timers.empty()) host.timer_lists.erase(it);
  timer_handles_.erase(h);
}

Value Interp::set_immediate(Value callback, std::vector<Value> args) {
  auto* im = heap.make<ImmediateRecord>();
  im->callback = callback;
  im->args = std::move(args);
  im->site = site;
  Object* handle = new_object(r.immediate_proto);
  im->handle = Value::object(handle);
  immediate_handles_[handle] = im;
  host.immediates.push_back(im);
  return im->handle;
}

void Interp::clear_immediate(Value handle) {
  if (!handle.is_object()) return;
  auto h = immediate_handles_.find(handle.obj());
  if (h == immediate_handles_.end()) return;
  h->second->active = false;
}

// Runs one macrotask callback as Node does: the callback, then ticks and microtasks.
void Interp::run_callback(const char* kind, Value callback, const std::vector<Value>& args,
                          std::uint32_t site) {
  if (gc_due()) {
    // A safe point, but the callback and its arguments live only in this frame: root them.
    extra_roots.push_back(callback.is_cell() ? callback.cell() : nullptr);
    for (const Value& v : args) extra_roots.push_back(v.is_cell() ? v.cell() : nullptr);
    collect_garbage();
    extra_roots.clear();
  }
  ++jobs_run;
  step();
  if (opts.trace) begin_row(kind, site, function_location(callback));
  bool threw = false;
  Value err;
  try {
    call(callback, Value::undefined(), args);
  } catch (const Throw& t) {
    threw = true;
    err = t.value;
  }
  if (opts.trace) end_row();
  if (threw) fatal_uncaught(err, false);
  after_callback();
}

// The timers phase: Node's processTimers(now) / listOnTimeout(list, now).
bool Interp::run_timers_phase() {
  bool ran = false;
  double now = std::floor(clock_);
  for (;;) {
    // timerListQueue.peek(): the list with the smallest (expiry, id).
    auto best = host.timer_lists.end();
    for (auto it = host.timer_lists.begin(); it != host.timer_lists.end(); ++it) {
      if (best == host.timer_lists.end() || it->second.expiry < best->second.expiry ||
          (it->second.expiry == best->second.expiry && it->second.id < best->second.id)) {
        best = it;
      }
    }
    if (best == host.timer_lists.end() || best->second.expiry > now) return ran;
    double msecs = best->first;
    std::uint64_t uid = best->second.uid;
    // listOnTimeout
    for (;;) {
      auto lit = host.timer_lists.find(msecs);
      if (lit == host.timer_lists.end() || lit->second.uid != uid) break;
      TimerList& list = lit->second;
      if (list.timers.empty()) {
        host.timer_lists.erase(lit);
        break;
      }
      TimerRecord* t = list.timers.front();
      double diff = now - t->start;
      if (diff < msecs) {
        list.expiry = std::max(t->start + msecs, now + 1);
        list.id = host.timer_list_ids++;
        break;
      }
      list.timers.pop_front();
      if (list.timers.empty()) host.timer_lists.erase(lit);
      if (!t->active) continue;
      ran = true;
      double start = std::floor(clock_);
      if (!t->repeat) t->active = false;
      Value handle = t->handle;
      host.running_timer = t;
      run_callback(t->repeat ? "interval" : "timer", t->callback, t->args, t->site);
      host.running_timer = nullptr;
      if (t->repeat && t->active) {
        // Re-arm after the callback: insert(timer, timer._idleTimeout, start).
        t->start = start;
        auto it = host.timer_lists.find(t->msecs);
        if (it == host.timer_lists.end()) {
          TimerList nl;
          nl.expiry = start + t->msecs;
          nl.id = host.timer_list_ids++;
          nl.uid = host.timer_list_uids++;
          it = host.timer_lists.emplace(t->msecs, std::move(nl)).first;
        }
        it->second.timers.push_back(t);
      } else {
        timer_handles_.erase(handle.obj());
      }
    }
  }
}

// The check phase: processImmediate() runs the immediates queued before it started.
bool Interp::run_check_phase() {
  std::deque<ImmediateRecord*> queue = std::move(host.immediates);
  host.immediates.clear();
  bool ran = false;
  while (!queue.empty()) {
    ImmediateRecord* im = queue.front();
    queue.pop_front();
    // Keep the rest reachable while callbacks run.
    host.running_immediates.assign(queue.begin(), queue.end());
    if (!im->active) continue;
    im->active = false;
    immediate_handles_.erase(im->handle.obj());
    ran = true;
    run_callback("immediate", im->callback, im->args, im->site);
  }
  host.running_immediates.clear();
  return ran;
}

double Interp::next_timer_expiry() const {
  double best = INFINITY;
  for (const auto& [ms, list] : host.timer_lists) best = std::min(best, list.expiry);
  return best;
}

void Interp::run_event_loop() {
  if (opts.host == HostKind::Browser) {
    run_browser_loop();
    return;
  }
  constexpr double kStartupRaceMs = 20;
  bool first_iteration = true;
  for (;;) {
    bool have_timers = !host.timer_lists.empty();
    bool have_immediates = !host.immediates.empty();
    if (!have_timers && !have_immediates) return;
    // Timers set by the main script against setImmediate: Node's first timers phase comes after
    // the script and the bootstrap have used real time (timers start on the real clock), so a
    // short timer may or may not be due before the check phase. Node does not fix this order.
    if (first_iteration && have_immediates && have_timers) {
      double now = std::floor(clock_);
      double latest = -1;
      for (const auto& [ms, list] : host.timer_lists) {
        if (list.expiry > now && list.expiry <= now + kStartupRaceMs) latest = std::max(latest, list.expiry);
      }
      if (latest > 0) {
        if (result != nullptr && !result->nondeterministic) {
          result->nondeterministic = true;
          result->nondeterminism_note =
              "timers set by the main script race setImmediate: whether they are due at Node's first "
              "timers phase depends on how long startup took";
        }
        if (opts.alternate_race && !race_taken) {
          race_taken = true;
          clock_ = latest;
        }
      }
    }
    first_iteration = false;
    run_timers_phase();
    // Poll: block for the next timer unless immediates are waiting.
    if (host.immediates.empty() && !host.timer_lists.empty()) {
      double expiry = next_timer_expiry();
      if (expiry > clock_) clock_ = expiry;
    }
    run_check_phase();
  }
}

// HTML: pick the oldest runnable timer task; a microtask checkpoint after each.
void Interp::run_browser_loop() {
  for (;;) {
    TimerRecord* best = nullptr;
    double best_due = INFINITY;
    for (auto& [ms, list] : host.timer_lists) {
      for (TimerRecord* t : list.timers) {
        double due = t->start + t->msecs;
        if (t->active && (due < best_due || (due == best_due && t->seq < best->seq))) {
          best = t;
          best_due = due;
        }
      }
    }
    if (best == nullptr) return;
    if (best_due > clock_) clock_ = best_due;
    auto& timers = host.timer_lists[best->msecs].timers;
    timers.erase(std::find(timers.begin(), timers.end(), best));
    if (timers.empty()) host.timer_lists.erase(best->msecs);
    host.timer_nesting = best->nesting;
    if (!best->repeat) best->active = false;
    host.running_timer = best;
    run_callback(best->repeat ? "interval" : "timer", best->callback, best->args, best->site);
    host.running_timer = nullptr;
    host.timer_nesting = 0;
    if (best->repeat && best->active) {
      best->start = clock_;
      host.timer_lists[best->msecs].timers.push_back(best);
    } else {
      timer_handles_.erase(best->handle.obj());
    }
  }
}

// ---- the main script

void Interp::run_program(const FunctionCode* top) {
  Frame f;
  f.code = top;
  f.env = new_env(nullptr, top->scope);
  Value* s = f.env->slots();
  bool cjs = opts.host == HostKind::Node && !opts.is_module;
  if (cjs) {
    // The CommonJS wrapper: this === module.exports, and its five parameters.
    Object* module = new_object();
    r.module_exports = new_object();
    module->put(n.exports, Value::object(r.module_exports));
    s[kSlotThis] = Value::object(r.module_exports);
    s[kFirstFreeSlot + 0] = Value::object(r.module_exports);
    s[kFirstFreeSlot + 1] = Value::object(make_native("require", 1, builtin_require));
    s[kFirstFreeSlot + 2] = Value::object(module);
  } else if (opts.host == HostKind::Browser && !opts.is_module) {
    // SPEC-DEVIATION: a classic script's top-level var and function declarations stay bindings of
    // the script instead of becoming properties of the global object.
    s[kSlotThis] = Value::object(r.global);
  }
  instantiate_functions(top->scope, f.env);
  if (opts.trace) begin_row("script", -1, top->begin);
  if (opts.is_module) {
    module_promise = start_module_activation(*this, f);
    if (opts.trace) end_row();
    auto* mp = static_cast<PromiseObj*>(module_promise.obj());
    if (mp->state == PromiseState::Rejected) {
      // The module threw synchronously.
      if (!host.microtasks.empty()) {
        refuse("the ES module threw while promise jobs were queued; Node's loader jobs interleave with them");
      }
      fatal_uncaught(mp->result, false);
    }
    module_watch = true;
    // The module body ran inside V8's microtask checkpoint: promise jobs come first.
    drain_microtasks();
    after_callback();
  } else {
    bool threw = false;
    Value err;
    try {
      exec(top->body, f);
    } catch (const Throw& t) {
      threw = true;
      err = t.value;
    }
    if (opts.trace) end_row();
    if (threw) fatal_uncaught(err, false);
    after_callback();
  }
  run_event_loop();
  if (opts.is_module) {
    auto* mp = static_cast<PromiseObj*>(module_promise.obj());
    if (mp->state == PromiseState::Pending) {
      // "Warning: Detected unsettled top-level await"
      write_stderr("Warning: Detected unsettled top-level await\n");
      throw ProcessExit{13};
    }
  }
}

}  // namespace desugar::sim
