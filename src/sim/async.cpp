// Async functions (#sec-async-function-objects): AsyncFunctionStart / AsyncBlockStart
// (#sec-async-functions-abstract-operations-async-function-start) and Await (#await), modern
// (ES2019+, one PerformPromiseThen on PromiseResolve(%Promise%, v)) and legacy (pre-2019: a new
// promise resolved with v, then PerformPromiseThen with a throwaway capability).
#include "sim/activation.h"
#include "sim/builtins.h"
#include "sim/promise.h"

namespace desugar::sim {

void run_activation_guarded(Activation* act, void (*body)(Activation*));

// AsyncFunctionStart → AsyncBlockStart, on the activation's coroutine. Parameter errors reject
// the promise (EvaluateAsyncFunctionBody step 3), like errors in the body.
static void async_body(Activation* act) {
  Interp& in = act->in;
  bool threw = false;
  Value v;
  try {
    if (act->is_module) {
      Flow fl = in.run_body(act->frame.code, act->frame);
      (void)fl;
    } else {
      in.bind_parameters(act->fn, act->frame, act->args.data(),
                         static_cast<std::uint32_t>(act->args.size()));
      act->args.clear();
      Flow fl = in.run_body(act->fn->code, act->frame);
      v = fl == Flow::Return ? act->frame.ret : Value::undefined();
    }
  } catch (const Throw& t) {
    threw = true;
    v = t.value;
  }
  // AsyncBlockStart steps 3.f-h: resolve or reject the capability (outside any C++ handler).
  in.CallCapability(act->cap, threw, v);
}

static void async_entry(void* p) {
  auto* act = static_cast<Activation*>(p);
  run_activation_guarded(act, async_body);
}

Value Interp::AsyncFunctionStart(UserFunction* fn, Value this_value, const Value* argv,
                                 std::uint32_t argc) {
  auto* act = heap.make<Activation>(*this);
  act->kind = ActKind::Async;
  act->fn = fn;
  act->cap = NewPromiseCapability(Value::object(r.promise_ctor));
  act->args.assign(argv, argv + argc);
  prepare_frame(fn, act->frame, this_value, Value::undefined());
  act->frame.act = act;
  act->state = GenState::Executing;
  act->co = new_coroutine(async_entry, act);
  switch_into(act);
  if (act->completed) {
    delete act->co;
    act->co = nullptr;
  }
  return act->cap.promise;
}

// Runs a module body that uses top-level await as an async function body.
Value start_module_activation(Interp& in, Frame& prepared) {
  auto* act = in.heap.make<Activation>(in);
  in.activations.push_back(act);
  act->kind = ActKind::Async;
  act->is_module = true;
  act->cap = in.NewPromiseCapability(Value::object(in.r.promise_ctor));
  act->frame = prepared;
  act->frame.act = act;
  act->state = GenState::Executing;
  act->co = in.new_coroutine(async_entry, act);
  in.switch_into(act);
  return act->cap.promise;
}

// #await
Value Interp::Await(Value v, Frame& f) {
  Activation* act = f.act;
  if (act == nullptr) refuse("`await` outside an async function");
  std::uint32_t at = pos;
  if (opts.await_mode == AwaitMode::Modern) {
    // 2. Let promise be ? PromiseResolve(%Promise%, value).
    Value p = PromiseResolve(r.promise_ctor, v);
    // 3-9. PerformPromiseThen(promise, onFulfilled, onRejected) with no derived promise.
    PerformPromiseThenAwait(static_cast<PromiseObj*>(p.obj()), act);
  } else {
    // ES2017 Await: promiseCapability = NewPromiseCapability(%Promise%); resolve(value);
    // throwaway = NewPromiseCapability(%Promise%) marked handled; PerformPromiseThen.
    Capability cap = NewPromiseCapability(Value::object(r.promise_ctor));
    CallCapability(cap, false, v);
    Capability throwaway = NewPromiseCapability(Value::object(r.promise_ctor));
    static_cast<PromiseObj*>(throwaway.promise.obj())->is_handled = true;
    PerformPromiseThenAwait(static_cast<PromiseObj*>(cap.promise.obj()), act);
  }
  act->await_pos = at;
  act->co->suspend();
  pos = at;
  if (act->mode == ResumeMode::Throw) throw Throw{act->transfer};
  return act->transfer;
}

// The await continuation's onFulfilled/onRejected closures (Await steps 3 and 5).
void Interp::resume_activation(Activation* act, Value v, bool is_throw) {
  act->mode = is_throw ? ResumeMode::Throw : ResumeMode::Next;
  act->transfer = v;
  switch_into(act);
  if (act->completed && act->co != nullptr) {
    delete act->co;
    act->co = nullptr;
  }
}

}  // namespace desugar::sim
