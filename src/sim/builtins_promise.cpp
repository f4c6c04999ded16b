// The Promise constructor, Promise.prototype and the combinators (#sec-promise-constructor,
// #sec-properties-of-the-promise-prototype-object, #sec-promise.all and its siblings).
// Promise.withResolvers is absent, as in Node 20.
#include "sim/builtins.h"
#include "sim/promise.h"

namespace desugar::sim {

namespace {

// State shared by the element functions of one combinator call.
struct CombinatorState final : Cell {
  void trace(Tracer& t) override {
    t.values(values);
    t.value(cap.promise);
    t.value(cap.resolve);
    t.value(cap.reject);
  }
  std::vector<Value> values;  // [[Values]] / errors
  double remaining = 1;       // [[RemainingElements]]
  Capability cap;
};

// Each element function's [[AlreadyCalled]] (shared by allSettled's pair).
struct CalledRecord final : Cell {
  bool value = false;
};

// #sec-promise-executor
Value promise_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  if (a.new_target.is_undefined())
    in.throw_type_error("Promise constructor cannot be invoked without 'new'");
  Value executor = a.arg(0);
  if (!in.IsCallable(executor)) {
    in.throw_type_error(
        "Promise resolver " +
            (executor.is_object() ? std::string("#<Object>") : in.to_std_string(executor)) +
            " is not a function",
        !executor.is_object());
  }
  // 3. Let promise be ? OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%", ...).
  Object* proto = in.GetPrototypeFromConstructor(a.new_target, in.r.promise_proto);
  PromiseObj* p = in.new_promise(proto);
  Value keep = Value::object(p);
  // 8. Let resolvingFunctions be CreateResolvingFunctions(promise).
  Value resolve, reject;
  in.CreateResolvingFunctions(p, resolve, reject);
  // 9. Let completion be Completion(Call(executor, undefined, « resolve, reject »)).
  bool threw = false;
  Value err;
  try {
    in.call(executor, Value::undefined(), {resolve, reject});
  } catch (const Throw& t) {
    threw = true;
    err = t.value;
  }
  // 10. If completion is an abrupt completion, perform ? Call(resolvingFunctions.[[Reject]], ...).
  if (threw) in.call(reject, Value::undefined(), {err});
  return keep;
}

PromiseObj* this_promise(Interp& in, Value v, const char* method) {
  if (!in.IsPromise(v)) {
    in.throw_type_error(std::string("Method Promise.prototype.") + method +
                            " called on incompatible receiver " +
                            (v.is_object() ? std::string("#<Object>") : in.to_std_string(v)),
                        !v.is_object());
  }
  return static_cast<PromiseObj*>(v.obj());
}

// #sec-promise.prototype.then
Value promise_then(Interp& in, NativeFunction&, NativeArgs& a) {
  PromiseObj* p = this_promise(in, a.this_value, "then");
  // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
  Object* c = in.SpeciesConstructor(p, in.r.promise_ctor);
  // 4. Let resultCapability be ? NewPromiseCapability(C).
  Capability cap = in.NewPromiseCapability(Value::object(c));
  // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
  return in.PerformPromiseThen(p, a.arg(0), a.arg(1), &cap);
}

// #sec-promise.prototype.catch
Value promise_catch(Interp& in, NativeFunction&, NativeArgs& a) {
  return in.Invoke(a.this_value, in.n.then, {Value::undefined(), a.arg(0)});
}

// The thenFinally / catchFinally closures of Promise.prototype.finally
// (#sec-promise.prototype.finally, step 6).
Value value_thunk(Interp&, NativeFunction& self, NativeArgs&) { return self.slots[0]; }
Value thrower(Interp&, NativeFunction& self, NativeArgs&) { throw Throw{self.slots[0]}; }

Value then_finally(Interp& in, NativeFunction& self, NativeArgs& a) {
  Value on_finally = self.slots[0];
  Object* c = self.slots[1].obj();
  bool is_catch = self.tag == 1;
  // i. Let result be ? Call(onFinally, undefined).
  Value result = in.call(on_finally, Value::undefined(), {});
  // ii. Let p be ? PromiseResolve(C, result).
  Value p = in.PromiseResolve(c, result);
  // iii-v. A closure that returns value (or throws reason); return ? Invoke(p, "then", « it »).
  NativeFunction* f = in.make_native("", 0, is_catch ? thrower : value_thunk);
  f->slots[0] = a.arg(0);
  return in.Invoke(p, in.n.then, {Value::object(f)});
}

// #sec-promise.prototype.finally
Value promise_finally(Interp& in, NativeFunction&, NativeArgs& a) {
  Value promise = a.this_value;
  if (!promise.is_object())
    in.throw_type_error("Promise.prototype.finally called on a non-object", false);
  Object* c = in.SpeciesConstructor(promise.obj(), in.r.promise_ctor);
  Value on_finally = a.arg(0);
  Value then_f = on_finally, catch_f = on_finally;
  if (in.IsCallable(on_finally)) {
    NativeFunction* t = in.make_native("", 1, then_finally);
    t->slots[0] = on_finally;
    t->slots[1] = Value::object(c);
    NativeFunction* k = in.make_native("", 1, then_finally);
    k->slots[0] = on_finally;
    k->slots[1] = Value::object(c);
    k->tag = 1;
    then_f = Value::object(t);
    catch_f = Value::object(k);
  }
  return in.Invoke(promise, in.n.then, {then_f, catch_f});
}

// #sec-promise.resolve
Value promise_resolve_static(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.this_value.is_object()) in.throw_type_error("PromiseResolve called on non-object");
  return in.PromiseResolve(a.this_value.obj(), a.arg(0));
}

// #sec-promise.reject
Value promise_reject_static(Interp& in, NativeFunction&, NativeArgs& a) {
  Capability cap = in.NewPromiseCapability(a.this_value);
  in.CallCapability(cap, true, a.arg(0));
  return cap.promise;
}

// #sec-getpromiseresolve
Value get_promise_resolve(Interp& in, Value c) {
  Value r = in.get(c.obj(), in.n.resolve);
  if (!in.IsCallable(r)) in.throw_type_error("Promise resolve or reject function is not callable");
  return r;
}

enum class Combinator { All, AllSettled, Any, Race };

// Promise.all / allSettled / any Resolve and Reject Element Functions.
Value element_function(Interp& in, NativeFunction& self, NativeArgs& a) {
  auto* called = static_cast<CalledRecord*>(self.data2);
  if (called->value) return Value::undefined();
  called->value = true;
  auto* st = static_cast<CombinatorState*>(self.data);
  auto index = static_cast<std::size_t>(self.slots[0].num());
  int which = static_cast<int>(
      self.slots[1].num());  // 0 all, 1 settled-fulfilled, 2 settled-rejected, 3 any-reject
  Value x = a.arg(0);
  if (which == 0 || which == 3) {
    st->values[index] = x;
  } else {
    Object* o = in.new_object();
    o->add(in.n.status, Value::string(which == 1 ? in.n.fulfilled : in.n.rejected), attr::Default);
    o->add(which == 1 ? in.n.value : in.n.reason, x, attr::Default);
    st->values[index] = Value::object(o);
  }
  st->remaining -= 1;
  if (st->remaining == 0) {
    Value arr = in.CreateArrayFromList(st->values);
    if (which == 3) {
      Object* err = in.make_error(ErrorType::AggregateError, "All promises were rejected");
      err->put(in.n.errors, arr, attr::Hidden);
      in.CallCapability(st->cap, true, Value::object(err));
    } else {
      in.CallCapability(st->cap, false, arr);
    }
  }
  return Value::undefined();
}

NativeFunction* make_element(Interp& in, CombinatorState* st, std::size_t index, int which,
                             CalledRecord* called) {
  NativeFunction* f = in.make_native("", 1, element_function);
  f->data = st;
  f->slots[0] = Value::number(static_cast<double>(index));
  f->slots[1] = Value::number(which);
  f->data2 = called;
  return f;
}

Value combinator(Interp& in, NativeArgs& a, Combinator kind) {
  Value c = a.this_value;
  // 2. Let promiseCapability be ? NewPromiseCapability(C).
  Capability cap = in.NewPromiseCapability(c);
  materialize_capability(in, cap);
  auto reject_now = [&](Value e) {
    in.CallCapability(cap, true, e);
    return cap.promise;
  };
  // 3-4. Let promiseResolve be Completion(GetPromiseResolve(C)); IfAbruptRejectPromise.
  Value promise_resolve;
  Interp::IteratorRecord it;
  bool threw = false;
  Value err;
  try {
    promise_resolve = get_promise_resolve(in, c);
    // 5-6. Let iteratorRecord be Completion(GetIterator(iterable, sync)); IfAbruptRejectPromise.
    it = in.GetIterator(a.arg(0));
  } catch (const Throw& t) {
    threw = true;
    err = t.value;
  }
  if (threw) return reject_now(err);
  auto* st = in.heap.make<CombinatorState>();
  st->cap = cap;
  std::size_t index = 0;
  // 7. Let result be Completion(PerformPromiseAll/...(iteratorRecord, C, promiseCapability,
  // promiseResolve)).
  try {
    for (;;) {
      Value next;
      if (!in.IteratorStep(it, next)) {
        if (kind == Combinator::Race) return cap.promise;
        st->remaining -= 1;
        if (st->remaining == 0) {
          Value arr = in.CreateArrayFromList(st->values);
          if (kind == Combinator::Any) {
            Object* e = in.make_error(ErrorType::AggregateError, "All promises were rejected");
            e->put(in.n.errors, arr, attr::Hidden);
            in.CallCapability(cap, true, Value::object(e));
          } else {
            in.CallCapability(cap, false, arr);
          }
        }
        return cap.promise;
      }
      if (kind != Combinator::Race) st->values.push_back(Value::undefined());
      Value next_promise = in.call(promise_resolve, c, {next});
      Value on_f, on_r;
      switch (kind) {
        case Combinator::All: {
          auto* called = in.heap.make<CalledRecord>();
          on_f = Value::object(make_element(in, st, index, 0, called));
          on_r = cap.reject;
          break;
        }
        case Combinator::AllSettled: {
          auto* called = in.heap.make<CalledRecord>();
          on_f = Value::object(make_element(in, st, index, 1, called));
          on_r = Value::object(make_element(in, st, index, 2, called));
          break;
        }
        case Combinator::Any: {
          auto* called = in.heap.make<CalledRecord>();
          on_f = cap.resolve;
          on_r = Value::object(make_element(in, st, index, 3, called));
          break;
        }
        case Combinator::Race:
          on_f = cap.resolve;
          on_r = cap.reject;
          break;
      }
      if (kind != Combinator::Race) st->remaining += 1;
      in.Invoke(next_promise, in.n.then, {on_f, on_r});
      ++index;
    }
  } catch (const Throw& t) {
    threw = true;
    err = t.value;
  }
  // 8. If result is an abrupt completion: close the iterator if needed, then reject.
  if (!it.done) in.IteratorCloseOnThrow(it);
  return reject_now(err);
}

Value promise_all(Interp& in, NativeFunction&, NativeArgs& a) {
  return combinator(in, a, Combinator::All);
}
Value promise_all_settled(Interp& in, NativeFunction&, NativeArgs& a) {
  return combinator(in, a, Combinator::AllSettled);
}
Value promise_any(Interp& in, NativeFunction&, NativeArgs& a) {
  return combinator(in, a, Combinator::Any);
}
Value promise_race(Interp& in, NativeFunction&, NativeArgs& a) {
  return combinator(in, a, Combinator::Race);
}

Value species_getter(Interp&, NativeFunction&, NativeArgs& a) { return a.this_value; }

}  // namespace

void init_promise_builtins(Interp& in) {
  Object* proto = in.new_object();
  in.r.promise_proto = proto;
  Object* ctor = make_constructor(in, "Promise", 1, promise_ctor, proto);
  in.r.promise_ctor = ctor;
  NativeFunction* then = in.add_method(proto, "then", 2, promise_then);
  in.r.promise_then = then;
  in.add_method(proto, "catch", 1, promise_catch);
  in.add_method(proto, "finally", 1, promise_finally);
  proto->put(in.r.sym_to_string_tag, in.atom_value("Promise"), attr::Configurable);
  in.add_method(ctor, "resolve", 1, promise_resolve_static);
  in.add_method(ctor, "reject", 1, promise_reject_static);
  in.add_method(ctor, "all", 1, promise_all);
  in.add_method(ctor, "allSettled", 1, promise_all_settled);
  in.add_method(ctor, "any", 1, promise_any);
  in.add_method(ctor, "race", 1, promise_race);
  in.add_getter(ctor, in.r.sym_species, "[Symbol.species]", species_getter);
  in.r.promise_species_getter = ctor->find(in.r.sym_species)->value.obj();
}

}  // namespace desugar::sim
