// Jobs and host queues. A Job is a record of what to run plus where it was queued from
// (#sec-jobs; QuickJS's "a function plus its arguments in a FIFO" is all a queue needs). The host
// state holds Node's queues: process.nextTick, V8's microtask queue, timer lists and immediates.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <vector>

#include "sim/heap.h"
#include "sim/value.h"

namespace desugar::sim {

struct Activation;
class Tracer;

enum class HandlerKind : std::uint8_t {
  Empty,         // no handler: pass the value or reason through
  Function,      // a JavaScript function (a JobCallback)
  AwaitResume,   // the continuation of an `await` (Await steps 3-5, #await)
};

// #sec-promisereaction-records
struct PromiseReaction {
  Value cap_promise, cap_resolve, cap_reject;  // [[Capability]]; cap_promise undefined: none
  bool has_capability = false;
  bool reject_type = false;   // [[Type]]: Fulfill or Reject
  HandlerKind kind = HandlerKind::Empty;
  Value handler;              // [[Handler]] for Function
  Activation* activation = nullptr;  // for AwaitResume
  std::uint32_t site = 0;     // where the reaction was registered (then / await)
  void trace(Tracer& t) const;
};

enum class JobKind : std::uint8_t {
  Script,
  Reaction,         // NewPromiseReactionJob
  ResolveThenable,  // NewPromiseResolveThenableJob
  Microtask,        // queueMicrotask
  NextTick,
  Timer,
  Interval,
  Immediate,
};

struct Job {
  JobKind kind = JobKind::Reaction;
  PromiseReaction reaction;  // Reaction
  Value a, b, c;             // Reaction: a = argument. ResolveThenable: promise, thenable, then.
                             // Microtask/NextTick: a = callback
  std::vector<Value> args;   // NextTick arguments
  std::uint32_t site = 0;    // where it was queued
  bool has_site = false;
  void trace(Tracer& t) const;
};

// A Node timer (lib/internal/timers.js: one list per duration, lists ordered by expiry then id).
struct TimerRecord final : Cell {
  void trace(Tracer& t) override;
  Value callback;
  std::vector<Value> args;
  Value handle;          // the Timeout object given to the program
  double msecs = 1;      // after clamping
  double start = 0;      // _idleStart
  bool repeat = false;
  bool active = true;    // false once cleared or fired for good
  std::uint32_t site = 0;
  std::uint64_t seq = 0;
  int nesting = 0;       // browser clamping
};

struct TimerList {
  std::deque<TimerRecord*> timers;
  double expiry = 0;
  std::uint64_t id = 0;
};

struct ImmediateRecord final : Cell {
  void trace(Tracer& t) override;
  Value callback;
  std::vector<Value> args;
  Value handle;
  bool active = true;
  std::uint32_t site = 0;
};

struct HostState {
  std::deque<Job> microtasks;           // V8's microtask queue (promise jobs, queueMicrotask)
  std::deque<Job> ticks;                // process.nextTick
  std::map<double, TimerList> timer_lists;
  std::uint64_t timer_list_ids = 0;
  std::uint64_t timer_seq = 0;
  std::deque<ImmediateRecord*> immediates;
  std::vector<Value> pending_unhandled;  // promises rejected with no handler, in order
  bool has_rejection_to_warn = false;
  int exit_code = 0;                     // process.exitCode
  bool in_timers_phase = false;
  int timer_nesting = 0;                 // browser: nesting level of the running timer
  void trace(Tracer& t) const;
};

}  // namespace desugar::sim
