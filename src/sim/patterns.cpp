// Destructuring: BindingInitialization and DestructuringAssignmentEvaluation
// (#sec-runtime-semantics-bindinginitialization,
// #sec-runtime-semantics-destructuringassignmentevaluation). A member-expression target is
// evaluated before the value it receives is read, as the spec orders it.
#include "sim/eval_helpers.h"

namespace desugar::sim {

namespace {

// An evaluated member target: `o.k` / `o[k]`, `super.k` / `super[k]` (the Reference's this
// value kept apart from its base, #sec-makesuperpropertyreference), `o.#x`.
struct TargetRef {
  const Code* target = nullptr;
  bool evaluated = false;
  Value base;
  Key key = nullptr;
  Value this_value;  // super references
};

}  // namespace

static TargetRef prepare_target(Interp& in, const Code* t, Frame& f) {
  TargetRef r;
  r.target = t;
  switch (t->op) {
    case Op::Member: in.eval_member_key(t, f, r.base, r.key); break;
    case Op::SuperMember:
      // #sec-super-keyword-runtime-semantics-evaluation: the this binding, then the key, then
      // MakeSuperPropertyReference reads the home object's prototype.
      r.this_value = super_this(in, t, f);
      r.key = t->b ? in.ToPropertyKey(in.eval(t->b, f)) : t->str;
      r.base = in.super_base(t, f);
      break;
    case Op::Private:
      r.base = in.eval(t->a, f);
      r.key = private_key(in, t->b, f);
      break;
    default: return r;
  }
  r.evaluated = true;
  return r;
}

static void put_target(Interp& in, TargetRef& r, Value v, Frame& f, bool init) {
  if (!r.evaluated) {
    in.bind_pattern(r.target, v, f, init);
    return;
  }
  bool strict = f.code == nullptr || f.code->strict;
  switch (r.target->op) {
    case Op::SuperMember:
      // #sec-putvalue: ToObject(base), then base.[[Set]](key, W, thisValue).
      if (!r.base.is_object())
        in.throw_type_error("Cannot convert undefined or null to object", false);
      if (!in.set(r.base.obj(), r.key, v, r.this_value) && strict)
        in.throw_type_error("Cannot assign to read only property", false);
      return;
    case Op::Private: private_set(in, r.base, r.key, v, r.target); return;
    default: in.put_value(r.base, r.key, v, strict); return;
  }
}

void Interp::assign_to(const Code* target, Value v, Frame& f) { bind_pattern(target, v, f, false); }

void Interp::bind_pattern(const Code* t, Value v, Frame& f, bool init) {
  switch (t->op) {
    case Op::Local: set_local(t, f, v, init || t->has(cf::Init)); return;
    case Op::Global: set_global(t, v); return;
    case Op::Hole: return;
    case Op::Member:
    case Op::Private:
    case Op::SuperMember: {
      TargetRef ref = prepare_target(*this, t, f);
      put_target(*this, ref, v, f, init);
      return;
    }
    case Op::PatDefault: {
      if (v.is_undefined()) v = eval(t->b, f);
      bind_pattern(t->a, v, f, init);
      return;
    }
    case Op::PatArray: {
      if (v.is_nullish()) {
        pos = t->pos;
        throw_type_error(to_std_string(v) + " is not iterable", false);
      }
      IteratorRecord it = GetIterator(v);
      bool threw = false;
      Value exc;
      try {
        for (std::uint32_t i = 0; i < t->n; ++i) {
          const Code* e = t->list[i];
          if (e->op == Op::Hole) {
            Value ignored;
            if (!it.done) IteratorStep(it, ignored);
            continue;
          }
          if (e->op == Op::PatRest) {
            TargetRef ref = prepare_target(*this, e->a, f);
            ArrayObj* rest = new_array(0);
            Value keep = Value::object(rest);
            Value x;
            while (!it.done && IteratorStep(it, x)) rest->elements.push_back(x);
            put_target(*this, ref, keep, f, init);
            continue;
          }
          const Code* target = e;
          const Code* dflt = nullptr;
          if (e->op == Op::PatDefault) {
            target = e->a;
            dflt = e->b;
          }
          TargetRef ref = prepare_target(*this, target, f);
          Value x;
          if (!it.done && !IteratorStep(it, x)) x = Value::undefined();
          if (dflt != nullptr && x.is_undefined()) x = eval(dflt, f);
          put_target(*this, ref, x, f, init);
        }
      } catch (const Throw& e) {
        threw = true;
        exc = e.value;
      }
      if (threw) {
        if (!it.done) IteratorCloseOnThrow(it);
        throw Throw{exc};
      }
      if (!it.done) IteratorClose(it);
      return;
    }
    case Op::PatObject: {
      if (v.is_nullish()) {
        pos = t->pos;
        throw_type_error(
            "Cannot destructure '" + to_std_string(v) + "' as it is " + to_std_string(v) + ".",
            false);
      }
      std::vector<Key> excluded;
      for (std::uint32_t i = 0; i < t->n; ++i) {
        const Code* p = t->list[i];
        if (p->op == Op::PatRest) {
          TargetRef ref = prepare_target(*this, p->a, f);
          Object* rest = new_object();
          Value keep = Value::object(rest);
          CopyDataProperties(rest, v, excluded);
          put_target(*this, ref, keep, f, init);
          continue;
        }
        if (p->op == Op::Refuse) refuse_at(p->pos, p->str->data);
        Key key = p->str;
        if (p->a != nullptr) key = ToPropertyKey(eval(p->a, f));
        const Code* target = p->b;
        const Code* dflt = nullptr;
        if (target->op == Op::PatDefault) {
          dflt = target->b;
          target = target->a;
        }
        TargetRef ref = prepare_target(*this, target, f);
        Value x = GetV(v, key);
        if (dflt != nullptr && x.is_undefined()) x = eval(dflt, f);
        put_target(*this, ref, x, f, init);
        excluded.push_back(key);
      }
      return;
    }
    default: refuse_at(t->pos, "this binding target is not modelled");
  }
}

}  // namespace desugar::sim
