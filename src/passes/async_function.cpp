#include "passes/async_function.h"

#include <stdexcept>
#include <vector>

#include "passes/async_shape.h"
#include "passes/runtime.h"
#include "passes/visit.h"

namespace desugar {

namespace {

bool is_simple_param(const Node* p) { return p->kind == Kind::Identifier; }

bool is_super_member(const Node* n) {
  return n->kind == Kind::Member && ast::object(n)->kind == Kind::Super;
}

}  // namespace

// `await v` → `yield new __ds_Await(v)`: in an async generator the runner must tell awaits from
// yields.
Node* AsyncFunctionLowering::await_record(Node* value, const Node* origin) {
  Node* record = b_.make(Kind::New, origin);
  ast::callee(record) = b_.ident(names_.name("Await"), origin);
  record->list = b_.list({value});
  Node* y = b_.make(Kind::Yield, origin);
  ast::argument(y) = record;
  return y;
}

// In an async function `await v` becomes `yield v`. In an async generator `await v` becomes
// `yield new __ds_Await(v)`, `return v` becomes `return yield new __ds_Await(v)` (a return awaits
// its operand, #sec-return-statement-runtime-semantics-evaluation), `yield* v` becomes
// `yield new __ds_YieldStar(v)` (the runner runs the delegation loop), and `yield v` stays.
Node* AsyncFunctionLowering::awaits_to_yields(Node* n, bool async_generator) {
  if (is_function(n)) return n;  // a nested function's awaits are its own
  if (n->kind == Kind::Await) {
    Node* value = awaits_to_yields(ast::argument(n), async_generator);
    if (async_generator) return await_record(value, n);
    Node* y = b_.make(Kind::Yield, n);
    ast::argument(y) = value;
    return y;
  }
  for_each_child(n, [&](Node*& child) { child = awaits_to_yields(child, async_generator); });
  if (async_generator && n->kind == Kind::Return && ast::argument(n))
    ast::argument(n) = await_record(ast::argument(n), n);
  if (async_generator && n->kind == Kind::Yield && n->has(flag::Delegate)) {
    Node* wrap = b_.make(Kind::New, n);
    ast::callee(wrap) = b_.ident(names_.name("YieldStar"), n);
    wrap->list = b_.list({ast::argument(n)});
    ast::argument(n) = wrap;
    n->flags &= static_cast<std::uint16_t>(~flag::Delegate);
  }
  return n;
}

// The key: 'name' for super.name, the expression for super[expr].
Node* AsyncFunctionLowering::super_key(Node* member, Captures& caps) {
  return member->has(flag::Computed)
             ? capture(ast::property(member), Form::Method, caps)
             : b_.string_lit(ast::property(member)->text, ast::property(member));
}

Node* AsyncFunctionLowering::super_helper_call(std::string& name, std::string_view base, Node* key,
                                               const Node* origin) {
  if (name.empty()) name = names_.fresh(base);
  return b_.call(b_.ident(name, origin), {key}, origin);
}

Node* AsyncFunctionLowering::capture_super(Node* n, Node* member, Captures& caps) {
  Node* key = super_key(member, caps);
  if (n == member) {
    if (caps.super_get.empty()) caps.super_get = names_.fresh("superGet");
    return b_.call(b_.ident(caps.super_get, n), {key}, n);
  }
  if (n->kind == Kind::Call) {
    if (caps.super_call.empty()) caps.super_call = names_.fresh("superCall");
    std::vector<Node*> args{key};
    for (Node* a : n->list) args.push_back(capture(a, Form::Method, caps));
    return b_.call(b_.ident(caps.super_call, n), args, n);
  }
  // Assign with operator "=".
  if (caps.super_set.empty()) caps.super_set = names_.fresh("superSet");
  return b_.call(b_.ident(caps.super_set, n), {key, capture(ast::value(n), Form::Method, caps)}, n);
}

// An assignment target: `super.x` inside it becomes `__ds_superRef('x').value`, an accessor that
// reads and writes the super property (compound assignments, ++, destructuring, for-in/of heads).
Node* AsyncFunctionLowering::capture_target(Node* t, Form form, Captures& caps) {
  if (is_super_member(t))
    return b_.member(super_helper_call(caps.super_ref, "superRef", super_key(t, caps), t), "value",
                     t);
  switch (t->kind) {
    case Kind::ArrayPattern:
      for (Node*& item : t->list) item = capture_target(item, form, caps);
      return t;
    case Kind::ObjectPattern:
      for (Node*& item : t->list) {
        if (item->kind == Kind::Property && !item->has(flag::Shorthand)) {
          if (item->has(flag::Computed)) ast::key(item) = capture(ast::key(item), form, caps);
          ast::value(item) = capture_target(ast::value(item), form, caps);
        } else {
          item = capture_target(item, form, caps);
        }
      }
      return t;
    case Kind::AssignPattern:
      ast::target(t) = capture_target(ast::target(t), form, caps);
      ast::fallback(t) = capture(ast::fallback(t), form, caps);
      return t;
    case Kind::Rest: ast::target(t) = capture_target(ast::target(t), form, caps); return t;
    default: return capture(t, form, caps);
  }
}

// Rewrites what a generator cannot say itself: `super.x` (methods and arrows), and for arrows
// the lexical `arguments` and `new.target`.
Node* AsyncFunctionLowering::capture(Node* n, Form form, Captures& caps) {
  if (is_non_arrow_function(n) || is_class(n)) return n;
  bool arrow = form == Form::Arrow;
  if (arrow && n->kind == Kind::Identifier && n->text == "arguments") {
    if (caps.arguments.empty()) caps.arguments = names_.fresh("arguments");
    return b_.ident(caps.arguments, n);
  }
  if (arrow && n->kind == Kind::MetaProperty && n->text == "new.target") {
    if (caps.new_target.empty()) caps.new_target = names_.fresh("newTarget");
    return b_.ident(caps.new_target, n);
  }
  if (is_super_member(n)) return capture_super(n, n, caps);
  if (n->kind == Kind::Call && is_super_member(ast::callee(n)))
    return capture_super(n, ast::callee(n), caps);
  if (n->kind == Kind::Call && ast::callee(n)->kind == Kind::Super) {
    diags_.report(DiagId::D0101, n->begin, "`super()` inside an async arrow function",
                  "a generator cannot call the parent constructor");
    return n;
  }
  if ((n->kind == Kind::Assign || n->kind == Kind::Update) && is_super_member(first_slot(n))) {
    if (n->kind == Kind::Assign && n->op == Op::Assign)
      return capture_super(n, ast::target(n), caps);
    Node*& target = n->kind == Kind::Assign ? ast::target(n) : ast::argument(n);
    target = capture_target(target, form, caps);  // super.x += v → __ds_superRef('x').value += v
    if (n->kind == Kind::Assign) ast::value(n) = capture(ast::value(n), form, caps);
    return n;
  }
  if (n->kind == Kind::Assign &&
      (ast::target(n)->kind == Kind::ArrayPattern || ast::target(n)->kind == Kind::ObjectPattern)) {
    ast::target(n) = capture_target(ast::target(n), form, caps);
    ast::value(n) = capture(ast::value(n), form, caps);
    return n;
  }
  if (n->kind == Kind::ForIn && ast::left(n)->kind != Kind::VarDecl) {
    ast::left(n) = capture_target(ast::left(n), form, caps);
    ast::right(n) = capture(ast::right(n), form, caps);
    ast::body(n) = capture(ast::body(n), form, caps);
    return n;
  }
  if (n->kind == Kind::TaggedTemplate && is_super_member(ast::tag(n))) {
    // The tag is called with `this`: __ds_superTag('m') binds it.
    ast::tag(n) = super_helper_call(caps.super_tag, "superTag", super_key(ast::tag(n), caps), n);
    ast::quasi(n) = capture(ast::quasi(n), form, caps);
    return n;
  }
  if (n->kind == Kind::Unary && n->op == Op::Delete && is_super_member(ast::argument(n))) {
    // `delete super.x` throws a ReferenceError, which the helper's own `delete super[key]` does.
    return super_helper_call(caps.super_delete, "superDelete", super_key(ast::argument(n), caps),
                             n);
  }
  if (n->kind == Kind::Property && n->has(flag::Shorthand) &&
      ast::value(n)->kind == Kind::Identifier) {
    Node* value = capture(ast::value(n), form, caps);
    if (value != ast::value(n)) {
      n->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
      ast::value(n) = value;
    }
    return n;
  }
  for_each_child(n, [&](Node*& child) {
    if (!is_property_name_slot(n, child)) child = capture(child, form, caps);
  });
  return n;
}

bool AsyncFunctionLowering::has_use_strict(const Node* body) const {
  if (!body || body->kind != Kind::Block) return false;
  for (const Node* s : body->list) {
    if (s->kind != Kind::ExprStmt || ast::expression(s)->kind != Kind::String) return false;
    std::string_view raw = ast::expression(s)->text;
    if (raw == "'use strict'" || raw == "\"use strict\"") return true;
  }
  return false;
}

Node* AsyncFunctionLowering::generator_for(Node* fn, Form form, Captures& caps) {
  Node* body = ast::body(fn);
  if (body->kind != Kind::Block) body = b_.block(std::vector<Node*>{b_.ret(body, body)}, body);
  body = for_await_.lower_all(body);
  if (generator_machine_ && fn->has(flag::Generator)) {
    // The promise stage: the same wrappers around a state machine instead of a generator. If
    // the machine cannot take the body, the generator form gets an untouched copy.
    Captures before = caps;
    Node* pristine = clone_tree(body, b_);
    std::vector<Node*> pristine_params;
    for (Node* p : fn->list) pristine_params.push_back(clone_tree(p, b_));
    Node* plain = b_.make(Kind::FunctionExpr, fn);
    std::vector<Node*> params;
    for (Node* p : fn->list) params.push_back(capture(p, form, caps));
    plain->list = b_.list(params);
    ast::body(plain) = capture(body, form, caps);
    if (Node* machine = generator_machine_(plain)) return machine;
    caps = before;
    body = pristine;
    fn->list = b_.list(pristine_params);
  }
  body = awaits_to_yields(body, fn->has(flag::Generator));
  Node* gen = b_.make(Kind::FunctionExpr, fn);
  gen->flags = flag::Generator;
  std::vector<Node*> params;
  for (Node* p : fn->list) params.push_back(capture(p, form, caps));
  gen->list = b_.list(params);
  ast::body(gen) = capture(body, form, caps);
  return gen;
}

std::vector<Node*> AsyncFunctionLowering::capture_declarations(const Captures& caps,
                                                               const Node* origin) {
  std::vector<Node*> out;
  auto arrow = [&](std::vector<Node*> params, Node* body) {
    Node* a = b_.make(Kind::Arrow, origin);
    a->list = b_.list(params);
    ast::body(a) = body;
    return a;
  };
  auto key = [&] { return b_.ident("key", origin); };
  auto super_key = [&] {
    Node* m = b_.make(Kind::Member, origin);
    m->flags = flag::Computed;
    ast::object(m) = b_.make(Kind::Super, origin);
    ast::property(m) = key();
    return m;
  };
  if (!caps.arguments.empty())
    out.push_back(
        b_.var("const", b_.ident(caps.arguments, origin), b_.ident("arguments", origin), origin));
  if (!caps.new_target.empty()) {
    Node* nt = b_.make(Kind::MetaProperty, origin);
    nt->text = "new.target";
    out.push_back(b_.var("const", b_.ident(caps.new_target, origin), nt, origin));
  }
  if (!caps.super_get.empty())
    out.push_back(
        b_.var("const", b_.ident(caps.super_get, origin), arrow({key()}, super_key()), origin));
  if (!caps.super_set.empty()) {
    Node* value = b_.ident("value", origin);
    Node* body = b_.assign(super_key(), b_.ident("value", origin), origin);
    Node* fn = arrow({key(), value}, b_.block(std::vector<Node*>{b_.expr_stmt(body)}, origin));
    out.push_back(b_.var("const", b_.ident(caps.super_set, origin), fn, origin));
  }
  auto instantiate = [&](const std::string& name, Template t) {
    // A helper arrow that uses `super` (runtime/templates_text.cpp), taken out of its method.
    Node* program = instantiate_template(library_, t, names_.prefix(), origin, b_);
    Node* decl = ast::body(ast::function(program->list[0]->list[0]))->list[0];
    ast::target(decl->list[0])->text = b_.str(name);  // `const $name = ...`
    out.push_back(decl);
  };
  if (!caps.super_ref.empty()) instantiate(caps.super_ref, Template::SuperRef);
  if (!caps.super_delete.empty()) instantiate(caps.super_delete, Template::SuperDelete);
  if (!caps.super_tag.empty()) instantiate(caps.super_tag, Template::SuperTag);
  if (!caps.super_call.empty()) {
    Node* rest = b_.make(Kind::Rest, origin);
    ast::target(rest) = b_.ident("args", origin);
    Node* spread = b_.make(Kind::Spread, origin);
    ast::argument(spread) = b_.ident("args", origin);
    Node* call = b_.call(super_key(), {spread}, origin);
    out.push_back(
        b_.var("const", b_.ident(caps.super_call, origin), arrow({key(), rest}, call), origin));
  }
  return out;
}

// Parameters for a wrapper: same length as the original, without evaluating defaults or
// destructuring (that happens inside the generator, where errors reject).
std::vector<Node*> AsyncFunctionLowering::placeholder_params(const Node* fn) {
  std::vector<Node*> out;
  int length = parameter_shape(fn).length;
  for (int i = 0; i < length; ++i) {
    const Node* p = fn->list[static_cast<std::size_t>(i)];
    out.push_back(is_simple_param(p) ? b_.ident(p->text, p)
                                     : b_.ident(names_.name("p" + std::to_string(i)), p));
  }
  return out;
}

Node* AsyncFunctionLowering::runner_call(Node* this_arg, Node* args, Node* generator,
                                         const Node* origin) {
  helpers_.add(Helper::AsyncRunner);
  return b_.call(b_.ident(names_.name("async"), origin), {this_arg, args, generator}, origin);
}

Node* AsyncFunctionLowering::async_generator_call(Node* this_arg, Node* args, Node* generator,
                                                  const Node* origin) {
  helpers_.add(Helper::AsyncGenerator);
  return b_.call(b_.ident(names_.name("asyncGenerator"), origin), {this_arg, args, generator},
                 origin);
}

// `__ds_asyncFunction(name, length, generator)`, or `__ds_asyncGeneratorFunction(…)` for an async
// generator.
Node* AsyncFunctionLowering::async_function_call(std::string_view name, const Node* fn,
                                                 Node* generator) {
  if (fn->has(flag::Generator)) {
    helpers_.add(Helper::AsyncGenerator);
  } else {
    helpers_.add(Helper::AsyncRunner);
    helpers_.add(Helper::AsyncFunction);
  }
  return b_.call(
      b_.ident(names_.name(fn->has(flag::Generator) ? "asyncGeneratorFunction" : "asyncFunction"),
               fn),
      {b_.string_lit(name, fn), b_.number(std::to_string(parameter_shape(fn).length), fn),
       generator},
      fn);
}

Node* AsyncFunctionLowering::lower(Node* fn, std::string_view inferred_name) {
  Captures caps;
  if (fn->kind != Kind::Arrow) {
    Node* gen = generator_for(fn, Form::Plain, caps);
    std::string_view name = ast::name(fn) ? ast::name(fn)->text : inferred_name;
    Node* call = async_function_call(name, fn, gen);
    if (!ast::name(fn) || !mentions(gen, ast::name(fn)->text)) return call;
    // A named function expression sees its own name: bind it around the wrapper.
    Node* iife_body = b_.block(std::vector<Node*>{b_.var("const", b_.ident(name, fn), call, fn),
                                                  b_.ret(b_.ident(name, fn), fn)},
                               fn);
    Node* arrow = b_.make(Kind::Arrow, fn);
    ast::body(arrow) = iife_body;
    return b_.call(arrow, std::vector<Node*>{}, fn);
  }
  // Arrow: `this` is lexical, so the wrapper arrow passes its own; arguments are forwarded.
  Node* gen = generator_for(fn, Form::Arrow, caps);
  std::vector<Node*> params = placeholder_params(fn);
  std::vector<Node*> elements(params.begin(), params.end());
  if (parameter_shape(fn).forwards_rest(fn)) {
    std::string rest_name = names_.name("rest");
    Node* rest = b_.make(Kind::Rest, fn);
    ast::target(rest) = b_.ident(rest_name, fn);
    params.push_back(rest);
    Node* spread = b_.make(Kind::Spread, fn);
    ast::argument(spread) = b_.ident(rest_name, fn);
    elements.push_back(spread);
  }
  Node* args = b_.make(Kind::Array, fn);
  args->list = b_.list(elements);
  Node* call = runner_call(b_.make(Kind::This, fn), args, gen, fn);
  Node* wrapper = b_.make(Kind::Arrow, fn);
  wrapper->list = b_.list(params);
  std::vector<Node*> decls = capture_declarations(caps, fn);
  if (decls.empty()) {
    ast::body(wrapper) = call;
  } else {
    decls.push_back(b_.ret(call, fn));
    ast::body(wrapper) = b_.block(decls, fn);
  }
  return wrapper;
}

Node* AsyncFunctionLowering::lower_method(Node* method) {
  Node* fn = ast::function(method);
  Captures caps;
  Node* gen = generator_for(fn, Form::Method, caps);
  Node* wrapper = b_.make(Kind::FunctionExpr, fn);
  wrapper->list = b_.list(placeholder_params(fn));
  std::vector<Node*> body;
  if (has_use_strict(ast::body(fn))) body.push_back(b_.expr_stmt(b_.make(Kind::String, fn)));
  if (!body.empty()) ast::expression(body.back())->text = "'use strict'";
  for (Node* d : capture_declarations(caps, fn)) body.push_back(d);
  Node* this_arg = b_.make(Kind::This, fn);
  Node* args = b_.ident("arguments", fn);
  body.push_back(b_.ret(fn->has(flag::Generator) ? async_generator_call(this_arg, args, gen, fn)
                                                 : runner_call(this_arg, args, gen, fn),
                        fn));
  ast::body(wrapper) = b_.block(body, fn);
  Node* out = b_.make(Kind::Method, method);
  *out = *method;
  ast::function(out) = wrapper;
  return out;
}

Node* AsyncFunctionLowering::lower_in_place(Node* fn) {
  if (fn->kind == Kind::Arrow) return lower(fn);
  Node* method = b_.make(Kind::Method, fn);
  ast::function(method) = fn;
  Node* lowered = ast::function(lower_method(method));
  lowered->kind = fn->kind;
  ast::name(lowered) = ast::name(fn);
  return lowered;
}

Node* AsyncFunctionLowering::hoisted_declaration(Node* decl, std::string_view kind) {
  Captures caps;
  Node* gen = generator_for(decl, Form::Plain, caps);
  return b_.var(kind, b_.ident(ast::name(decl)->text, ast::name(decl)),
                async_function_call(ast::name(decl)->text, decl, gen), decl);
}

}  // namespace desugar
