// Async generators in the promise stage: the body becomes the state machine, and the
// async-generator runner (runtime/async_iteration_text.cpp) drives its `step` the way it drives
// a generator. No generator is left.
//
//   async function* g(a) { try { const x = yield a; return x; } finally { log(); } }
//     => __ds_asyncGeneratorFunction('g', 1, function (a) {
//          let state = 'start', x, value, completion;
//          const step = (input, mode) => {
//            machine: for (;;) {
//              try {
//                if (mode === 'throw') { mode = undefined; throw input; }   // a throw request
//                switch (state) {
//                  case 'start': state = 'after_yield_L1'; return { value: a, done: false };
//                  case 'after_yield_L1':
//                    if (mode === 'return') {                                 // a return request
//                      mode = undefined; completion = { type: 'return', value: input };
//                      state = 'finally_L1'; continue machine;
//                    }
//                    x = input;
//                    state = 'after_await_L1'; return { value: new __ds_Await(x), done: false };
//                  …
//          };
//          return step;
//        })
//
// The runner awaits what an await hands it and resumes `step(value, 'normal' | 'throw')`; for a
// yield it awaits the value, settles the oldest request (AsyncGeneratorYield) and resumes `step`
// with the next request's completion; `yield*` hands it `new __ds_YieldStar(v)` and it runs the
// delegation loop itself. `return v` awaits v first, as in an async generator it does.
#include <vector>

#include "passes/async_shape.h"
#include "passes/promise/machine.h"
#include "passes/promise/promise_function.h"
#include "passes/visit.h"

namespace desugar::promise {

namespace {

// Rewrites the body's suspension points into the machine's one suspension, an Await:
// `yield v` → Await flagged Generator, `yield* v` → Await flagged Generator and Delegate, and
// `return v` → `return await v` (#sec-return-statement-runtime-semantics-evaluation step 3).
void mark_generator_suspensions(Node*& n, AstBuilder& b) {
  if (is_function(n)) return;  // their yields and returns are their own
  for_each_child(n, [&](Node*& child) { mark_generator_suspensions(child, b); });
  if (n->kind == Kind::Yield) {
    Node* await = b.make(Kind::Await, n);
    await->flags = flag::Generator | (n->flags & flag::Delegate);
    ast::argument(await) = ast::argument(n) ? ast::argument(n) : b.ident("undefined", n);
    n = await;
  } else if (n->kind == Kind::Return && ast::argument(n)) {
    Node* await = b.make(Kind::Await, ast::argument(n));
    ast::argument(await) = ast::argument(n);
    ast::argument(n) = await;
  }
}

}  // namespace

Node* PromiseFunctionLowering::lower_generator(Node* fn) {
  const ParameterShape shape = parameter_shape(fn);
  Node* body = ast::body(fn);
  mark_generator_suspensions(body, b_);
  AwaitIndex awaits(body);
  Diagnostics local;
  FunctionContext ctx(b_, local, names_, stability_, awaits, options_, lines_);
  ctx.generator = true;
  ctx.reserved_names = awaits_inside_with(body, awaits);
  ctx.simple_params = shape.simple;
  ctx.param_names = shape.names;
  if (!shape.simple) separate_body_vars(fn, body);

  std::vector<Node*> directives, rest;
  for (Node* s : body->list) (rest.empty() && is_directive(s) ? directives : rest).push_back(s);
  Node* inner = b_.block(rest, body);
  std::vector<Node*> split;
  bool lowered = machine_form(inner, ctx, split);
  if (report_fallback(fn, ctx, local, lowered, "this async generator")) return nullptr;
  helpers_.add(ctx.helpers);
  helpers_.add(Helper::AsyncGenerator);

  std::vector<Node*> items(directives.begin(), directives.end());
  items.insert(items.end(), split.begin(), split.end());
  Node* out = b_.make(Kind::FunctionExpr, fn);
  out->list = fn->list;
  ast::body(out) = b_.block(items, body);
  return out;
}

}  // namespace desugar::promise
