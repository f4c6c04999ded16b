// Iterator records and the built-in iterators of arrays, strings, maps and sets
// (#sec-operations-on-iterator-objects, #sec-%arrayiteratorprototype%-object).
#include "sim/builtins.h"
#include "sim/interp.h"

namespace desugar::sim {

bool Interp::array_iteration_is_pristine(Value v) {
  if (!v.is_object() || v.obj()->cls != Class::Array) return false;
  Object* a = v.obj();
  if (a->proto != r.array_proto || !a->props.empty()) return false;
  const Prop* p = r.array_proto->find(r.sym_iterator);
  if (p == nullptr || p->value.cell() != r.array_proto_values) return false;
  const Prop* nx = r.array_iterator_proto->find(n.next);
  return nx != nullptr && nx->value.cell() == array_iterator_next;
}

Interp::IteratorRecord Interp::GetIteratorFromMethod(Value v, Value method) {
  Value it = call(method, v, {});
  if (!it.is_object()) throw_type_error("Result of the Symbol.iterator method is not an object");
  IteratorRecord rec;
  rec.iterator = it;
  rec.next_method = get(it.obj(), n.next);
  return rec;
}

// #sec-getiterator
Interp::IteratorRecord Interp::GetIterator(Value v, bool async) {
  if (async) return get_async_iterator(v, nullptr);
  Value method = v.is_nullish() ? Value::undefined() : GetMethod(v, r.sym_iterator);
  if (method.is_undefined()) {
    throw_type_error(
        v.is_nullish()
            ? to_std_string(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))"
            : "object is not iterable",
        v.is_nullish());
  }
  return GetIteratorFromMethod(v, method);
}

// GetIterator(v, async) (#sec-getiterator) with V8's messages: a missing method names the
// `for await` operand ("xs is not async iterable"); yield* (no operand) says "undefined is not a
// function"; a non-callable method is named by its value unless the operand has a name.
Interp::IteratorRecord Interp::get_async_iterator(Value v, const Code* operand) {
  std::string text;
  bool has_text = operand != nullptr && v8_operand_text(operand, text);
  bool exact = operand == nullptr || has_text;
  if (v.is_nullish()) {
    throw_type_error("Cannot read properties of " + to_std_string(v) +
                         " (reading 'Symbol(Symbol.asyncIterator)')",
                     exact);
  }
  auto not_iterable = [&]() {
    bool call = text.size() >= 5 && text.compare(text.size() - 5, 5, "(...)") == 0;
    throw_type_error(text + (call ? " is not a function or its return value is not async iterable"
                                  : " is not async iterable"),
                     exact);
  };
  auto method_of = [&](Key k) {
    Value m = GetV(v, k);
    if (m.is_nullish()) return Value::undefined();
    if (!IsCallable(m)) {
      if (has_text && text != "{}") not_iterable();
      // An object literal operand (V8 prints none): the method is named by its value.
      bool literal = operand != nullptr && operand->op == Op::Object;
      std::string d;
      bool named = v8_describe(m, d);
      throw_type_error(d + " is not a function", (exact || literal) && named);
    }
    return m;
  };
  Value method = method_of(r.sym_async_iterator);
  if (method.is_undefined()) {
    Value sync_method = method_of(r.sym_iterator);
    if (sync_method.is_undefined()) {
      if (operand == nullptr) throw_type_error("undefined is not a function");
      not_iterable();
    }
    return CreateAsyncFromSyncIterator(GetIteratorFromMethod(v, sync_method));
  }
  Value it = call(method, v, {});
  if (!it.is_object())
    throw_type_error("Result of the Symbol.asyncIterator method is not an object");
  IteratorRecord rec;
  rec.iterator = it;
  rec.next_method = get(it.obj(), n.next);
  return rec;
}

// IteratorStep + IteratorValue (#sec-iteratorstep); marks the record done when the iterator is
// exhausted or throws.
bool Interp::IteratorStep(IteratorRecord& it, Value& out) {
  if (it.done) return false;
  Value result;
  try {
    result = call(it.next_method, it.iterator, {});
  } catch (const Throw&) {
    it.done = true;
    throw;
  }
  if (!result.is_object()) {
    it.done = true;
    throw_iterator_result_not_object(result);
  }
  Value done;
  try {
    done = get(result.obj(), n.done);
    if (ToBoolean(done)) {
      it.done = true;
      return false;
    }
    out = get(result.obj(), n.value);
  } catch (const Throw&) {
    it.done = true;
    throw;
  }
  return true;
}

// #sec-iteratorclose with a normal completion.
void Interp::IteratorClose(IteratorRecord& it) {
  it.done = true;
  Value ret = get_iterator_method(it.iterator, n.return_);
  if (ret.is_undefined()) return;
  Value r2 = call(ret, it.iterator, {});
  if (!r2.is_object()) throw_iterator_result_not_object(r2);
}

// #sec-iteratorclose with a throw completion: errors from return() are dropped.
void Interp::IteratorCloseOnThrow(IteratorRecord& it) {
  it.done = true;
  Value ret;
  try {
    ret = GetMethod(it.iterator, n.return_);
  } catch (const Throw&) {
    return;
  }
  if (ret.is_undefined()) return;
  bool ignored = false;
  try {
    call(ret, it.iterator, {});
  } catch (const Throw&) {
    ignored = true;
  }
  (void)ignored;
}

Value Interp::CreateIteratorResultObject(Value v, bool done) {
  Object* o = new_object();
  o->add(n.value, v, attr::Default);
  o->add(n.done, Value::boolean(done), attr::Default);
  return Value::object(o);
}

std::vector<Value> Interp::iterate_to_list(Value iterable) {
  std::vector<Value> out;
  spread_into(iterable, [&](Value v) { out.push_back(v); });
  return out;
}

Object* Interp::create_builtin_iterator(Object* proto, Value target, int kind) {
  auto* it = heap.make<BuiltinIterator>(proto);
  it->target = target;
  it->kind = kind;
  return it;
}

}  // namespace desugar::sim
