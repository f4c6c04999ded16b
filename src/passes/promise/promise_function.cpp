// async function f(a, b = g()) { body }
//   => function f(a, p1) {
//        return new Promise((resolve, reject) => {
//          let [a, b = g()] = arguments;   // only for non-simple parameters: errors reject
//          …body split at awaits (linear form or state machine)…
//        });
//      }
#include "passes/promise/promise_function.h"

#include <algorithm>
#include <vector>

#include "passes/async_shape.h"
#include "passes/promise/linear.h"
#include "passes/promise/machine.h"
#include "passes/visit.h"

namespace desugar::promise {

namespace {

// `name` used in `n` other than inside a nested function that binds it as a parameter (such as
// the executor of an already lowered inner async function).
bool free_mention(Node* n, std::string_view name, bool top = true) {
  if (is_function(n) && !top) {
    for (Node* p : n->list) {
      if (p->kind == Kind::Identifier && p->text == name) return false;
    }
  }
  if (n->kind == Kind::Identifier && n->text == name) return true;
  bool found = false;
  for_each_child(n, [&](Node*& child) {
    if (!found && !is_property_name_slot(n, child)) found = free_mention(child, name, false);
  });
  return found;
}

// The body uses what an arrow shares with its function and a function declaration would not.
bool uses_lexical_bindings(Node* n) {
  if (is_non_arrow_function(n) || is_class(n)) return false;
  if (n->kind == Kind::This || n->kind == Kind::Super || n->kind == Kind::MetaProperty) return true;
  if (n->kind == Kind::Identifier && n->text == "arguments") return true;
  bool found = false;
  for_each_child(n, [&](Node*& child) { found = found || uses_lexical_bindings(child); });
  return found;
}

// A non-arrow function whose body or parameters use its own `this`, `arguments`, `new.target`.
bool uses_own_bindings(Node* fn) {
  bool found = uses_lexical_bindings(ast::body(fn));
  for (Node* p : fn->list) found = found || uses_lexical_bindings(p);
  return found;
}

// A name usable as `{ name() {} }.name` (an IdentifierName; reserved words are fine there).
bool identifier_name(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  });
}

void var_names(Node* n, std::vector<std::string_view>& out) {
  if (is_function(n) || is_class(n)) return;
  if (n->kind == Kind::VarDecl && n->text == "var") {
    for (Node* d : n->list) bound_names(ast::target(d), out);
  }
  for_each_child(n, [&](Node*& child) { var_names(child, out); });
}

}  // namespace

// An await inside a `with` statement of the body (not in a nested function).
bool awaits_inside_with(Node* n, const AwaitIndex& awaits) {
  if (is_function(n) || !awaits.contains(n)) return false;
  if (n->kind == Kind::With) return true;
  bool found = false;
  for_each_child(n, [&](Node*& child) { found = found || awaits_inside_with(child, awaits); });
  return found;
}

void PromiseFunctionLowering::separate_body_vars(Node* fn, Node* body) {
  std::vector<std::string_view> params, vars;
  for (Node* p : fn->list) bound_names(p, params);
  var_names(body, vars);
  std::vector<Node*> inits;
  for (std::string_view name : params) {
    if (std::find(vars.begin(), vars.end(), name) == vars.end()) continue;
    std::string renamed = names_.readable(std::string(name) + "_body");
    for (Node*& stmt : body->list) rename_references(stmt, body, name, renamed, b_);
    inits.push_back(b_.var("var", b_.ident(renamed, body), b_.ident(name, body), body));
  }
  if (inits.empty()) return;
  inits.insert(inits.end(), body->list.begin(), body->list.end());
  body->list = b_.list(inits);
}

// When the body could not be split: the generator form is still tick-exact; say why it was
// needed (D0109) and return true.
bool PromiseFunctionLowering::report_fallback(const Node* fn, const FunctionContext& ctx,
                                              const Diagnostics& local, bool lowered,
                                              std::string_view what) {
  if (lowered && !local.has_errors()) return false;
  std::uint32_t at = fn->begin;
  std::string why = ctx.fallback_reason;
  for (const Diagnostic& d : local.items()) {
    if (d.severity == Severity::Error) {
      at = d.offset;
      why = d.message;
      break;
    }
  }
  diags_.report(DiagId::D0109, at, what, why.empty() ? "a form not lowered yet" : why);
  return true;
}

Node* PromiseFunctionLowering::promise_constructor(const Node* origin) {
  // The global Promise reads best; the captured intrinsic is used if the program reassigns it.
  bool global_ok = stability_.untouched_global("Promise");
  if (!global_ok) helpers_.add(Helper::Intrinsics);
  return b_.ident(global_ok ? "Promise" : names_.name("Promise"), origin);
}

Node* PromiseFunctionLowering::lower(Node* fn) {
  if (async_form(fn, Stage::Promise) != AsyncForm::Promise) return nullptr;
  const ParameterShape shape = parameter_shape(fn);
  Node* body = ast::body(fn);
  if (body->kind != Kind::Block) body = b_.block(std::vector<Node*>{b_.ret(body, body)}, body);
  body = for_await_.lower_all(body);
  AwaitIndex awaits(body);
  // Anything the promise stage cannot split is reported here, and the function then falls back
  // to the generator form instead of failing the whole file.
  Diagnostics local;
  FunctionContext ctx(b_, local, names_, stability_, awaits, options_, lines_);
  ctx.simple_params = shape.simple;
  ctx.param_names = shape.names;
  ctx.reserved_names = awaits_inside_with(body, awaits);
  Node* scope = fn;
  auto own_name = [&](std::string_view base) {
    return ctx.reserved_names || free_mention(scope, base) ? names_.name(std::string(base))
                                                           : std::string(base);
  };
  ctx.resolve_name = own_name("resolve");
  ctx.reject_name = own_name("reject");
  ctx.promise_name = own_name("promise");
  ctx.arrow_pieces = uses_lexical_bindings(body);

  // With parameter expressions the body's `var x` is a binding of its own, starting with the
  // parameter's value (FunctionDeclarationInstantiation step 28): give it its own name.
  if (!shape.simple) separate_body_vars(fn, body);

  // Directives stay on the wrapper.
  std::vector<Node*> directives, rest;
  for (Node* s : body->list) (rest.empty() && is_directive(s) ? directives : rest).push_back(s);
  Node* inner = b_.block(rest, body);

  std::vector<Node*> stmts;
  std::vector<Node*> params(fn->list.begin(), fn->list.end());
  if (!shape.simple) {
    // Parameters are bound inside the executor, where a throw rejects instead of throwing.
    std::vector<Node*> placeholders;
    for (int i = 0; i < shape.length; ++i) {
      Node* p = fn->list[static_cast<std::size_t>(i)];
      // An arrow's placeholders feed the array the parameters are bound from, so they must not
      // share a name with them.
      bool keep_name = p->kind == Kind::Identifier && fn->kind != Kind::Arrow;
      placeholders.push_back(keep_name ? b_.ident(p->text, p)
                                       : b_.ident(names_.name("p" + std::to_string(i)), p));
    }
    Node* pattern = b_.make(Kind::ArrayPattern, fn);
    pattern->list = fn->list;
    Node* source_args;
    if (fn->kind == Kind::Arrow) {
      std::vector<Node*> elements(placeholders.begin(), placeholders.end());
      std::string rest_name = names_.name("rest");
      Node* r = b_.make(Kind::Rest, fn);
      ast::target(r) = b_.ident(rest_name, fn);
      placeholders.push_back(r);
      Node* s = b_.make(Kind::Spread, fn);
      ast::argument(s) = b_.ident(rest_name, fn);
      elements.push_back(s);
      source_args = b_.make(Kind::Array, fn);
      source_args->list = b_.list(elements);
    } else {
      source_args = b_.ident("arguments", fn);
    }
    stmts.push_back(b_.var("let", pattern, source_args, fn));
    params = placeholders;
  }

  std::vector<Node*> split;
  bool lowered = true;
  if (linear_form_fits(inner, awaits)) {
    split = linear_form(inner, ctx);
  } else {
    lowered = machine_form(inner, ctx, split);
  }
  if (report_fallback(fn, ctx, local, lowered, "this async function")) return nullptr;
  stmts.insert(stmts.end(), split.begin(), split.end());
  helpers_.add(ctx.helpers);

  Node* executor = b_.make(Kind::Arrow, fn);
  executor->list = b_.list({b_.ident(ctx.resolve_name, fn), b_.ident(ctx.reject_name, fn)});
  ast::body(executor) = b_.block(stmts, body);
  Node* construct = b_.make(Kind::New, fn);
  ast::callee(construct) = promise_constructor(fn);
  construct->list = b_.list({executor});

  std::vector<Node*> wrapper_body(directives.begin(), directives.end());
  if (ctx.used_promise) {
    // The function's own promise, for the self-resolution check of `return`.
    wrapper_body.push_back(b_.var("let", b_.ident(ctx.promise_name, fn), nullptr, fn));
    wrapper_body.push_back(b_.ret(b_.assign(b_.ident(ctx.promise_name, fn), construct, fn), fn));
  } else {
    wrapper_body.push_back(b_.ret(construct, fn));
  }
  Node* out = b_.make(fn->kind, fn);
  if (fn->kind != Kind::Arrow) ast::name(out) = ast::name(fn);
  out->list = b_.list(params);
  out->flags = fn->flags & static_cast<std::uint16_t>(~flag::Async);
  if (fn->kind == Kind::Arrow && wrapper_body.size() == 1 &&
      wrapper_body[0]->kind == Kind::Return) {
    ast::body(out) = construct;
  } else {
    ast::body(out) = b_.block(wrapper_body, ast::body(fn));
  }
  return out;
}

// A declaration's value must be a function that, like a native async function, cannot be
// constructed and has no `prototype` (nor sloppy `caller`/`arguments`), with the same name and
// length:
//   async function f(a) { … }      => (a) => new Promise(…)            (named f by the binding)
//   async function f() { this… }   => { f() { return new Promise(…); } }.f
// The method form is used when the function has its own `this`, `arguments` or `new.target`.
Node* PromiseFunctionLowering::lower_declaration(Node* decl) {
  bool own_bindings = uses_own_bindings(decl);
  Node* fn = b_.make(own_bindings ? Kind::FunctionExpr : Kind::Arrow, decl);
  fn->list = decl->list;
  ast::body(fn) = ast::body(decl);
  fn->flags = decl->flags;
  Node* lowered = lower(fn);
  if (!lowered || !own_bindings) return lowered;
  return method_pick(lowered, ast::name(decl)->text, decl);
}

// `{ name(…) { … } }.name`: a non-constructible function with its own `this` and `arguments`.
// Any other name is a string key: `{ 'a-b'(…) { … } }['a-b']`.
Node* PromiseFunctionLowering::method_pick(Node* fn, std::string_view name, const Node* origin) {
  Node* method = b_.make(Kind::Method, origin);
  ast::function(method) = fn;
  Node* holder = b_.make(Kind::Object, origin);
  holder->list = b_.list({method});
  if (identifier_name(name)) {
    ast::key(method) = b_.ident(name, origin);
    return b_.member(holder, name, origin);
  }
  auto quoted = [&] {
    Node* key = b_.make(Kind::String, origin);
    key->text = b_.str("'" + std::string(name) + "'");
    return key;
  };
  ast::key(method) = quoted();
  Node* pick = b_.make(Kind::Member, origin);
  pick->flags = flag::Computed;
  ast::object(pick) = holder;
  ast::property(pick) = quoted();
  return pick;
}

// An anonymous expression that does not use its own `this`, `arguments` or `new.target` becomes
// an arrow, which is not constructible either; it gets the same name from where it is defined.
//   setTimeout(async function () { await x; })  =>  setTimeout(() => new Promise(…))
// Otherwise it becomes a method of its name (the empty one when it has none):
//   const o = async function f() { this… }  =>  const o = { f() { return new Promise(…); } }.f
// with its own name bound around it when the body refers to it. A private name, a name that
// cannot be quoted simply, or a body assigning to its own name keeps a plain function.
Node* PromiseFunctionLowering::lower_expression(Node* fn, std::string_view inferred) {
  if (fn->kind != Kind::FunctionExpr) return lower(fn);
  bool own = uses_own_bindings(fn);
  if (!ast::name(fn) && !own) {
    Node* arrow = b_.make(Kind::Arrow, fn);
    arrow->list = fn->list;
    ast::body(arrow) = ast::body(fn);
    arrow->flags = fn->flags;
    return lower(arrow);
  }
  std::string_view name = ast::name(fn) ? ast::name(fn)->text : inferred;
  bool self_named = ast::name(fn) && (mentions_binding(ast::body(fn), name) ||
                                      std::any_of(fn->list.begin(), fn->list.end(), [&](Node* p) {
                                        return mentions_binding(p, name);
                                      }));
  bool quotable =
      (name.empty() || name[0] != '#') && name.find_first_of("'\\\n\r") == std::string_view::npos;
  // A sloppy-mode assignment to the function's own name is ignored natively, a `const` would
  // throw: such a function stays a plain function.
  if (!quotable || (self_named && assigned_in(ast::body(fn), name))) return lower(fn);
  Node* anonymous = b_.make(Kind::FunctionExpr, fn);
  *anonymous = *fn;
  ast::name(anonymous) = nullptr;
  Node* lowered = lower(anonymous);
  if (!lowered) return nullptr;
  // An unnamed function keeps the empty name: `{ ''() { … } }['']`.
  Node* pick = method_pick(lowered, name, fn);
  if (!self_named) return pick;
  // The body refers to the function by its own name: bind it around the method.
  //   async function fact(n) { … fact(n - 1) … }
  //     => (() => { const fact = { fact(n) { … } }.fact; return fact; })()
  Node* iife = b_.make(Kind::Arrow, fn);
  ast::body(iife) = b_.block(std::vector<Node*>{b_.var("const", b_.ident(name, fn), pick, fn),
                                                b_.ret(b_.ident(name, fn), fn)},
                             fn);
  return b_.call(iife, std::vector<Node*>{}, fn);
}

Node* PromiseFunctionLowering::lower_method(Node* method) {
  Node* fn = lower(ast::function(method));
  if (!fn) return nullptr;
  Node* out = b_.make(Kind::Method, method);
  *out = *method;
  ast::function(out) = fn;
  return out;
}

}  // namespace desugar::promise
