// The host side shared by Node and the browser: HostEnqueuePromiseJob (#sec-hostenqueuepromisejob)
// onto V8's microtask queue, running jobs and host callbacks (traced, then the host's checkpoint),
// uncaught errors, timers, and the main script. Each host's queues and event loop are in
// host_node.cpp and host_browser.cpp (behind sim/host.h).
// Time is virtual: code takes no time, the loop jumps to the next timer, busy-waits on Date.now()
// advance the clock.
#include <algorithm>
#include <cmath>

#include "sim/activation.h"
#include "sim/builtins.h"
#include "sim/host.h"
#include "sim/promise.h"

namespace desugar::sim {

Value start_module_activation(Interp& in, Frame& prepared);

// ---- microtasks

void Interp::HostEnqueuePromiseJob(Job job) {
  // A reaction job is attributed to the then/await that registered it; a thenable job to the
  // resolve() that found the thenable.
  job.site = job.kind == JobKind::Reaction ? job.reaction.site : site;
  job.has_site = true;
  microtasks.push_back(std::move(job));
}

void Interp::enqueue_microtask(Value callback) {
  Job job;
  job.kind = JobKind::Microtask;
  job.callback = callback;
  job.site = site;
  job.has_site = true;
  microtasks.push_back(std::move(job));
}

void Interp::HostPromiseRejectionTracker(PromiseObj* p, bool handle) {
  host->HostPromiseRejectionTracker(*this, p, handle);
}

const char* Interp::job_kind_name(const Job& job) {
  switch (job.kind) {
    case JobKind::Script: return "script";
    case JobKind::Reaction:
      return job.reaction.kind == HandlerKind::AwaitResume ? "await continuation"
                                                           : "PromiseReactionJob";
    case JobKind::ResolveThenable: return "PromiseResolveThenableJob";
    case JobKind::Microtask: return "queueMicrotask";
    case JobKind::NextTick: return "nextTick";
    case JobKind::Timer: return "timer";
    case JobKind::Interval: return "interval";
    case JobKind::Immediate: return "immediate";
  }
  return "job";
}

std::int64_t function_location(Value f) {
  if (!f.is_object() || !f.obj()->is_callable) return -1;
  auto* fo = static_cast<FunctionObj*>(f.obj());
  if (fo->fkind == FnKind::User) return static_cast<UserFunction*>(fo)->code->begin;
  if (fo->fkind == FnKind::Bound)
    return function_location(Value::object(static_cast<BoundFunction*>(fo)->target));
  return -1;
}

std::int64_t Interp::job_runs_location(const Job& job) {
  switch (job.kind) {
    case JobKind::Reaction:
      if (job.reaction.kind == HandlerKind::AwaitResume) return job.reaction.activation->await_pos;
      if (job.reaction.kind == HandlerKind::Function)
        return function_location(job.reaction.handler);
      return -1;
    case JobKind::ResolveThenable: return function_location(job.then);
    case JobKind::Microtask:
    case JobKind::NextTick: return function_location(job.callback);
    default: return -1;
  }
}

void Interp::run_job(Job& job) {
  ++jobs_run;
  step();
  if (opts.trace)
    begin_row(job_kind_name(job), job.has_site ? job.site : -1, job_runs_location(job));
  switch (job.kind) {
    case JobKind::Reaction: PromiseReactionJob(job); break;
    case JobKind::ResolveThenable: PromiseResolveThenableJob(job); break;
    case JobKind::Microtask: {
      // queueMicrotask: an exception is fatal (triggerFatalException).
      bool threw = false;
      Value err;
      try {
        call(job.callback, Value::undefined(), {});
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
        call(job.callback, Value::undefined(), job.args);
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
  if (module_watch &&
      static_cast<PromiseObj*>(module_promise.obj())->state == PromiseState::Rejected) {
    // A module whose evaluation failed: Node's loader settles it through its own promise jobs,
    // which interleave with the program's.
    if (!microtasks.empty()) {
      refuse(
          "the ES module failed while other jobs were queued; Node's loader jobs interleave with "
          "them");
    }
    fatal_uncaught(static_cast<PromiseObj*>(module_promise.obj())->result, true);
  }
}

void Interp::drain_microtasks() {
  while (!microtasks.empty()) {
    if (gc_due()) collect_garbage();
    Job job = std::move(microtasks.front());
    microtasks.pop_front();
    run_job(job);
  }
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
  if (host->uncaught_is_fatal()) throw ProcessExit{1};
}

void Interp::after_callback() { host->after_callback(*this); }

// ---- timers

void TimerRecord::trace(Tracer& t) {
  t.value(callback);
  t.values(args);
  t.value(handle);
}

void Timers::insert(TimerRecord* t, double start) {
  auto it = lists.find(t->msecs);
  if (it == lists.end()) {
    TimerList list;
    list.expiry = start + t->msecs;
    list.id = list_ids++;
    list.uid = list_uids++;
    it = lists.emplace(t->msecs, std::move(list)).first;
  }
  it->second.timers.push_back(t);
}

void Timers::trace(Tracer& t) const {
  for (const auto& [ms, list] : lists) {
    for (TimerRecord* r : list.timers) t.mark(r);
  }
  t.mark(running);
  for (auto& [h, rec] : handles) {
    t.mark(h);
    t.mark(rec);
  }
}

Value Interp::set_timer(Value callback, double delay, bool repeat, std::vector<Value> args) {
  auto* t = heap.make<TimerRecord>();
  t->callback = callback;
  t->args = std::move(args);
  t->repeat = repeat;
  t->site = site;
  t->seq = host->timers.seq++;
  host->arm_timer(*this, *t, delay);
  Object* handle = new_object(r.timeout_proto);
  t->handle = Value::object(handle);
  handle->cls = Class::Ordinary;
  host->timers.handles[handle] = t;
  host->timers.insert(t, t->start);
  return t->handle;
}

void Interp::clear_timer(Value handle) {
  if (!handle.is_object()) return;
  Timers& timers = host->timers;
  auto h = timers.handles.find(handle.obj());
  if (h == timers.handles.end()) return;
  TimerRecord* t = h->second;
  t->active = false;
  t->repeat = false;
  auto it = timers.lists.find(t->msecs);
  if (it == timers.lists.end()) return;
  auto& list = it->second.timers;
  auto pos_in = std::find(list.begin(), list.end(), t);
  if (pos_in != list.end()) list.erase(pos_in);
  if (list.empty()) timers.lists.erase(it);
  timers.handles.erase(h);
}

// Runs one macrotask callback: the callback, traced, then the host's checkpoint.
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

// ---- the main script

void Interp::run_program(const FunctionCode* top) {
  Frame f;
  f.code = top;
  f.env = new_env(nullptr, top->scope);
  if (!opts.is_module) host->enter_script(*this, f);
  instantiate_functions(top->scope, f.env);
  if (opts.trace) begin_row("script", -1, top->begin);
  if (opts.is_module) {
    module_promise = start_module_activation(*this, f);
    if (opts.trace) end_row();
    auto* mp = static_cast<PromiseObj*>(module_promise.obj());
    if (mp->state == PromiseState::Rejected) {
      // The module threw synchronously.
      if (!microtasks.empty()) {
        refuse(
            "the ES module threw while promise jobs were queued; Node's loader jobs interleave "
            "with them");
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
  host->run_event_loop(*this);
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
