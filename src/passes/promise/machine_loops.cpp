// The state machine's loops and switch: each becomes states with a head, a body and an end,
// and a JumpTarget that `break` and `continue` inside it reach.
//
//   for (const x of xs) { await f(x); }
//     => iterator = xs[Symbol.iterator](); next = iterator.next;
//        case 'loop_L1': result = next.call(iterator); if (result.done) goto 'loop_end_L1';
//        case 'loop_body_L1': x = result.value; ... (a throw here closes the iterator)
#include "passes/promise/machine_lowering.h"

namespace desugar::promise::detail {

void MachineLowering::loop(Node* s, std::vector<std::string_view> labels) {
  std::vector<std::string_view> head_names, tdz_names;
  std::string scope = iteration_scope(s, head_names, tdz_names);
  if (failed_) return;
  JumpTarget t{LoopTarget{}, sink_.new_label("loop_end", s), sink_.region(), std::move(labels)};
  StackGuard loop_scope(scopes_, s);  // `for (let i …)` is scoped to the loop
  switch (s->kind) {
    case Kind::While: {
      int head = sink_.new_label("loop", s);
      t.as_loop().continue_label = head;
      sink_.mark(head);
      sink_.jump_unless(ex_.value(ast::test(s)), t.break_label);
      fresh_iteration_scope(scope, s, tdz_names);
      {
        StackGuard guard(targets_, t);
        statement(ast::body(s));
      }
      sink_.jump(head);
      break;
    }
    case Kind::DoWhile: {
      int body = sink_.new_label("loop", s);
      int test = sink_.new_label("loop_test", s);
      t.as_loop().continue_label = test;
      sink_.mark(body);
      fresh_iteration_scope(scope, s, tdz_names);
      {
        StackGuard guard(targets_, t);
        statement(ast::body(s));
      }
      sink_.mark(test);
      sink_.emit(if_then(b_, ex_.value(ast::test(s)), sink_.goto_stmt(body, s), s));
      break;
    }
    case Kind::For: {
      fresh_iteration_scope(scope, s, tdz_names);
      if (ast::init(s) && ast::init(s)->kind == Kind::VarDecl)
        declaration(ast::init(s));
      else if (ast::init(s))
        ex_.effect(ast::init(s));
      // CreatePerIterationEnvironment: each iteration gets a copy of the loop's bindings, made
      // before the increment so closures keep the value of their own iteration.
      if (!scope.empty()) sink_.emit(scope_copy(scope, head_names, s, tdz_names));
      int head = sink_.new_label("loop", s);
      bool has_update = ast::update(s) || !scope.empty();
      int update = has_update ? sink_.new_label("loop_update", s) : head;
      t.as_loop().continue_label = update;
      sink_.mark(head);
      if (ast::test(s)) sink_.jump_unless(ex_.value(ast::test(s)), t.break_label);
      {
        StackGuard guard(targets_, t);
        statement(ast::body(s));
      }
      if (has_update) {
        sink_.mark(update);
        if (!scope.empty()) sink_.emit(scope_copy(scope, head_names, s, tdz_names));
        if (ast::update(s)) ex_.effect(ast::update(s));
      }
      sink_.jump(head);
      break;
    }
    case Kind::ForIn: for_of(s, t, scope, tdz_names); break;
    default: fail("loop kind"); break;
  }
  sink_.mark(t.break_label);
}

void MachineLowering::fresh_iteration_scope(const std::string& scope, const Node* origin,
                                            const std::vector<std::string_view>& tdz_names) {
  if (!scope.empty()) sink_.emit(scope_copy(scope, {}, origin, tdz_names));
}

void MachineLowering::for_of(Node* s, JumpTarget& t, const std::string& scope,
                             const std::vector<std::string_view>& tdz_names) {
  if (s->has(flag::ForAwait)) {
    fail("a `for await` loop not lowered by ForAwaitLowering first");
    return;
  }
  Node* right = ex_.value(ast::right(s));
  if (s->has(flag::ForOf)) {
    // GetIterator, then IteratorStep each time round; a jump out closes the iterator.
    Node* it = sink_.hoisted_temp("iterator", s);
    Node* next = sink_.hoisted_temp("next", s);
    Node* symbol_iterator = b_.member(b_.ident("Symbol", s), "iterator", s);
    Node* get = b_.make(Kind::Member, s);
    get->flags = flag::Computed;
    ast::object(get) = right;
    ast::property(get) = symbol_iterator;
    sink_.emit(b_.expr_stmt(b_.assign(it, b_.call(get, std::vector<Node*>{}, s), s)));
    sink_.emit(b_.expr_stmt(b_.assign(next, b_.member(b_.ident(it->text, s), "next", s), s)));
    t.as_loop().iterator = std::string(it->text);
    int head = sink_.new_label("loop", s);
    t.as_loop().continue_label = head;
    sink_.mark(head);
    Node* result = sink_.hoisted_temp("result", s);
    sink_.emit(b_.expr_stmt(b_.assign(
        result, b_.call(b_.member(b_.ident(next->text, s), "call", s), {b_.ident(it->text, s)}, s),
        s)));
    sink_.emit(if_then(b_, b_.member(b_.ident(result->text, s), "done", s),
                       sink_.goto_stmt(t.break_label, s), s));
    // A throw from the binding or the body closes the iterator (IteratorClose), then goes on.
    int parent = sink_.region();
    int close = sink_.new_label("close_iterator", s);
    Region body_region;
    body_region.catch_label = close;
    sink_.set_region(sink_.push_region(body_region));
    sink_.mark(sink_.new_label("loop_body", s));
    fresh_iteration_scope(scope, s, tdz_names);
    assign_left(ast::left(s), b_.member(b_.ident(result->text, s), "value", s));
    {
      StackGuard guard(targets_, t);
      statement(ast::body(s));
    }
    sink_.jump(head);
    sink_.set_region(parent);
    sink_.mark(close);
    // try { if (it.return !== undefined) it.return(); } catch {}  throw input;
    Node* ret = b_.member(b_.ident(it->text, s), "return", s);
    Node* call_return = if_then(b_, b_.binary(Op::StrictNe, ret, b_.ident("undefined", s), s),
                                b_.expr_stmt(b_.call(b_.member(b_.ident(it->text, s), "return", s),
                                                     std::vector<Node*>{}, s)),
                                s);
    Node* guard = b_.make(Kind::Try, s);
    ast::block(guard) = b_.block(std::vector<Node*>{call_return}, s);
    Node* ignore = b_.make(Kind::Catch, s);
    ast::body(ignore) = b_.block(std::vector<Node*>{}, s);
    ast::handler(guard) = ignore;
    sink_.emit(guard);
    Node* rethrow = b_.make(Kind::Throw, s);
    ast::argument(rethrow) = b_.ident(sink_.input_name(), s);
    sink_.emit(rethrow);
    return;
  }
  // for-in: the keys are collected first, then visited while still present.
  Node* object = sink_.temp(right, s);
  Node* keys = sink_.hoisted_temp("keys", s);
  Node* index = sink_.hoisted_temp("index", s);
  Node* empty = b_.make(Kind::Array, s);
  sink_.emit(b_.expr_stmt(b_.assign(keys, empty, s)));
  Node* key = b_.ident("key", s);
  Node* collect = b_.make(Kind::ForIn, s);
  ast::left(collect) = b_.var("const", key, nullptr, s);
  ast::right(collect) = b_.ident(object->text, s);
  ast::body(collect) =
      b_.expr_stmt(b_.call(b_.member(b_.ident(keys->text, s), "push", s), {b_.ident("key", s)}, s));
  sink_.emit(collect);
  sink_.emit(b_.expr_stmt(b_.assign(index, b_.number("0", s), s)));
  int head = sink_.new_label("loop", s);
  t.as_loop().continue_label = head;
  sink_.mark(head);
  Node* more = b_.binary(Op::Lt, b_.ident(index->text, s),
                         b_.member(b_.ident(keys->text, s), "length", s), s);
  sink_.jump_unless(more, t.break_label);
  Node* at = b_.make(Kind::Member, s);
  at->flags = flag::Computed;
  ast::object(at) = b_.ident(keys->text, s);
  Node* inc = b_.make(Kind::Update, s);
  set_op(inc, Op::Inc);
  ast::argument(inc) = b_.ident(index->text, s);
  ast::property(at) = inc;
  Node* current = sink_.temp(at, s);
  Node* present = b_.binary(Op::In, current, b_.ident(object->text, s), s);
  sink_.jump_unless(present, head);
  fresh_iteration_scope(scope, s, tdz_names);
  assign_left(ast::left(s), b_.ident(current->text, s));
  {
    StackGuard guard(targets_, t);
    statement(ast::body(s));
  }
  sink_.jump(head);
}

void MachineLowering::switch_statement(Node* s, std::vector<std::string_view> labels) {
  JumpTarget t{SwitchTarget{}, sink_.new_label("switch_end", s), sink_.region(), std::move(labels)};
  Node* disc = sink_.temp(ex_.value(ast::discriminant(s)), s);
  StackGuard switch_scope(scopes_, s);  // case clauses share the switch's block
  std::vector<int> case_labels;
  std::optional<int> default_label;
  for (Node* c : s->list) {
    int label = sink_.new_label(ast::test(c) ? "case" : "default", c);
    case_labels.push_back(label);
    if (!ast::test(c)) default_label = label;
  }
  // Case tests are evaluated in order until one matches (===).
  for (std::size_t i = 0; i < s->list.size(); ++i) {
    Node* c = s->list[i];
    if (!ast::test(c)) continue;
    Node* test = b_.binary(Op::StrictEq, b_.ident(disc->text, c), ex_.value(ast::test(c)), c);
    sink_.emit(if_then(b_, test, sink_.goto_stmt(case_labels[i], c), c));
  }
  sink_.jump(default_label ? *default_label : t.break_label);
  {
    StackGuard guard(targets_, t);
    for (std::size_t i = 0; i < s->list.size(); ++i) {
      sink_.mark(case_labels[i]);
      for (Node* stmt : s->list[i]->list) statement(stmt);
    }
  }
  sink_.mark(t.break_label);
}

}  // namespace desugar::promise::detail
