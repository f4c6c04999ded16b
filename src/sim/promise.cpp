// Promise abstract operations (#sec-promise-abstract-operations) and jobs
// (#sec-promise-jobs), named and ordered as the spec has them (engine262's
// promise-operations.mts is the model). Step numbers refer to ECMA-262 2025.
#include "sim/promise.h"
#include "sim/activation.h"
#include "sim/builtins.h"

namespace desugar::sim {

void async_generator_return_settled(Interp& in, Activation* act, Value v, bool rejected);

namespace {

// The [[AlreadyResolved]] record shared by a pair of resolving functions.
struct AlreadyResolved final : Cell {
  bool value = false;
};

// Resolving functions whose record is the promise's own capability flag (data == null).
bool& already_resolved_of(NativeFunction& self) {
  if (self.data != nullptr) return static_cast<AlreadyResolved*>(self.data)->value;
  return static_cast<PromiseObj*>(self.slots[0].obj())->capability_resolved;
}

// #sec-promise-resolve-functions
Value promise_resolve_function(Interp& in, NativeFunction& self, NativeArgs& args) {
  // 1-4. Let promise be F.[[Promise]]; let alreadyResolved be F.[[AlreadyResolved]].
  bool& already = already_resolved_of(self);
  // 5. If alreadyResolved.[[Value]] is true, return undefined.
  if (already) return Value::undefined();
  // 6. Set alreadyResolved.[[Value]] to true.
  already = true;
  // 7-16.
  in.ResolvePromise(static_cast<PromiseObj*>(self.slots[0].obj()), args.arg(0));
  return Value::undefined();
}

// #sec-promise-reject-functions
Value promise_reject_function(Interp& in, NativeFunction& self, NativeArgs& args) {
  // 1-4. Let promise be F.[[Promise]]; let alreadyResolved be F.[[AlreadyResolved]].
  bool& already = already_resolved_of(self);
  // 5-6. If alreadyResolved.[[Value]] is true, return undefined; set it to true.
  if (already) return Value::undefined();
  already = true;
  // 7. Perform RejectPromise(promise, reason).
  in.RejectPromise(static_cast<PromiseObj*>(self.slots[0].obj()), args.arg(0));
  return Value::undefined();
}

// The executorClosure of NewPromiseCapability (#sec-newpromisecapability, step 4).
Value get_capabilities_executor(Interp& in, NativeFunction& self, NativeArgs& args) {
  auto* rec = static_cast<ValueList*>(self.data);
  // 4.a-b. If resolvingFunctions.[[Resolve]] or [[Reject]] is not undefined, throw a TypeError.
  if (!rec->items[0].is_undefined() || !rec->items[1].is_undefined()) {
    in.throw_type_error("Promise executor has already been invoked with non-undefined arguments");
  }
  // 4.c-e. Store resolve and reject; return undefined.
  rec->items[0] = args.arg(0);
  rec->items[1] = args.arg(1);
  return Value::undefined();
}

}  // namespace

PromiseObj* Interp::new_promise(Object* proto) {
  auto* p = heap.make<PromiseObj>(proto ? proto : r.promise_proto);
  return p;
}

// #sec-ispromise
bool Interp::IsPromise(Value v) { return v.is_object() && v.obj()->cls == Class::Promise; }

// #sec-createresolvingfunctions
void Interp::CreateResolvingFunctions(PromiseObj* p, Value& resolve, Value& reject) {
  // 1. Let alreadyResolved be the Record { [[Value]]: false }.
  auto* already = heap.make<AlreadyResolved>();
  NativeFunction* res = make_native("", 1, promise_resolve_function);
  res->slots[0] = Value::object(p);
  res->data = already;
  res->tag = kTagResolvingFunction;
  NativeFunction* rej = make_native("", 1, promise_reject_function);
  rej->slots[0] = Value::object(p);
  rej->data = already;
  rej->tag = kTagResolvingFunction;
  resolve = Value::object(res);
  reject = Value::object(rej);
}

// Steps 7-16 of the Promise Resolve Functions (#sec-promise-resolve-functions), after the
// alreadyResolved check.
void Interp::ResolvePromise(PromiseObj* p, Value resolution) {
  // 7. If SameValue(resolution, promise) is true, then reject with a TypeError.
  if (resolution.is_object() && resolution.obj() == p) {
    RejectPromise(p, Value::object(make_error(ErrorType::TypeError,
                                              "Chaining cycle detected for promise #<Promise>")));
    return;
  }
  // 8. If resolution is not an Object, fulfill.
  if (!resolution.is_object()) {
    FulfillPromise(p, resolution);
    return;
  }
  // 9. Let then be Completion(Get(resolution, "then")).
  Value then;
  bool threw = false;
  try {
    then = get(resolution.obj(), n.then);
  } catch (const Throw& t) {
    threw = true;
    then = t.value;
  }
  // 10. If then is an abrupt completion, reject with then.[[Value]].
  if (threw) {
    RejectPromise(p, then);
    return;
  }
  // 11-12. Let thenAction be then.[[Value]]; if IsCallable(thenAction) is false, fulfill.
  if (!IsCallable(then)) {
    FulfillPromise(p, resolution);
    return;
  }
  // 13-15. Let thenJobCallback be HostMakeJobCallback(thenAction); let job be
  // NewPromiseResolveThenableJob(promise, resolution, thenJobCallback); HostEnqueuePromiseJob(job).
  Job job;
  job.kind = JobKind::ResolveThenable;
  job.promise_to_resolve = Value::object(p);
  job.thenable = resolution;
  job.then = then;
  HostEnqueuePromiseJob(std::move(job));
}

// #sec-fulfillpromise
void Interp::FulfillPromise(PromiseObj* p, Value v) {
  // 2-6. Take the reactions, store the result, clear both lists, set the state (the reactions
  // are moved out in TriggerPromiseReactions); 7. TriggerPromiseReactions(reactions, value).
  p->result = v;
  p->state = PromiseState::Fulfilled;
  TriggerPromiseReactions(p, false, v);
}

// #sec-rejectpromise
void Interp::RejectPromise(PromiseObj* p, Value reason) {
  // 2-6. As FulfillPromise, with the state ~rejected~.
  p->result = reason;
  p->state = PromiseState::Rejected;
  // 7. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise,
  // "reject").
  if (!p->is_handled) HostPromiseRejectionTracker(p, false);
  // 8. Perform TriggerPromiseReactions(reactions, reason).
  TriggerPromiseReactions(p, true, reason);
}

// #sec-triggerpromisereactions: one job per reaction, in registration order (the reactions were
// moved out of the promise first, as FulfillPromise/RejectPromise steps 2-5 do).
void Interp::TriggerPromiseReactions(PromiseObj* p, bool reject, Value argument) {
  if (!p->has_reactions) return;
  ReactionPair first = p->first;
  std::vector<ReactionPair> more = std::move(p->more);
  p->has_reactions = false;
  p->first = ReactionPair{};
  p->more.clear();
  p->more.shrink_to_fit();
  NewPromiseReactionJob(first.reaction(reject), argument);
  for (const ReactionPair& r : more) NewPromiseReactionJob(r.reaction(reject), argument);
}

// #sec-newpromisereactionjob, enqueued with HostEnqueuePromiseJob.
void Interp::NewPromiseReactionJob(const PromiseReaction& reaction, Value argument) {
  Job job;
  job.kind = JobKind::Reaction;
  job.reaction = reaction;
  job.argument = argument;
  HostEnqueuePromiseJob(std::move(job));
}

// #sec-newpromisecapability
Capability Interp::NewPromiseCapability(Value c) {
  if (c.is_object() && c.obj() == r.promise_ctor) {
    // C is %Promise%: the executor is the built-in executorClosure and the resolving
    // functions are reachable only from the record, so they stay implicit.
    Capability cap;
    cap.promise = Value::object(new_promise(r.promise_proto));
    cap.resolve = Value::empty();
    cap.reject = Value::empty();
    return cap;
  }
  // 1. If IsConstructor(C) is false, throw a TypeError exception.
  if (!IsConstructor(c))
    throw_type_error(to_std_string(typeof_string(c)) + " is not a constructor", false);
  // 3. Let resolvingFunctions be the Record { [[Resolve]]: undefined, [[Reject]]: undefined }.
  auto* rec = heap.make<ValueList>();
  rec->items.assign(2, Value::undefined());
  // 4-5. Let executor be CreateBuiltinFunction(executorClosure, 2, "", « »).
  NativeFunction* executor = make_native("", 2, get_capabilities_executor);
  executor->data = rec;
  // 6. Let promise be ? Construct(C, « executor »).
  Value promise = construct(c, std::vector<Value>{Value::object(executor)});
  // 7-8. If IsCallable(resolvingFunctions.[[Resolve]]) is false, throw a TypeError exception.
  if (!IsCallable(rec->items[0]) || !IsCallable(rec->items[1])) {
    throw_type_error("Promise resolve or reject function is not callable");
  }
  return Capability{promise, rec->items[0], rec->items[1]};
}

// Makes the implicit resolving functions of an intrinsic capability into function objects (when
// they are handed to user code).
void materialize_capability(Interp& in, Capability& cap) {
  if (!cap.resolve.is_empty()) return;
  NativeFunction* res = in.make_native("", 1, promise_resolve_function);
  res->slots[0] = cap.promise;
  res->tag = kTagResolvingFunction;
  NativeFunction* rej = in.make_native("", 1, promise_reject_function);
  rej->slots[0] = cap.promise;
  rej->tag = kTagResolvingFunction;
  cap.resolve = Value::object(res);
  cap.reject = Value::object(rej);
}

// Call(capability.[[Resolve]] or [[Reject]], undefined, « v »).
void Interp::CallCapability(const Capability& cap, bool reject, Value v) {
  if (cap.resolve.is_empty()) {
    auto* p = static_cast<PromiseObj*>(cap.promise.obj());
    if (p->capability_resolved) return;
    p->capability_resolved = true;
    if (reject)
      RejectPromise(p, v);
    else
      ResolvePromise(p, v);
    return;
  }
  call(reject ? cap.reject : cap.resolve, Value::undefined(), {v});
}

// #sec-performpromisethen
Value Interp::PerformPromiseThen(PromiseObj* p, Value on_fulfilled, Value on_rejected,
                                 const Capability* cap) {
  ReactionPair pair;
  if (cap != nullptr) {
    pair.has_capability = true;
    pair.cap_promise = cap->promise;
    if (!cap->resolve.is_empty()) {
      auto* fns = heap.make<ValueList>();
      fns->items = {cap->resolve, cap->reject};
      pair.cap_functions = fns;
    }
  }
  // 3-6. Non-callable handlers become empty.
  if (IsCallable(on_fulfilled)) {
    pair.fulfill_kind = HandlerKind::Function;
    pair.on_fulfilled = on_fulfilled;
  }
  if (IsCallable(on_rejected)) {
    pair.reject_kind = HandlerKind::Function;
    pair.on_rejected = on_rejected;
  }
  pair.site = site;
  add_reactions(p, pair);
  return cap != nullptr ? cap->promise : Value::undefined();
}

// PerformPromiseThen steps 9-12 for a reaction pair.
void Interp::add_reactions(PromiseObj* p, const ReactionPair& pair) {
  switch (p->state) {
    case PromiseState::Pending:
      // 9. Append fulfillReaction and rejectReaction to the lists.
      p->append(pair);
      break;
    case PromiseState::Fulfilled:
      // 10. Enqueue the fulfill reaction job now.
      NewPromiseReactionJob(pair.reaction(false), p->result);
      break;
    case PromiseState::Rejected:
      // 11.c. If promise.[[PromiseIsHandled]] is false, HostPromiseRejectionTracker(promise,
      // "handle").
      if (!p->is_handled) HostPromiseRejectionTracker(p, true);
      NewPromiseReactionJob(pair.reaction(true), p->result);
      break;
  }
  // 12. Set promise.[[PromiseIsHandled]] to true.
  p->is_handled = true;
}

// PerformPromiseThen(promise, onFulfilled, onRejected) for Await (steps 3-9 of #await): the two
// closures resume the async activation; there is no derived promise.
void Interp::PerformPromiseThenAwait(PromiseObj* p, Activation* act) {
  ReactionPair pair;
  pair.fulfill_kind = pair.reject_kind = HandlerKind::AwaitResume;
  pair.activation = act;
  pair.site = site;
  add_reactions(p, pair);
}

// #sec-promise-resolve
Value Interp::PromiseResolve(Object* c, Value x) {
  // 1. If IsPromise(x) is true, then
  if (IsPromise(x)) {
    // a. Let xConstructor be ? Get(x, "constructor").
    Value x_ctor = get(x.obj(), n.constructor);
    // b. If SameValue(xConstructor, C) is true, return x.
    if (x_ctor.is_object() && x_ctor.obj() == c) return x;
  }
  // 2. Let promiseCapability be ? NewPromiseCapability(C).
  Capability cap = NewPromiseCapability(Value::object(c));
  // 3. Perform ? Call(promiseCapability.[[Resolve]], undefined, « x »).
  CallCapability(cap, false, x);
  return cap.promise;
}

// The Job Abstract Closure of NewPromiseReactionJob (#sec-newpromisereactionjob, step 1).
void Interp::PromiseReactionJob(Job& job) {
  // 1.a-c. promiseCapability, type and handler come from the reaction.
  PromiseReaction& reaction = job.reaction;
  Value argument = job.argument;
  // Await continuations resume the async function (Await steps 3.a-f / 5.a-f).
  if (reaction.kind == HandlerKind::AwaitResume) {
    resume_activation(reaction.activation, argument, reaction.reject_type);
    return;
  }
  if (reaction.kind == HandlerKind::AsyncGenReturn) {
    async_generator_return_settled(*this, reaction.activation, argument, reaction.reject_type);
    return;
  }
  // V8-SHORTCUT: the implicit resolving functions of a shortcut thenable job (see
  // PromiseResolveThenableJob below): the promise settles once, so the fresh alreadyResolved
  // record is consulted only once.
  if (reaction.kind == HandlerKind::ResolveTarget || reaction.kind == HandlerKind::RejectTarget) {
    auto* target = static_cast<PromiseObj*>(reaction.handler.obj());
    if (reaction.kind == HandlerKind::ResolveTarget)
      ResolvePromise(target, argument);
    else
      RejectPromise(target, argument);
    return;
  }
  bool abrupt = false;
  Value result;
  // 1.d-e. If handler is empty, pass the argument through; else HostCallJobCallback(handler).
  if (reaction.kind == HandlerKind::Empty) {
    abrupt = reaction.reject_type;
    result = argument;
  } else {
    try {
      result = call(reaction.handler, Value::undefined(), {argument});
    } catch (const Throw& t) {
      abrupt = true;
      result = t.value;
    }
  }
  // 1.f. If promiseCapability is undefined, return.
  if (!reaction.has_capability) return;
  // 1.g-i. Call the capability's reject or resolve.
  CallCapability(Capability{reaction.cap_promise, reaction.cap_resolve, reaction.cap_reject},
                 abrupt, result);
}

// The Job Abstract Closure of NewPromiseResolveThenableJob (#sec-newpromiseresolvethenablejob,
// step 1).
void Interp::PromiseResolveThenableJob(Job& job) {
  auto* p = static_cast<PromiseObj*>(job.promise_to_resolve.obj());
  // V8-SHORTCUT: unobservable: a native promise whose `then` is the intrinsic one. That `then`
  // would read thenable.constructor (SpeciesConstructor, done here with the same Gets), make a
  // %Promise% capability nobody can reach, and register the two resolving functions, which only
  // settle `p`. The job count is unchanged.
  if (IsPromise(job.thenable) && job.then.is_object() && job.then.obj() == r.promise_then) {
    auto* thenable = static_cast<PromiseObj*>(job.thenable.obj());
    bool threw = false;
    Value err;
    Object* c = nullptr;
    try {
      c = SpeciesConstructor(thenable, r.promise_ctor);
    } catch (const Throw& t) {
      threw = true;
      err = t.value;
    }
    if (!threw && c == r.promise_ctor) {
      ReactionPair pair;
      pair.fulfill_kind = HandlerKind::ResolveTarget;
      pair.reject_kind = HandlerKind::RejectTarget;
      pair.on_fulfilled = pair.on_rejected = job.promise_to_resolve;
      pair.site = site;
      add_reactions(thenable, pair);
      return;
    }
    // Otherwise continue the intrinsic then from its step 4 with real resolving functions.
    Value resolve, reject;
    CreateResolvingFunctions(p, resolve, reject);
    if (!threw) {
      try {
        Capability cap = NewPromiseCapability(Value::object(c));
        PerformPromiseThen(thenable, resolve, reject, &cap);
        return;
      } catch (const Throw& t) {
        threw = true;
        err = t.value;
      }
    }
    call(reject, Value::undefined(), {err});
    return;
  }
  // 1.a. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
  Value resolve, reject;
  CreateResolvingFunctions(p, resolve, reject);
  // 1.b. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolve, reject
  // »)).
  bool threw = false;
  Value err;
  try {
    call(job.then, job.thenable, {resolve, reject});
  } catch (const Throw& t) {
    threw = true;
    err = t.value;
  }
  // 1.c. If thenCallResult is an abrupt completion, return ? Call(resolvingFunctions.[[Reject]],
  // ...).
  if (threw) call(reject, Value::undefined(), {err});
}

}  // namespace desugar::sim
