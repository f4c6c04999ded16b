// A browser (the HTML event loop): a microtask checkpoint after each task; timers are tasks,
// the oldest runnable one first, clamped to 4 ms when nested more than 5 deep; an uncaught
// error is reported and the next task runs. No nextTick, no setImmediate, no process.
#include <algorithm>
#include <cmath>

#include "sim/builtins.h"
#include "sim/host.h"
#include "sim/promise.h"

namespace desugar::sim {

namespace {

class BrowserHost final : public Host {
 public:
  void install_globals(Interp&) override {}
  std::vector<const char*> unmodelled_globals() const override {
    return {"window",         "document",    "navigator",
            "location",       "alert",       "requestAnimationFrame",
            "XMLHttpRequest", "localStorage"};
  }
  bool commonjs(bool) const override { return false; }
  void enter_script(Interp& in, Frame& f) override {
    // SPEC-DEVIATION: a classic script's top-level var and function declarations stay bindings of
    // the script instead of becoming properties of the global object.
    f.env->slots()[kSlotThis] = Value::object(in.r.global);
  }
  void arm_timer(Interp& in, TimerRecord& t, double delay) override;
  // Unhandled rejections are reported on the console, which is not predicted.
  void HostPromiseRejectionTracker(Interp&, PromiseObj*, bool) override {}
  bool uncaught_is_fatal() const override { return false; }
  void after_callback(Interp& in) override { in.drain_microtasks(); }
  void run_event_loop(Interp& in) override;
  void snapshot_queues(Interp& in, std::size_t limit, TraceRow& row) override;
  void trace(Tracer& t) const override { timers.trace(t); }
  bool is_handle(Object* o) const override { return timers.handles.count(o) != 0; }

 private:
  int timer_nesting = 0;  // the nesting level of the running timer
};

// HTML timer initialization steps: negative → 0; nesting level > 5 → at least 4 ms.
void BrowserHost::arm_timer(Interp& in, TimerRecord& t, double delay) {
  double ms = delay;
  if (!(ms >= 0)) ms = 0;
  ms = std::trunc(ms);
  t.nesting = timer_nesting + 1;
  if (t.nesting > 5 && ms < 4) ms = 4;
  t.msecs = ms;
  t.start = in.now_ms();
}

// Pick the oldest runnable timer task; a microtask checkpoint after each.
void BrowserHost::run_event_loop(Interp& in) {
  for (;;) {
    TimerRecord* best = nullptr;
    double best_due = INFINITY;
    for (auto& [ms, list] : timers.lists) {
      for (TimerRecord* t : list.timers) {
        double due = t->start + t->msecs;
        if (t->active && (due < best_due || (due == best_due && t->seq < best->seq))) {
          best = t;
          best_due = due;
        }
      }
    }
    if (best == nullptr) return;
    if (best_due > in.now_ms()) in.set_clock(best_due);
    auto& list = timers.lists[best->msecs].timers;
    list.erase(std::find(list.begin(), list.end(), best));
    if (list.empty()) timers.lists.erase(best->msecs);
    timer_nesting = best->nesting;
    if (!best->repeat) best->active = false;
    timers.running = best;
    in.run_callback(best->repeat ? "interval" : "timer", best->callback, best->args, best->site);
    timers.running = nullptr;
    timer_nesting = 0;
    if (best->repeat && best->active) {
      best->start = in.now_ms();
      timers.lists[best->msecs].timers.push_back(best);
    } else {
      timers.handles.erase(best->handle.obj());
    }
  }
}

void BrowserHost::snapshot_queues(Interp& in, std::size_t limit, TraceRow& row) {
  for (const Job& j : in.microtasks) {
    if (row.microtasks_after.size() < limit)
      row.microtasks_after.push_back({in.job_kind_name(j), in.job_runs_location(j)});
  }
  row.microtasks_total = in.microtasks.size();
  std::vector<std::pair<double, TimerRecord*>> due;
  for (auto& [ms, list] : timers.lists) {
    for (TimerRecord* t : list.timers) {
      if (t->active) due.emplace_back(t->start + t->msecs, t);
    }
  }
  std::stable_sort(due.begin(), due.end(), [](auto& a, auto& b) { return a.first < b.first; });
  for (auto& [when, t] : due) {
    if (row.macrotasks_after.size() < limit)
      row.macrotasks_after.push_back({t->repeat ? "interval" : "timer", t->site, when});
  }
  row.macrotasks_total = due.size();
}

}  // namespace

std::unique_ptr<Host> make_browser_host() { return std::make_unique<BrowserHost>(); }

}  // namespace desugar::sim
