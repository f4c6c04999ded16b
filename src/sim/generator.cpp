// Generators (#sec-generator-objects): GeneratorStart, GeneratorResume, GeneratorResumeAbrupt,
// GeneratorYield and yield* (#sec-generator-function-definitions-runtime-semantics-evaluation).
// The body runs on the activation's coroutine; a yield suspends it with the value in `transfer`.
#include <memory>
#include <stdexcept>

#include "sim/activation.h"
#include "sim/builtins.h"

namespace desugar::sim {

Value async_generator_delegate(Interp& in, Activation* act, Value iterable, Frame& f);

// Runs `body` on the coroutine and records how the coroutine ended, for the resumer to rethrow:
// no C++ exception may cross a stack switch.
template <typename F>
static void guarded(Activation* act, F&& body) {
  try {
    body();
  } catch (const Refusal& r) {
    act->refusal = std::make_unique<Refusal>(r);
  } catch (const ProcessExit& e) {
    act->exit = std::make_unique<ProcessExit>(e);
  } catch (const std::exception& e) {
    act->internal_error = std::make_unique<std::string>(e.what());
  } catch (...) {
    act->internal_error = std::make_unique<std::string>("unexpected exception inside a coroutine");
  }
  act->completed = true;
}

void run_activation_guarded(Activation* act, void (*body)(Activation*)) {
  guarded(act, [&] { body(act); });
}

static void generator_body(Activation* act) {
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
  act->threw = threw;
  act->completion = v;
}

static void generator_entry(void* p) {
  auto* act = static_cast<Activation*>(p);
  guarded(act, [&] { generator_body(act); });
}

Coroutine* Interp::new_coroutine(Coroutine::Entry entry, void* arg) {
  if (stacks.live() >= StackPool::kMaxLive) {
    refuse("more than " + std::to_string(StackPool::kMaxLive) +
           " generators and async functions are suspended at once; the simulator does not model "
           "that many");
  }
  return new Coroutine(stacks, entry, arg);
}

void Interp::switch_into(Activation* act) {
  Coroutine* saved_co = current_coroutine;
  Activation* saved_act = current_activation;
  const char* saved_limit = stack_limit;
  std::uint32_t saved_depth = depth;
  current_coroutine = act->co;
  current_activation = act;
  stack_limit = act->co->limit();
  act->co->resume();
  // Many activations suspended at once: keep only the hot ones' stacks resident.
  if (!act->co->finished() && stacks.live() > kPageOutThreshold) act->co->page_out();
  current_coroutine = saved_co;
  current_activation = saved_act;
  stack_limit = saved_limit;
  depth = saved_depth;
  if (act->refusal) {
    Refusal r = *act->refusal;
    act->refusal.reset();
    throw r;
  }
  if (act->exit) {
    ProcessExit e = *act->exit;
    act->exit.reset();
    throw e;
  }
  if (act->internal_error) throw std::logic_error(*act->internal_error);
}

Value Interp::GeneratorStart(UserFunction* fn, Frame& prepared) {
  Object* proto = GetPrototypeFromConstructor(Value::object(fn), r.generator_proto);
  auto* g = heap.make<GeneratorObj>(proto, Class::Generator);
  auto* act = heap.make<Activation>(*this);
  g->act = act;
  act->kind = ActKind::Generator;
  act->fn = fn;
  act->frame = prepared;
  act->frame.act = act;
  act->generator = g;
  act->state = GenState::SuspendedStart;
  return Value::object(g);
}

// GeneratorResume / GeneratorResumeAbrupt (#sec-generatorresume, #sec-generatorresumeabrupt).
Value Interp::GeneratorResume(Value gv, Value v, int mode_int, const char* method) {
  auto mode = static_cast<ResumeMode>(mode_int);
  if (!gv.is_object() || gv.obj()->cls != Class::Generator) {
    throw_type_error(std::string(method) + " method called on incompatible receiver " +
                         (gv.is_object() ? std::string("#<Object>") : to_std_string(gv)),
                     false);
  }
  auto* g = static_cast<GeneratorObj*>(gv.obj());
  Activation* act = g->act;
  if (act->state == GenState::Executing) throw_type_error("Generator is already running");
  if (act->state == GenState::SuspendedStart && mode != ResumeMode::Next)
    act->state = GenState::Completed;
  if (act->state == GenState::Completed) {
    if (mode == ResumeMode::Throw) throw Throw{v};
    return CreateIteratorResultObject(mode == ResumeMode::Return ? v : Value::undefined(), true);
  }
  act->mode = mode;
  act->transfer = v;
  act->raw_result = false;
  act->state = GenState::Executing;
  if (act->co == nullptr) act->co = new_coroutine(generator_entry, act);
  try {
    switch_into(act);
  } catch (...) {
    act->state = GenState::Completed;
    throw;
  }
  if (act->completed) {
    act->state = GenState::Completed;
    delete act->co;
    act->co = nullptr;
    Value result = act->completion;
    act->completion = Value::undefined();
    if (act->threw) throw Throw{result};
    return CreateIteratorResultObject(result, true);
  }
  act->state = GenState::SuspendedYield;
  if (act->raw_result) return act->transfer;
  return CreateIteratorResultObject(act->transfer, false);
}

// Yield (#sec-yield) for a generator: suspend with the value, resume with next/throw/return.
Value Interp::Yield(Value v, Frame& f) {
  Activation* act = f.act;
  if (act == nullptr) refuse("`yield` outside a generator");
  if (act->kind == ActKind::AsyncGenerator) return async_generator_yield(act, v);
  act->transfer = v;
  act->raw_result = false;
  act->co->suspend();
  Value sent = act->transfer;
  switch (act->mode) {
    case ResumeMode::Next: return sent;
    case ResumeMode::Throw: throw Throw{sent};
    case ResumeMode::Return: throw GeneratorReturn{sent};
  }
  return sent;
}

// yield* in a generator (#sec-generator-function-definitions-runtime-semantics-evaluation,
// YieldExpression : yield * AssignmentExpression).
Value Interp::yield_delegate(Value iterable, Frame& f) {
  Activation* act = f.act;
  if (act == nullptr) refuse("`yield*` outside a generator");
  if (act->kind == ActKind::AsyncGenerator)
    return async_generator_delegate(*this, act, iterable, f);
  IteratorRecord it = GetIterator(iterable);
  ResumeMode received_mode = ResumeMode::Next;
  Value received;
  for (;;) {
    Value inner;
    if (received_mode == ResumeMode::Next) {
      inner = call(it.next_method, it.iterator, {received});
      if (!inner.is_object()) throw_iterator_result_not_object(inner);
    } else if (received_mode == ResumeMode::Throw) {
      Value th = GetMethod(it.iterator, n.throw_);
      if (th.is_undefined()) {
        IteratorClose(it);
        throw_type_error("The iterator does not provide a 'throw' method.");
      }
      inner = call(th, it.iterator, {received});
      if (!inner.is_object()) throw_iterator_result_not_object(inner);
    } else {
      Value rt = GetMethod(it.iterator, n.return_);
      if (rt.is_undefined()) throw GeneratorReturn{received};
      inner = call(rt, it.iterator, {received});
      if (!inner.is_object()) throw_iterator_result_not_object(inner);
    }
    if (ToBoolean(get(inner.obj(), n.done))) {
      Value value = get(inner.obj(), n.value);
      if (received_mode == ResumeMode::Return) throw GeneratorReturn{value};
      return value;
    }
    // GeneratorYield(innerResult): the caller's next() returns the inner result object itself.
    act->transfer = inner;
    act->raw_result = true;
    act->co->suspend();
    received_mode = act->mode;
    received = act->transfer;
  }
}

}  // namespace desugar::sim
