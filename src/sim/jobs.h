// Jobs. A Job is a record of what to run plus where it was queued from (#sec-jobs; QuickJS's "a
// function plus its arguments in a FIFO" is all a queue needs). The queues a host adds around
// V8's microtask queue (nextTick, timers, immediates) are in host.h.
#pragma once
#include <cstdint>
#include <vector>

#include "sim/heap.h"
#include "sim/value.h"

namespace desugar::sim {

struct Activation;
class Tracer;

enum class HandlerKind : std::uint8_t {
  Empty,        // no handler: pass the value or reason through
  Function,     // a JavaScript function (a JobCallback)
  AwaitResume,  // the continuation of an `await` (Await steps 3-5, #await)
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
  bool reject_type = false;  // [[Type]]: Fulfill or Reject
  HandlerKind kind = HandlerKind::Empty;
  Value handler;                     // [[Handler]] for Function
  Activation* activation = nullptr;  // for AwaitResume
  std::uint32_t site = 0;            // where the reaction was registered (then / await)
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
  Value argument;            // Reaction: the value or reason the reaction receives
  Value promise_to_resolve;  // ResolveThenable: NewPromiseResolveThenableJob's three arguments
  Value thenable;
  Value then;
  Value callback;           // Microtask, NextTick
  std::vector<Value> args;  // NextTick arguments
  std::uint32_t site = 0;   // where it was queued
  bool has_site = false;
  void trace(Tracer& t) const;
};

}  // namespace desugar::sim
