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
  // V8-SHORTCUT: the resolving functions of NewPromiseResolveThenableJob when the thenable is a
  // native promise with the intrinsic `then` (the functions are unobservable there):
  // `handler` holds the promise to resolve or reject.
  ResolveTarget,
  RejectTarget,
  AsyncGenReturn,  // AsyncGeneratorAwaitReturn's fulfilled/rejected closures
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

// PerformPromiseThen always appends one reaction to each of [[PromiseFulfillReactions]] and
// [[PromiseRejectReactions]], with the same capability: a promise stores them as pairs.
struct ReactionPair {
  Value cap_promise;
  Cell* cap_functions = nullptr;  // a ValueList [resolve, reject]; null: %Promise%'s implicit pair
  Value on_fulfilled, on_rejected;
  Activation* activation = nullptr;
  HandlerKind fulfill_kind = HandlerKind::Empty;
  HandlerKind reject_kind = HandlerKind::Empty;
  bool has_capability = false;
  std::uint32_t site = 0;
  PromiseReaction reaction(bool reject) const {
    PromiseReaction r;
    r.cap_promise = cap_promise;
    r.cap_resolve = capability_function(0);
    r.cap_reject = capability_function(1);
    r.has_capability = has_capability;
    r.reject_type = reject;
    r.kind = reject ? reject_kind : fulfill_kind;
    r.handler = reject ? on_rejected : on_fulfilled;
    r.activation = activation;
    r.site = site;
    return r;
  }
  void trace(Tracer& t) const;
  Value capability_function(int i) const;  // Empty for the implicit pair
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
  std::uint64_t id = 0;   // timerListId: ties between equal expiries
  std::uint64_t uid = 0;  // identity of this list object
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
  std::uint64_t timer_list_uids = 0;
  std::vector<ImmediateRecord*> running_immediates;
  TimerRecord* running_timer = nullptr;  // kept alive while its callback runs (it may clear itself)
  std::uint64_t timer_seq = 0;
  std::deque<ImmediateRecord*> immediates;
  std::vector<Value> pending_unhandled;  // promises rejected with no handler, in order
  bool has_rejection_to_warn = false;
  std::size_t maybe_unhandled_count = 0;  // maybeUnhandledPromises.size
  int exit_code = 0;                     // process.exitCode
  bool in_timers_phase = false;
  int timer_nesting = 0;                 // browser: nesting level of the running timer
  void trace(Tracer& t) const;
};

}  // namespace desugar::sim
