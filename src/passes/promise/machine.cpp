// The state machine form: statements that contain an await (or a `return` inside a
// try/finally) are split into states; the rest stays ordinary JS inside one state. Jumps
// between states are `state = '…'; continue machine;`, so loops never grow the stack.
//
//   while (i < 3) { await tick(); i++; }
//     => case 'loop_L1': if (!(i < 3)) { state = 'loop_end_L1'; continue machine; }
//                        state = 'after_await_L1'; return __ds_awaitValue(tick(), step, throwInto);
//        case 'after_await_L1': value = input; i++; state = 'loop_L1'; continue machine;
//        case 'loop_end_L1': …
//
// try/finally keeps a completion record ({type: normal|return|throw|jump, value, target}) and
// re-dispatches it when the finally block ends.

#include "passes/promise/machine_lowering.h"

namespace desugar::promise {
namespace detail {

void MachineLowering::statement(Node* s) {
  if (failed_) return;
  switch (s->kind) {
    case Kind::Return: {
      Node* v = ast::argument(s) ? ex_.value(ast::argument(s)) : nullptr;
      sink_.emit(route_return(v, s));
      sink_.set_terminated();
      return;
    }
    case Kind::Break:
    case Kind::Continue:
      sink_.emit(jump_to(s));
      sink_.set_terminated();
      return;
    case Kind::Throw: {
      Node* t = b_.make(Kind::Throw, s);
      ast::argument(t) = ex_.value(ast::argument(s));
      sink_.emit(t);
      return;
    }
    case Kind::VarDecl: declaration(s); return;
    case Kind::FunctionDecl: functions_.push_back(s); return;  // hoisted, as declarations are
    case Kind::ClassDecl: {
      sink_.hoist(ast::name(s)->text);
      Node* cls = b_.make(Kind::ClassExpr, s);
      *cls = *s;
      cls->kind = Kind::ClassExpr;
      // Awaits can only be in the heritage and computed keys, which the exploder splits.
      if (fn_.awaits.contains(s)) fn_.awaits.update(cls);
      Node* value = fn_.awaits.contains(s) ? ex_.value(cls) : cls;
      sink_.emit(b_.expr_stmt(b_.assign(b_.ident(ast::name(s)->text, s), value, s)));
      return;
    }
    case Kind::Labeled: {
      if (!split(s)) break;
      std::vector<std::string_view> labels;
      Node* body = s;
      while (body->kind == Kind::Labeled) {
        labels.push_back(body->text);
        body = ast::body(body);
      }
      if (body->kind == Kind::For || body->kind == Kind::ForIn || body->kind == Kind::While ||
          body->kind == Kind::DoWhile) {
        loop(body, labels);
      } else if (body->kind == Kind::Switch) {
        switch_statement(body, labels);
      } else {
        int end = sink_.new_label("label_end", s);
        {
          StackGuard guard(targets_, JumpTarget{LabelTarget{}, end, sink_.region(), labels});
          statement(body);
        }
        sink_.mark(end);
      }
      return;
    }
    default: break;
  }
  if (!split(s)) {
    std::vector<std::string_view> labels;
    sink_.emit(native(s, 0, 0, labels));
    return;
  }
  switch (s->kind) {
    case Kind::Block: {
      StackGuard scope(scopes_, s);
      rename_shadowing(s);
      prepare_tdz(s);
      for (Node* child : s->list) statement(child);
      return;
    }
    case Kind::ExprStmt: ex_.effect(ast::expression(s)); return;
    case Kind::If: {
      int otherwise = ast::alternate(s) ? sink_.new_label("else", ast::alternate(s)) : -1;
      int end = sink_.new_label("end_if", s);
      sink_.jump_unless(ex_.value(ast::test(s)), ast::alternate(s) ? otherwise : end);
      statement(ast::consequent(s));
      if (ast::alternate(s)) {
        sink_.jump(end);
        sink_.mark(otherwise);
        statement(ast::alternate(s));
      }
      sink_.mark(end);
      return;
    }
    case Kind::For:
    case Kind::ForIn:
    case Kind::While:
    case Kind::DoWhile: loop(s, {}); return;
    case Kind::Switch: switch_statement(s, {}); return;
    case Kind::Try: try_statement(s); return;
    case Kind::With: with_statement(s); return;
    default: fail("a statement kind the state machine does not lower"); return;
  }
}

void MachineLowering::assign_left(Node* left, Node* value) {
  if (left->kind == Kind::VarDecl) {
    Node* target = ast::target(left->list[0]);
    std::vector<std::string_view> names;
    bound_names(target, names);
    for (std::string_view name : names)
      if (!sink_.hoist(name)) fail("a parameter scope clash");
    sink_.emit(b_.expr_stmt(b_.assign(target, value, left)));
    return;
  }
  if (left->kind == Kind::Call) {
    // `for (f() of xs)` (V8, web compatibility): each iteration calls f, then throws the
    // ReferenceError "Invalid left-hand side in for-loop"; `for (f() in [0]);` does the same.
    Node* loop = b_.make(Kind::ForIn, left);
    ast::left(loop) = ex_.value(left);
    Node* keys = b_.make(Kind::Array, left);
    keys->list = b_.list({b_.number("0", left)});
    ast::right(loop) = keys;
    ast::body(loop) = b_.make(Kind::Empty, left);
    sink_.emit(loop);
    return;
  }
  sink_.emit(b_.expr_stmt(b_.assign(left, value, left)));
}
void MachineLowering::try_statement(Node* s) {
  int parent = sink_.region();
  Node* handler = ast::handler(s);
  Node* finalizer = ast::finalizer(s);
  std::optional<int> catch_label, finally_label;
  if (handler) catch_label = sink_.new_label("catch", handler);
  if (finalizer) finally_label = sink_.new_label("finally", finalizer);
  int after = sink_.new_label("end_try", s);
  std::string completion;
  if (finalizer) {
    completion = std::string(sink_.hoisted_temp("completion", s)->text);
    finallies_[*finally_label] = Finally{*finally_label, completion, {}, false};
  }
  auto normal_completion = [&](const Node* origin) {
    if (!finalizer) return;
    sink_.emit(b_.expr_stmt(b_.assign(b_.ident(completion, origin),
                                      completion_record("normal", nullptr, "", origin), origin)));
  };

  Region try_region;
  try_region.catch_label = catch_label;
  try_region.finally_label = finally_label;
  try_region.completion = completion;
  sink_.set_region(sink_.push_region(try_region));
  sink_.mark(sink_.new_label("try", s));
  statement(ast::block(s));
  normal_completion(ast::block(s));
  sink_.jump(finalizer ? *finally_label : after);
  sink_.set_region(parent);

  if (handler) {
    if (finalizer) {
      Region catch_region;
      catch_region.finally_label = finally_label;
      catch_region.completion = completion;
      sink_.set_region(sink_.push_region(catch_region));
    }
    sink_.mark(*catch_label);
    if (ast::param(handler)) {
      std::vector<std::string_view> names;
      bound_names(ast::param(handler), names);
      for (std::string_view name : names)
        if (!sink_.hoist(name)) fail("a parameter scope clash");
      sink_.emit(b_.expr_stmt(
          b_.assign(ast::param(handler), b_.ident(sink_.input_name(), handler), handler)));
    }
    statement(ast::body(handler));
    normal_completion(ast::body(handler));
    sink_.jump(finalizer ? *finally_label : after);
    sink_.set_region(parent);
  }

  if (finalizer) {
    sink_.mark(*finally_label);
    statement(finalizer);
    if (!sink_.terminated()) {
      // The finally block completed normally: carry on with what was pending.
      const Finally& f = finallies_[*finally_label];
      auto field = [&](std::string_view name) {
        return b_.member(b_.ident(completion, finalizer), name, finalizer);
      };
      auto type_is = [&](std::string_view type) {
        return b_.binary(Op::StrictEq, field("type"), b_.string_lit(type, finalizer), finalizer);
      };
      Node* rethrow = b_.make(Kind::Throw, finalizer);
      ast::argument(rethrow) = field("value");
      sink_.emit(if_then(b_, type_is("throw"), rethrow, finalizer));
      if (f.may_return)
        sink_.emit(
            if_then(b_, type_is("return"), route_return(field("value"), finalizer), finalizer));
      std::map<int, int> targets = f.jump_targets;
      for (auto [label, region] : targets) {
        Node* test =
            b_.binary(Op::LogicalAnd, type_is("jump"),
                      b_.binary(Op::StrictEq, field("target"),
                                b_.string_lit(sink_.state_name(label), finalizer), finalizer),
                      finalizer);
        sink_.emit(if_then(b_, test, route_jump(label, region, finalizer), finalizer));
      }
    }
  }
  sink_.mark(after);
}

}  // namespace detail

bool machine_form(Node* body, FunctionContext& fn, std::vector<Node*>& out) {
  detail::MachineLowering lowering(body, fn);
  return lowering.run(out);
}

}  // namespace desugar::promise
