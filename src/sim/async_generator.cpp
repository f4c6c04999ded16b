// Async generators (#sec-asyncgenerator-objects, #sec-asyncgenerator-abstract-operations):
// AsyncGeneratorStart, AsyncGeneratorEnqueue, AsyncGeneratorResume, AsyncGeneratorYield,
// AsyncGeneratorUnwrapYieldResumption, AsyncGeneratorCompleteStep, AsyncGeneratorAwaitReturn,
// AsyncGeneratorDrainQueue; yield* in async generators; and the async-from-sync iterator
// (#sec-async-from-sync-iterator-objects). The body runs on the activation's coroutine; await and
// yield both suspend it.
#include "sim/activation.h"
#include "sim/builtins.h"
#include "sim/promise.h"

namespace desugar::sim {

void run_activation_guarded(Activation* act, void (*body)(Activation*));

namespace {

// A completion record as the algorithms pass them around.
struct Completion {
  ResumeMode mode = ResumeMode::Next;  // Next = normal, Throw, Return
  Value value;
};

// #sec-asyncgeneratorcompletestep
void complete_step(Interp& in, Activation* act, bool is_throw, Value value, bool done) {
  AsyncGenRequest next = act->queue().front();
  act->queue().pop_front();
  if (is_throw) {
    in.CallCapability(next.cap, true, value);
  } else {
    in.CallCapability(next.cap, false, in.CreateIteratorResultObject(value, done));
  }
}

void await_return(Interp& in, Activation* act);

// #sec-asyncgeneratordrainqueue
void drain_queue(Interp& in, Activation* act) {
  while (!act->queue().empty()) {
    const AsyncGenRequest& next = act->queue().front();
    if (next.mode == ResumeMode::Return) {
      act->state = GenState::AwaitingReturn;
      await_return(in, act);
      return;
    }
    bool is_throw = next.mode == ResumeMode::Throw;
    complete_step(in, act, is_throw, is_throw ? next.value : Value::undefined(), true);
  }
}

// #sec-asyncgeneratorawaitreturn
void await_return(Interp& in, Activation* act) {
  Value v = act->queue().front().value;
  Value promise;
  bool threw = false;
  Value err;
  try {
    promise = in.PromiseResolve(in.r.promise_ctor, v);
  } catch (const Throw& t) {
    threw = true;
    err = t.value;
  }
  if (threw) {
    act->state = GenState::Completed;
    complete_step(in, act, true, err, true);
    drain_queue(in, act);
    return;
  }
  ReactionPair pair;
  pair.fulfill_kind = pair.reject_kind = HandlerKind::AsyncGenReturn;
  pair.activation = act;
  pair.site = in.site;
  in.add_reactions(static_cast<PromiseObj*>(promise.obj()), pair);
}

// AsyncGeneratorStart's body steps: run the body, then complete and drain.
void async_generator_body(Activation* act) {
  Interp& in = act->in;
  bool threw = false;
  Value v;
  try {
    Flow fl = in.run_body(act->fn->code, act->frame);
    v = fl == Flow::Return ? act->frame.ret : Value::undefined();
  } catch (const Throw& t) {
    threw = true;
    v = t.value;
  } catch (const GeneratorReturn& g) {
    v = g.value;
  }
  act->state = GenState::Completed;
  complete_step(in, act, threw, v, true);
  drain_queue(in, act);
}

void async_generator_entry(void* p) {
  run_activation_guarded(static_cast<Activation*>(p), async_generator_body);
}

// #sec-asyncgeneratorresume
void resume(Interp& in, Activation* act, ResumeMode mode, Value v) {
  act->state = GenState::Executing;
  act->mode = mode;
  act->transfer = v;
  if (act->co == nullptr) act->co = in.new_coroutine(async_generator_entry, act);
  in.switch_into(act);
  if (act->completed && act->co != nullptr) {
    delete act->co;
    act->co = nullptr;
  }
}

// AsyncGeneratorYield up to the suspension, returning the resumption completion.
Completion raw_yield(Interp& in, Activation* act, Value v) {
  complete_step(in, act, false, v, false);
  if (!act->queue().empty()) {
    // Execution continues without suspending the generator.
    const AsyncGenRequest& to_yield = act->queue().front();
    return Completion{to_yield.mode, to_yield.value};
  }
  act->state = GenState::SuspendedYield;
  act->co->suspend();
  return Completion{act->mode, act->transfer};
}

// #sec-asyncgeneratorunwrapyieldresumption: a return is awaited first.
Completion unwrap(Interp& in, Completion c, Frame& f) {
  if (c.mode != ResumeMode::Return) return c;
  bool threw = false;
  Value awaited;
  try {
    awaited = in.Await(c.value, f);
  } catch (const Throw& t) {
    threw = true;
    awaited = t.value;
  }
  return Completion{threw ? ResumeMode::Throw : ResumeMode::Return, awaited};
}

Value to_abrupt(Completion c) {
  if (c.mode == ResumeMode::Throw) throw Throw{c.value};
  if (c.mode == ResumeMode::Return) throw GeneratorReturn{c.value};
  return c.value;
}

GeneratorObj* validate(Interp& in, Value v) {
  if (!v.is_object() || v.obj()->cls != Class::AsyncGenerator) return nullptr;
  (void)in;
  return static_cast<GeneratorObj*>(v.obj());
}

// AsyncGenerator.prototype.next / return / throw (#sec-asyncgenerator-prototype-next, ...).
Value enqueue_method(Interp& in, Value gen, ResumeMode mode, Value v, const char* name) {
  Capability cap = in.NewPromiseCapability(Value::object(in.r.promise_ctor));
  GeneratorObj* g = validate(in, gen);
  if (g == nullptr) {
    std::string receiver;
    bool exact = in.v8_receiver_text(gen, receiver);
    Object* err = in.make_error(ErrorType::TypeError,
                                std::string("Method [AsyncGenerator].prototype.") + name +
                                    " called on incompatible receiver " + receiver,
                                exact);
    in.CallCapability(cap, true, Value::object(err));
    return cap.promise;
  }
  Activation* act = g->act;
  GenState state = act->state;
  if (mode == ResumeMode::Next && state == GenState::Completed) {
    in.CallCapability(cap, false, in.CreateIteratorResultObject(Value::undefined(), true));
    return cap.promise;
  }
  if (mode == ResumeMode::Throw) {
    if (state == GenState::SuspendedStart) {
      act->state = state = GenState::Completed;
    }
    if (state == GenState::Completed) {
      in.CallCapability(cap, true, v);
      return cap.promise;
    }
  }
  act->queue().push_back(AsyncGenRequest{mode, v, cap});
  if (mode == ResumeMode::Return &&
      (state == GenState::SuspendedStart || state == GenState::Completed)) {
    act->state = GenState::AwaitingReturn;
    await_return(in, act);
  } else if (state == GenState::SuspendedStart || state == GenState::SuspendedYield) {
    resume(in, act, mode, v);
  }
  return cap.promise;
}

Value ag_next(Interp& in, NativeFunction&, NativeArgs& a) {
  return enqueue_method(in, a.this_value, ResumeMode::Next, a.arg(0), "next");
}
Value ag_return(Interp& in, NativeFunction&, NativeArgs& a) {
  return enqueue_method(in, a.this_value, ResumeMode::Return, a.arg(0), "return");
}
Value ag_throw(Interp& in, NativeFunction&, NativeArgs& a) {
  return enqueue_method(in, a.this_value, ResumeMode::Throw, a.arg(0), "throw");
}

// ---- %AsyncFromSyncIteratorPrototype%

struct AsyncFromSyncIterator final : Object {
  explicit AsyncFromSyncIterator(Object* p) : Object(p, Class::AsyncFromSyncIterator) {}
  void trace(Tracer& t) override {
    Object::trace(t);
    t.value(iterator);
    t.value(next_method);
  }
  Value iterator, next_method;
};

Value unwrap_closure(Interp& in, NativeFunction& self, NativeArgs& a) {
  return in.CreateIteratorResultObject(a.arg(0), self.slots[0].boolean_value());
}

// #sec-asyncfromsynciteratorcontinuation.
// SPEC-DEVIATION: as in Node 20 (V8 11.3), a rejected value does not close the sync iterator (the
// closeOnRejection step of ES2025 came later).
Value continuation(Interp& in, Value result, Capability& cap) {
  bool threw = false;
  Value err;
  Value value_wrapper;
  bool done = false;
  try {
    if (!result.is_object()) in.throw_iterator_result_not_object(result);
    done = in.ToBoolean(in.get(result.obj(), in.n.done));
    Value value = in.get(result.obj(), in.n.value);
    value_wrapper = in.PromiseResolve(in.r.promise_ctor, value);
  } catch (const Throw& t) {
    threw = true;
    err = t.value;
  }
  if (threw) {
    in.CallCapability(cap, true, err);
    return cap.promise;
  }
  NativeFunction* on_fulfilled = in.make_native("", 1, unwrap_closure);
  on_fulfilled->slots[0] = Value::boolean(done);
  in.PerformPromiseThen(static_cast<PromiseObj*>(value_wrapper.obj()), Value::object(on_fulfilled),
                        Value::undefined(), &cap);
  return cap.promise;
}

AsyncFromSyncIterator* this_afs(Value v) { return static_cast<AsyncFromSyncIterator*>(v.obj()); }

Value afs_next(Interp& in, NativeFunction&, NativeArgs& a) {
  AsyncFromSyncIterator* o = this_afs(a.this_value);
  Capability cap = in.NewPromiseCapability(Value::object(in.r.promise_ctor));
  Value result;
  bool threw = false;
  Value err;
  try {
    result = a.argc > 0 ? in.call(o->next_method, o->iterator, {a.arg(0)})
                        : in.call(o->next_method, o->iterator, {});
  } catch (const Throw& t) {
    threw = true;
    err = t.value;
  }
  if (threw) {
    in.CallCapability(cap, true, err);
    return cap.promise;
  }
  return continuation(in, result, cap);
}

Value afs_return_or_throw(Interp& in, NativeArgs& a, bool is_throw) {
  AsyncFromSyncIterator* o = this_afs(a.this_value);
  Capability cap = in.NewPromiseCapability(Value::object(in.r.promise_ctor));
  Value result;
  bool threw = false;
  Value err;
  bool missing = false;
  try {
    Value method = in.GetMethod(o->iterator, is_throw ? in.n.throw_ : in.n.return_);
    if (method.is_undefined()) {
      missing = true;
    } else {
      result =
          a.argc > 0 ? in.call(method, o->iterator, {a.arg(0)}) : in.call(method, o->iterator, {});
      if (!result.is_object()) in.throw_iterator_result_not_object(result);
    }
  } catch (const Throw& t) {
    threw = true;
    err = t.value;
  }
  if (threw) {
    in.CallCapability(cap, true, err);
    return cap.promise;
  }
  if (missing) {
    if (is_throw)
      in.CallCapability(cap, true, a.arg(0));
    else
      in.CallCapability(cap, false, in.CreateIteratorResultObject(a.arg(0), true));
    return cap.promise;
  }
  return continuation(in, result, cap);
}

Value afs_return(Interp& in, NativeFunction&, NativeArgs& a) {
  return afs_return_or_throw(in, a, false);
}
Value afs_throw(Interp& in, NativeFunction&, NativeArgs& a) {
  return afs_return_or_throw(in, a, true);
}

}  // namespace

// The continuation of AsyncGeneratorAwaitReturn (its fulfilledClosure / rejectedClosure).
void async_generator_return_settled(Interp& in, Activation* act, Value v, bool rejected) {
  act->state = GenState::Completed;
  complete_step(in, act, rejected, v, true);
  drain_queue(in, act);
}

Value Interp::AsyncGeneratorStart(UserFunction* fn, Frame& prepared) {
  Object* proto = GetPrototypeFromConstructor(Value::object(fn), r.async_generator_proto);
  auto* g = heap.make<GeneratorObj>(proto, Class::AsyncGenerator);
  auto* act = heap.make<Activation>(*this);
  g->act = act;
  act->kind = ActKind::AsyncGenerator;
  act->fn = fn;
  act->frame = prepared;
  act->frame.act = act;
  act->generator = g;
  act->state = GenState::SuspendedStart;
  return Value::object(g);
}

// Yield in an async generator: AsyncGeneratorYield(? Await(value)).
Value Interp::async_generator_yield(Activation* act, Value v) {
  Frame& f = act->frame;
  Value awaited = Await(v, f);
  return to_abrupt(unwrap(*this, raw_yield(*this, act, awaited), f));
}

// yield* in an async generator (#sec-generator-function-definitions-runtime-semantics-evaluation).
Value async_generator_delegate(Interp& in, Activation* act, Value iterable, Frame& f) {
  Interp::IteratorRecord it = in.GetIterator(iterable, true);
  Completion received;
  for (;;) {
    Value inner;
    if (received.mode == ResumeMode::Next) {
      inner = in.Await(in.call(it.next_method, it.iterator, {received.value}), f);
    } else if (received.mode == ResumeMode::Throw) {
      Value th = in.GetMethod(it.iterator, in.n.throw_);
      if (th.is_undefined()) {
        // AsyncIteratorClose with a normal completion, then a TypeError.
        Value ret = in.GetMethod(it.iterator, in.n.return_);
        if (!ret.is_undefined()) {
          Value r2 = in.Await(in.call(ret, it.iterator, {}), f);
          if (!r2.is_object())
            in.throw_type_error("iterator.return() did not return an object", false);
        }
        in.throw_type_error("The iterator does not provide a 'throw' method.");
      }
      inner = in.Await(in.call(th, it.iterator, {received.value}), f);
    } else {
      Value rt = in.GetMethod(it.iterator, in.n.return_);
      if (rt.is_undefined()) throw GeneratorReturn{in.Await(received.value, f)};
      inner = in.Await(in.call(rt, it.iterator, {received.value}), f);
    }
    if (!inner.is_object()) in.throw_iterator_result_not_object(inner);
    bool done = in.ToBoolean(in.get(inner.obj(), in.n.done));
    Value value = in.get(inner.obj(), in.n.value);
    if (done) {
      if (received.mode == ResumeMode::Return) throw GeneratorReturn{value};
      return value;
    }
    received = unwrap(in, raw_yield(in, act, value), f);
  }
}

Interp::IteratorRecord Interp::CreateAsyncFromSyncIterator(IteratorRecord sync) {
  auto* o = heap.make<AsyncFromSyncIterator>(r.async_from_sync_iterator_proto);
  o->iterator = sync.iterator;
  o->next_method = sync.next_method;
  IteratorRecord rec;
  rec.iterator = Value::object(o);
  rec.next_method = get(o, n.next);
  return rec;
}

void init_async_generator_builtins(Interp& in) {
  Object* agp = in.r.async_generator_proto;
  in.add_method(agp, "next", 1, ag_next);
  in.add_method(agp, "return", 1, ag_return);
  in.add_method(agp, "throw", 1, ag_throw);
  Object* afs = in.new_object(in.r.async_iterator_proto);
  in.r.async_from_sync_iterator_proto = afs;
  in.add_method(afs, "next", 1, afs_next);
  in.add_method(afs, "return", 1, afs_return);
  in.add_method(afs, "throw", 1, afs_throw);
}

}  // namespace desugar::sim
