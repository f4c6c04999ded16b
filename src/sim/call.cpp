// Calling and constructing functions: [[Call]] and [[Construct]] of ordinary, built-in and bound
// functions (#sec-ecmascript-function-objects-call-thisargument-argumentslist,
// #sec-ecmascript-function-objects-construct-argumentslist-newtarget),
// FunctionDeclarationInstantiation
// (#sec-functiondeclarationinstantiation) and closure creation (#sec-ordinaryfunctioncreate).
#include <algorithm>

#include "sim/interp.h"

namespace desugar::sim {

namespace {

struct DepthGuard {
  explicit DepthGuard(Interp& i) : in(i) {
    if (++in.depth > in.opts.max_depth) {
      --in.depth;
      in.refuse("recursion deeper than " + std::to_string(in.opts.max_depth) +
                " calls (Node's stack limit is not modelled)");
    }
  }
  ~DepthGuard() { --in.depth; }
  Interp& in;
};

std::string callee_name(Interp& in, Object* f) {
  if (const Prop* p = f->find(in.n.name); p != nullptr && p->value.is_string())
    return p->value.str()->data;
  return "anonymous";
}

}  // namespace

Env* Interp::new_env(Env* parent, const ScopeCode* scope) {
  std::uint32_t count = scope->slots;
  Env* e = heap.make_sized<Env>(sizeof(Value) * count, parent, count);
  Value* s = e->slots();
  for (std::uint32_t i = 0; i < count; ++i) {
    s[i] = scope->lexical[i] ? Value::empty() : Value::undefined();
  }
  return e;
}

void Interp::instantiate_functions(const ScopeCode* scope, Env* env) {
  for (const auto& [slot, fc] : scope->functions) {
    env->slots()[slot] = Value::object(make_closure(fc, env));
  }
}

UserFunction* Interp::make_closure(const FunctionCode* code, Env* env, Object* home) {
  Object* proto = r.function_proto;
  if (code->is_async && code->is_generator)
    proto = r.async_generator_function_proto;
  else if (code->is_async)
    proto = r.async_function_proto;
  else if (code->is_generator)
    proto = r.generator_function_proto;
  auto* f = heap.make<UserFunction>(proto, code, env);
  f->home = home;
  f->lazy_length = code->length;
  f->lazy_name = code->name ? code->name : n.empty;
  f->lazy_props = true;
  if (code->is_generator) {
    Object* p = new_object(code->is_async ? r.async_generator_proto : r.generator_proto);
    f->add(n.prototype, Value::object(p), attr::Writable);
  } else if (code->kind == FuncKind::Normal && !code->is_async) {
    f->is_constructor = true;
    Object* p = new_object();
    p->add(n.constructor, Value::object(f), attr::Hidden);
    f->add(n.prototype, Value::object(p), attr::Writable);
  }
  return f;
}

void Interp::SetFunctionName(Object* f, Value name, std::string_view prefix) {
  std::string s;
  if (name.is_symbol()) {
    Value d = name.symbol_value()->description;
    s = d.is_undefined() ? "" : "[" + d.str()->data + "]";
    if (name.symbol_value()->is_private) s = d.str()->data;
  } else {
    s = to_std_string(name);
  }
  if (!prefix.empty()) s = std::string(prefix) + " " + s;
  f->put(n.name, string_value(std::move(s)), attr::Configurable);
}

NativeFunction* Interp::make_native(std::string_view name, std::uint32_t length, NativeFn fn,
                                    Object* proto) {
  auto* f = heap.make<NativeFunction>(proto ? proto : r.function_proto, fn);
  f->lazy_length = length;
  f->lazy_name = intern(name);
  f->lazy_props = true;
  return f;
}

NativeFunction* Interp::add_method(Object* target, std::string_view name, std::uint32_t length,
                                   NativeFn fn) {
  NativeFunction* f = make_native(name, length, fn);
  target->put(intern(name), Value::object(f), attr::Hidden);
  return f;
}

NativeFunction* Interp::add_method(Object* target, Key key, std::string_view name,
                                   std::uint32_t length, NativeFn fn) {
  NativeFunction* f = make_native(name, length, fn);
  target->put(key, Value::object(f), attr::Hidden);
  return f;
}

void Interp::add_getter(Object* target, Key key, std::string_view name, NativeFn fn) {
  NativeFunction* f = make_native(std::string("get ") + std::string(name), 0, fn);
  Prop* p = target->find(key);
  if (p == nullptr) p = &target->add(key, Value::undefined(), attr::Configurable | attr::Accessor);
  p->attrs = attr::Configurable | attr::Accessor;
  p->value = Value::object(f);
}

Value Interp::call(Value fv, Value this_value, const Value* argv, std::uint32_t argc) {
  if (!IsCallable(fv)) {
    throw_type_error(to_std_string(typeof_string(fv)) + " is not a function", false);
  }
  auto* f = static_cast<FunctionObj*>(fv.obj());
  switch (f->fkind) {
    case FnKind::User: {
      auto* uf = static_cast<UserFunction*>(f);
      if (uf->is_class_constructor) {
        throw_type_error("Class constructor " + callee_name(*this, uf) +
                         " cannot be invoked without 'new'");
      }
      return call_user(uf, this_value, argv, argc, Value::undefined());
    }
    case FnKind::Native: {
      auto* nf = static_cast<NativeFunction*>(f);
      DepthGuard guard(*this);
      NativeArgs args{this_value, argv, argc, Value::undefined()};
      return nf->fn(*this, *nf, args);
    }
    case FnKind::Bound: {
      auto* bf = static_cast<BoundFunction*>(f);
      std::vector<Value> all = bf->bound_args;
      all.insert(all.end(), argv, argv + argc);
      return call(Value::object(bf->target), bf->bound_this, all);
    }
  }
  return Value::undefined();
}

// OrdinaryCallEvaluateBody for plain functions; generators and async functions start their
// activations instead.
Value Interp::call_user(UserFunction* fn, Value this_value, const Value* argv, std::uint32_t argc,
                        Value new_target) {
  step();
  DepthGuard guard(*this);
  check_stack();
  const FunctionCode* code = fn->code;
  if (code->is_async && !code->is_generator) return AsyncFunctionStart(fn, this_value, argv, argc);
  Frame f;
  prepare_frame(fn, f, this_value, new_target);
  bind_parameters(fn, f, argv, argc);
  if (code->is_generator) {
    if (code->is_async) return AsyncGeneratorStart(fn, f);
    return GeneratorStart(fn, f);
  }
  Flow flow = run_body(code, f);
  return flow == Flow::Return ? f.ret : Value::undefined();
}

// OrdinaryCallBindThis and the first steps of FunctionDeclarationInstantiation: the function's
// environment with this, the function, new.target and its own name bound.
void Interp::prepare_frame(UserFunction* fn, Frame& f, Value this_value, Value new_target) {
  const FunctionCode* code = fn->code;
  f.code = code;
  f.env = fn->env;
  if (code->scope->slots > 0) f.env = new_env(fn->env, code->scope);
  if (code->kind != FuncKind::Arrow) {
    Value* s = f.env->slots();
    // #sec-ordinarycallbindthis
    if (code->kind == FuncKind::ClassConstructor && code->derived) {
      s[kSlotThis] = Value::empty();
    } else if (code->strict) {
      s[kSlotThis] = this_value;
    } else if (this_value.is_nullish()) {
      s[kSlotThis] = Value::object(r.global);
    } else {
      s[kSlotThis] = Value::object(ToObject(this_value));
    }
    s[kSlotFunc] = Value::object(fn);
    s[kSlotNewTarget] = new_target;
  }
  if (code->has_self_slot) f.env->slots()[code->self_slot] = Value::object(fn);
}

void Interp::bind_parameters(UserFunction* fn, Frame& f, const Value* argv, std::uint32_t argc) {
  const FunctionCode* code = fn->code;
  if (code->uses_arguments) {
    // CreateUnmappedArgumentsObject (#sec-createunmappedargumentsobject), or the mapped exotic
    // object of a sloppy function with simple parameters (#sec-createmappedargumentsobject).
    auto* a = heap.make<ArgumentsObj>(r.object_proto);
    for (std::uint32_t i = 0; i < argc; ++i) a->add(key_from_index(i), argv[i], attr::Default);
    if (!code->strict && code->simple_params) {
      // CreateMappedArgumentsObject: the last parameter of a duplicated name wins.
      a->env = f.env;
      const auto& ps = code->simple_param_slots;
      a->map.assign(std::min<std::size_t>(argc, ps.size()), -1);
      std::vector<std::uint32_t> seen;
      for (std::size_t i = ps.size(); i-- > 0;) {
        if (std::find(seen.begin(), seen.end(), ps[i]) != seen.end()) continue;
        seen.push_back(ps[i]);
        if (i < a->map.size()) a->map[i] = static_cast<std::int32_t>(ps[i]);
      }
    }
    a->add(n.length, Value::number(argc), attr::Hidden);
    a->add(r.sym_iterator, Value::object(r.array_proto_values), attr::Hidden);
    if (!code->strict) a->add(n.callee, Value::object(fn), attr::Hidden);
    f.env->slots()[kSlotArguments] = Value::object(a);
  }
  if (code->simple_params) {
    Value* s = f.env->slots();
    const auto& slots = code->simple_param_slots;
    for (std::uint32_t i = 0; i < slots.size(); ++i) {
      s[slots[i]] = i < argc ? argv[i] : Value::undefined();
    }
  } else {
    for (std::uint32_t i = 0; i < code->params.size(); ++i) {
      const Code* p = code->params[i];
      if (p->op == Op::PatRest) {
        ArrayObj* rest = new_array(0);
        for (std::uint32_t k = i; k < argc; ++k) rest->elements.push_back(argv[k]);
        bind_pattern(p->a, Value::object(rest), f, true);
        break;
      }
      bind_pattern(p, i < argc ? argv[i] : Value::undefined(), f, true);
    }
  }
  if (code->body_scope != nullptr && code->body_scope->slots > 0) {
    Env* top = f.env;
    f.env = new_env(top, code->body_scope);
    for (const auto& [from, to] : code->var_copies) f.env->slots()[to] = top->slots()[from];
    instantiate_functions(code->body_scope, f.env);
  } else if (!code->scope->functions.empty()) {
    instantiate_functions(code->scope, f.env);
  }
}

Flow Interp::run_body(const FunctionCode* code, Frame& f) {
  if (code->expression_body) {
    f.ret = eval(code->body, f);
    return Flow::Return;
  }
  return exec(code->body, f);
}

Value Interp::construct(Value fv, const Value* argv, std::uint32_t argc, Value new_target) {
  if (!IsConstructor(fv))
    throw_type_error(to_std_string(typeof_string(fv)) + " is not a constructor", false);
  auto* f = static_cast<FunctionObj*>(fv.obj());
  switch (f->fkind) {
    case FnKind::Native: {
      auto* nf = static_cast<NativeFunction*>(f);
      DepthGuard guard(*this);
      NativeArgs args{Value::undefined(), argv, argc, new_target};
      return nf->fn(*this, *nf, args);
    }
    case FnKind::Bound: {
      auto* bf = static_cast<BoundFunction*>(f);
      std::vector<Value> all = bf->bound_args;
      all.insert(all.end(), argv, argv + argc);
      Value nt = new_target.cell() == bf ? Value::object(bf->target) : new_target;
      return construct(Value::object(bf->target), all.data(),
                       static_cast<std::uint32_t>(all.size()), nt);
    }
    case FnKind::User: break;
  }
  auto* uf = static_cast<UserFunction*>(f);
  const FunctionCode* code = uf->code;
  if (code->kind == FuncKind::ClassConstructor && code->derived) {
    if (code == &default_derived_ctor) {
      // constructor(...args) { super(...args); }
      Object* parent = uf->proto;
      if (!IsConstructor(Value::object(parent))) {
        throw_type_error("Super constructor " + to_std_string(Value::object(parent)) +
                             " of anonymous class is not a constructor",
                         false);
      }
      Value result = construct(Value::object(parent), argv, argc, new_target);
      InitializeInstanceElements(result.obj(), uf);
      return result;
    }
    step();
    DepthGuard guard(*this);
    Frame fr;
    fr.code = code;
    fr.env = new_env(uf->env, code->scope);
    Value* s = fr.env->slots();
    s[kSlotThis] = Value::empty();
    s[kSlotFunc] = Value::object(uf);
    s[kSlotNewTarget] = new_target;
    bind_parameters(uf, fr, argv, argc);
    Flow flow = run_body(code, fr);
    if (flow == Flow::Return && fr.ret.is_object()) return fr.ret;
    if (flow == Flow::Return && !fr.ret.is_undefined()) {
      throw_type_error("Derived constructors may only return object or undefined");
    }
    // The top env may have been replaced by a body scope; the this slot is in the top env.
    Env* top = code->body_scope != nullptr ? fr.env : fr.env;
    while (top != nullptr && top->parent != uf->env) top = top->parent;
    Value t = top ? top->slots()[kSlotThis] : Value::empty();
    if (t.is_empty()) {
      throw_error(ErrorType::ReferenceError,
                  "Must call super constructor in derived class before accessing 'this' or "
                  "returning from derived constructor");
    }
    return t;
  }
  Object* proto = GetPrototypeFromConstructor(new_target, r.object_proto);
  Object* obj = new_object(proto);
  if (code->kind == FuncKind::ClassConstructor) {
    InitializeInstanceElements(obj, uf);
    if (code == &default_base_ctor) return Value::object(obj);
  }
  step();
  DepthGuard guard(*this);
  Frame fr;
  fr.code = code;
  fr.env = new_env(uf->env, code->scope);
  Value* s = fr.env->slots();
  s[kSlotThis] = Value::object(obj);
  s[kSlotFunc] = Value::object(uf);
  s[kSlotNewTarget] = new_target;
  if (code->has_self_slot) s[code->self_slot] = Value::object(uf);
  bind_parameters(uf, fr, argv, argc);
  Flow flow = run_body(code, fr);
  if (flow == Flow::Return && fr.ret.is_object()) return fr.ret;
  return Value::object(obj);
}

}  // namespace desugar::sim
