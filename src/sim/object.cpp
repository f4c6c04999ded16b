// Property storage and tracing for the heap cells of object.h and function.h.
#include "sim/object.h"

#include "sim/activation.h"
#include "sim/function.h"
#include "sim/jobs.h"

namespace desugar::sim {

Str::Str(std::string d) : data(std::move(d)) {
  cell_type = kCellString;
  for (unsigned char c : data) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
}

void Object::trace(Tracer& t) {
  t.mark(proto);
  for (const Prop& p : props) {
    t.mark(p.key);
    t.value(p.value);
    t.value(p.setter);
  }
}

Prop* Object::find(Key k) {
  ensure_props();
  if (index) {
    auto it = index->find(k);
    return it == index->end() ? nullptr : &props[it->second];
  }
  for (Prop& p : props) {
    if (p.key == k) return &p;
  }
  return nullptr;
}

Prop& Object::add(Key k, Value v, std::uint8_t attrs) {
  ensure_props();
  props.push_back(Prop{k, v, Value::undefined(), attrs});
  if (index) {
    (*index)[k] = static_cast<std::uint32_t>(props.size() - 1);
  } else if (props.size() > 12) {
    reindex();
  }
  return props.back();
}

void Object::remove(Key k) {
  ensure_props();
  for (std::size_t i = 0; i < props.size(); ++i) {
    if (props[i].key == k) {
      props.erase(props.begin() + static_cast<std::ptrdiff_t>(i));
      if (index) reindex();
      return;
    }
  }
}

void Object::put(Key k, Value v, std::uint8_t attrs) {
  if (Prop* p = find(k)) {
    p->value = v;
    p->setter = Value::undefined();
    p->attrs = attrs;
    return;
  }
  add(k, v, attrs);
}

void Object::reindex() {
  if (props.size() <= 12) {
    index.reset();
    return;
  }
  if (!index) index = std::make_unique<std::unordered_map<Key, std::uint32_t>>();
  index->clear();
  for (std::size_t i = 0; i < props.size(); ++i)
    (*index)[props[i].key] = static_cast<std::uint32_t>(i);
}

void MapObj::trace(Tracer& t) {
  Object::trace(t);
  for (const Entry& e : entries) {
    if (e.deleted) continue;
    t.value(e.key);
    t.value(e.value);
  }
}

void Env::trace(Tracer& t) {
  t.mark(parent);
  Value* s = slots();
  for (std::uint32_t i = 0; i < n; ++i) t.value(s[i]);
}

void FunctionObj::materialize_props() {
  // Keys are interned "length" and "name": found through any Str of those names.
  add(lazy_length_key, Value::number(lazy_length), attr::Configurable);
  add(lazy_name_key, Value::string(lazy_name), attr::Configurable);
}

Cell* FunctionObj::lazy_length_key = nullptr;
Cell* FunctionObj::lazy_name_key = nullptr;

void UserFunction::trace(Tracer& t) {
  Object::trace(t);
  t.mark(env);
  t.mark(home);
  if (field_store)
    for (const FieldRecord& f : *field_store) {
      t.mark(f.key);
      t.value(f.computed_key);
      t.value(f.initializer);
      t.value(f.getter);
      t.value(f.setter);
    }
}

void NativeFunction::trace(Tracer& t) {
  Object::trace(t);
  for (const Value& v : slots) t.value(v);
  t.mark(data);
  t.mark(data2);
}

void BoundFunction::trace(Tracer& t) {
  Object::trace(t);
  t.mark(target);
  t.value(bound_this);
  t.values(bound_args);
}

void PromiseReaction::trace(Tracer& t) const {
  t.value(cap_promise);
  t.value(cap_resolve);
  t.value(cap_reject);
  t.value(handler);
  t.mark(activation);
}

Value ReactionPair::capability_function(int i) const {
  if (cap_functions == nullptr) return Value::empty();
  return static_cast<const ValueList*>(cap_functions)->items[static_cast<std::size_t>(i)];
}

void ReactionPair::trace(Tracer& t) const {
  t.value(cap_promise);
  t.mark(cap_functions);
  t.value(on_fulfilled);
  t.value(on_rejected);
  t.mark(activation);
}

void Job::trace(Tracer& t) const {
  reaction.trace(t);
  t.value(argument);
  t.value(promise_to_resolve);
  t.value(thenable);
  t.value(then);
  t.value(callback);
  t.values(args);
}

void Activation::trace(Tracer& t) {
  t.mark(fn);
  t.mark(frame.env);
  t.value(frame.ret);
  t.value(this_value);
  t.mark(generator);
  t.value(cap.promise);
  t.value(cap.resolve);
  t.value(cap.reject);
  t.value(transfer);
  t.value(completion);
  t.values(args);
  if (queue_store)
    for (const AsyncGenRequest& r : *queue_store) {
      t.value(r.value);
      t.value(r.cap.promise);
      t.value(r.cap.resolve);
      t.value(r.cap.reject);
    }
  if (co != nullptr && !co->finished() && !co->running()) {
    t.scan_conservatively(co->scan_low(), co->scan_high());
  }
}

}  // namespace desugar::sim
