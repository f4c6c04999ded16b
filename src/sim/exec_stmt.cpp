// Statement evaluation (#sec-ecmascript-language-statements-and-declarations). Completions are
// returned as a Flow (break/continue/return); throw completions are C++ exceptions. A C++ catch
// handler here only copies the thrown value out: the JavaScript catch and finally blocks run
// after the handler has ended, because they may suspend (await/yield) and a native coroutine
// must not switch stacks inside a handler.
#include <unordered_set>

#include "sim/activation.h"
#include "sim/interp.h"

namespace desugar::sim {

namespace {

bool has_label(const Code* loop, Str* label) {
  if (label == nullptr) return true;
  if (loop->labels == nullptr) return false;
  for (Str* l : *loop->labels) {
    if (l == label) return true;
  }
  return false;
}

// LoopContinues (#sec-loopcontinues), folded with the break handling of the loop statements.
enum class After { Next, Exit, Propagate };
After after_body(Flow fl, const Code* loop, Frame& f) {
  switch (fl) {
    case Flow::Normal: return After::Next;
    case Flow::Continue:
      if (has_label(loop, f.label)) {
        f.label = nullptr;
        return After::Next;
      }
      return After::Propagate;
    case Flow::Break:
      if (has_label(loop, f.label)) {
        f.label = nullptr;
        return After::Exit;
      }
      return After::Propagate;
    case Flow::Return: return After::Propagate;
  }
  return After::Propagate;
}

Env* copy_env(Heap& heap, Env* e) {
  Env* c = heap.make_sized<Env>(sizeof(Value) * e->n, e->parent, e->n);
  for (std::uint32_t i = 0; i < e->n; ++i) c->slots()[i] = e->slots()[i];
  return c;
}

}  // namespace

Flow Interp::exec_list(Code* const* list, std::uint32_t count, Frame& f) {
  for (std::uint32_t i = 0; i < count; ++i) {
    Flow fl = exec(list[i], f);
    if (fl != Flow::Normal) return fl;
  }
  return Flow::Normal;
}

Flow Interp::exec(const Code* c, Frame& f) {
  step();
  check_stack_fast();
  switch (c->op) {
    case Op::Block: {
      if (c->scope == nullptr) return exec_list(c->list, c->n, f);
      Env* saved = f.env;
      f.env = new_env(saved, c->scope);
      instantiate_functions(c->scope, f.env);
      Flow fl = exec_list(c->list, c->n, f);
      f.env = saved;
      return fl;
    }
    case Op::ExprStmt: eval(c->a, f); return Flow::Normal;
    case Op::Empty: return Flow::Normal;
    case Op::VarDecl:
      for (std::uint32_t i = 0; i < c->n; ++i) {
        const Code* d = c->list[i];
        if (d->b == nullptr) {
          bind_pattern(d->a, Value::undefined(), f, true);
        } else {
          Value v = eval(d->b, f);
          bind_pattern(d->a, v, f, d->has(cf::Init));
        }
      }
      return Flow::Normal;
    case Op::FunctionDecl:
      if (c->has(cf::AnnexB)) set_local(c->d, f, get_local(c->a, f), true);
      return Flow::Normal;
    case Op::ClassDecl: {
      Value v = ClassDefinitionEvaluation(c->cls, f, nullptr);
      if (c->a) set_local(c->a, f, v, true);
      return Flow::Normal;
    }
    case Op::If:
      if (ToBoolean(eval(c->a, f))) return exec(c->b, f);
      if (c->c) return exec(c->c, f);
      return Flow::Normal;
    case Op::While:
      for (;;) {
        step();
        if (!ToBoolean(eval(c->a, f))) return Flow::Normal;
        Flow fl = exec(c->d, f);
        After a = after_body(fl, c, f);
        if (a == After::Exit) return Flow::Normal;
        if (a == After::Propagate) return fl;
      }
    case Op::DoWhile:
      for (;;) {
        step();
        Flow fl = exec(c->d, f);
        After a = after_body(fl, c, f);
        if (a == After::Exit) return Flow::Normal;
        if (a == After::Propagate) return fl;
        if (!ToBoolean(eval(c->a, f))) return Flow::Normal;
      }
    case Op::For: return exec_for(c, f);
    case Op::ForIn:
      if (c->has(cf::ForAwait)) return exec_for_await_of(c, f);
      return c->has(cf::ForOf) ? exec_for_of(c, f) : exec_for_in(c, f);
    case Op::Return:
      f.ret = c->a ? eval(c->a, f) : Value::undefined();
      // In an async generator, `return v` awaits v
      // (#sec-return-statement-runtime-semantics-evaluation).
      if (c->a && f.act != nullptr && f.act->kind == ActKind::AsyncGenerator) {
        Value v = f.ret;
        f.ret = Await(v, f);
      }
      return Flow::Return;
    case Op::Throw: {
      Value v = eval(c->a, f);
      pos = c->pos;
      throw Throw{v};
    }
    case Op::Break: f.label = c->str; return Flow::Break;
    case Op::Continue: f.label = c->str; return Flow::Continue;
    case Op::Labeled: {
      Flow fl = exec(c->a, f);
      if (fl == Flow::Break && f.label == c->str) {
        f.label = nullptr;
        return Flow::Normal;
      }
      return fl;
    }
    case Op::Switch: return exec_switch(c, f);
    case Op::Try: return exec_try(c, f);
    case Op::Refuse: refuse_at(c->pos, c->str->data);
    default: eval(c, f); return Flow::Normal;
  }
}

Flow Interp::exec_for(const Code* c, Frame& f) {
  Env* saved = f.env;
  bool per_iteration = c->scope != nullptr && c->scope->per_iteration;
  if (c->scope != nullptr) f.env = new_env(saved, c->scope);
  if (c->a != nullptr) exec(c->a, f);
  if (per_iteration) f.env = copy_env(heap, f.env);
  for (;;) {
    step();
    if (c->b != nullptr && !ToBoolean(eval(c->b, f))) break;
    Flow fl = exec(c->d, f);
    After a = after_body(fl, c, f);
    if (a == After::Exit) break;
    if (a == After::Propagate) {
      f.env = saved;
      return fl;
    }
    if (per_iteration) f.env = copy_env(heap, f.env);
    if (c->c != nullptr) eval(c->c, f);
  }
  f.env = saved;
  return Flow::Normal;
}

// #sec-runtime-semantics-forinofloopevaluation for `for-of` (synchronous iteration).
Flow Interp::exec_for_of(const Code* c, Frame& f) {
  Value rhs = eval(c->b, f);
  const Code* decl = c->a;
  Env* saved = f.env;
  bool init = decl->has(cf::Init);
  if (array_iteration_is_pristine(rhs)) {
    auto* arr = static_cast<ArrayObj*>(rhs.obj());
    for (std::size_t i = 0; i < arr->elements.size(); ++i) {
      step();
      Value v = array_get(arr, static_cast<std::uint32_t>(i));
      if (c->scope != nullptr) f.env = new_env(saved, c->scope);
      bind_pattern(decl->a, v, f, init);
      Flow fl = exec(c->d, f);
      f.env = saved;
      After a = after_body(fl, c, f);
      if (a == After::Exit) break;
      if (a == After::Propagate) return fl;
    }
    return Flow::Normal;
  }
  IteratorRecord it = GetIterator(rhs);
  for (;;) {
    step();
    Value v;
    if (!IteratorStep(it, v)) return Flow::Normal;
    bool threw = false, returned = false;
    Value thrown;
    Flow fl = Flow::Normal;
    try {
      if (c->scope != nullptr) f.env = new_env(saved, c->scope);
      bind_pattern(decl->a, v, f, init);
      fl = exec(c->d, f);
    } catch (const Throw& t) {
      threw = true;
      thrown = t.value;
    } catch (const GeneratorReturn& g) {
      returned = true;
      thrown = g.value;
    }
    f.env = saved;
    if (threw) {
      IteratorCloseOnThrow(it);
      throw Throw{thrown};
    }
    if (returned) {
      IteratorClose(it);
      throw GeneratorReturn{thrown};
    }
    After a = after_body(fl, c, f);
    if (a == After::Exit) {
      IteratorClose(it);
      return Flow::Normal;
    }
    if (a == After::Propagate) {
      Value saved_ret = f.ret;
      Str* saved_label = f.label;
      IteratorClose(it);
      f.ret = saved_ret;
      f.label = saved_label;
      return fl;
    }
  }
}

// for await (#sec-runtime-semantics-forinofloopevaluation with iteratorKind async): each step
// awaits the next() result; leaving the loop early awaits AsyncIteratorClose.
Flow Interp::exec_for_await_of(const Code* c, Frame& f) {
  Value rhs = eval(c->b, f);
  const Code* decl = c->a;
  Env* saved = f.env;
  bool init = decl->has(cf::Init);
  IteratorRecord it = get_async_iterator(rhs, c->b);
  auto close = [&](bool after_throw) {
    // #sec-asynciteratorclose: after a throw completion, errors from return() are dropped.
    if (after_throw) {
      try {
        Value ret = GetMethod(it.iterator, n.return_);
        if (!ret.is_undefined()) {
          Value r2 = call(ret, it.iterator, {});
          Await(r2, f);
        }
      } catch (const Throw&) {
      }
      return;
    }
    Value ret = get_iterator_method(it.iterator, n.return_);
    if (ret.is_undefined()) return;
    Value r2 = Await(call(ret, it.iterator, {}), f);
    if (!r2.is_object()) throw_iterator_result_not_object(r2);
  };
  for (;;) {
    step();
    Value result = Await(call(it.next_method, it.iterator, {}), f);
    if (!result.is_object()) throw_iterator_result_not_object(result);
    if (ToBoolean(get(result.obj(), n.done))) return Flow::Normal;
    Value v = get(result.obj(), n.value);
    bool threw = false, returned = false;
    Value thrown;
    Flow fl = Flow::Normal;
    try {
      if (c->scope != nullptr) f.env = new_env(saved, c->scope);
      bind_pattern(decl->a, v, f, init);
      fl = exec(c->d, f);
    } catch (const Throw& t) {
      threw = true;
      thrown = t.value;
    } catch (const GeneratorReturn& g) {
      returned = true;
      thrown = g.value;
    }
    f.env = saved;
    if (threw) {
      close(true);
      throw Throw{thrown};
    }
    if (returned) {
      close(false);
      throw GeneratorReturn{thrown};
    }
    After a = after_body(fl, c, f);
    if (a == After::Next) continue;
    Value saved_ret = f.ret;
    Str* saved_label = f.label;
    close(false);
    f.ret = saved_ret;
    f.label = saved_label;
    return a == After::Exit ? Flow::Normal : fl;
  }
}

// #sec-enumerate-object-properties: own keys first, then each prototype's, skipping shadowed and
// deleted ones (V8's order).
Flow Interp::exec_for_in(const Code* c, Frame& f) {
  Value rhs = eval(c->b, f);
  if (rhs.is_nullish()) return Flow::Normal;
  Object* o = ToObject(rhs);
  std::vector<Key> keys;
  std::unordered_set<Key> seen;
  for (Object* cur = o; cur != nullptr; cur = cur->proto) {
    for (Key k : own_property_keys(cur)) {
      if (k->cell_type == kCellSymbol) continue;
      if (!seen.insert(k).second) continue;
      PropertyDescriptor d;
      if (get_own_property(cur, k, d) && d.enumerable) keys.push_back(k);
    }
  }
  const Code* decl = c->a;
  Env* saved = f.env;
  for (Key k : keys) {
    step();
    if (!HasProperty(o, k)) continue;
    if (c->scope != nullptr) f.env = new_env(saved, c->scope);
    bind_pattern(decl->a, Value::string(static_cast<Str*>(k)), f, decl->has(cf::Init));
    Flow fl = exec(c->d, f);
    f.env = saved;
    After a = after_body(fl, c, f);
    if (a == After::Exit) break;
    if (a == After::Propagate) return fl;
  }
  return Flow::Normal;
}

Flow Interp::exec_switch(const Code* c, Frame& f) {
  Value d = eval(c->a, f);
  Env* saved = f.env;
  if (c->scope != nullptr) {
    f.env = new_env(saved, c->scope);
    instantiate_functions(c->scope, f.env);
  }
  std::int64_t start = -1, dflt = -1;
  for (std::uint32_t i = 0; i < c->n && start < 0; ++i) {
    const Code* k = c->list[i];
    if (k->a == nullptr) {
      dflt = i;
      continue;
    }
    if (IsStrictlyEqual(d, eval(k->a, f))) start = i;
  }
  if (start < 0) start = dflt;
  Flow result = Flow::Normal;
  if (start >= 0) {
    for (auto i = static_cast<std::uint32_t>(start); i < c->n; ++i) {
      const Code* k = c->list[i];
      Flow fl = exec_list(k->list, k->n, f);
      if (fl == Flow::Normal) continue;
      if (fl == Flow::Break && f.label == nullptr) break;
      result = fl;
      break;
    }
  }
  f.env = saved;
  return result;
}

Flow Interp::exec_try(const Code* c, Frame& f) {
  Env* saved = f.env;
  bool threw = false, returned = false;
  Value exc;
  Flow fl = Flow::Normal;
  try {
    fl = exec(c->a, f);
  } catch (const Throw& t) {
    threw = true;
    exc = t.value;
  } catch (const GeneratorReturn& g) {
    returned = true;
    exc = g.value;
  }
  f.env = saved;
  if (threw && c->c != nullptr) {
    threw = false;
    try {
      if (c->scope != nullptr) f.env = new_env(saved, c->scope);
      if (c->b != nullptr) bind_pattern(c->b, exc, f, true);
      fl = exec(c->c, f);
    } catch (const Throw& t) {
      threw = true;
      exc = t.value;
    } catch (const GeneratorReturn& g) {
      returned = true;
      exc = g.value;
    }
    f.env = saved;
  }
  if (c->d != nullptr) {
    Value saved_ret = f.ret;
    Str* saved_label = f.label;
    Flow ffl = exec(c->d, f);
    if (ffl != Flow::Normal) return ffl;  // an abrupt finally overrides
    f.ret = saved_ret;
    f.label = saved_label;
  }
  if (threw) throw Throw{exc};
  if (returned) throw GeneratorReturn{exc};
  return fl;
}

}  // namespace desugar::sim
