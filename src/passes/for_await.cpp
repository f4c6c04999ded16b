// Pass: `for await` → a loop that awaits each step (ForIn/OfBodyEvaluation, iterationKind async).
//
//   L: for await (const x of xs) body
//     => { const __ds_iterator1 = __ds_getAsyncIterator(xs, 'xs');
//          let __ds_open1 = false;
//          try {
//            L: for (;;) {
//              __ds_open1 = false;
//              const __ds_result1 = await __ds_iteratorNext(__ds_iterator1);
//              if (__ds_iteratorComplete(__ds_result1)) break;
//              const __ds_value1 = __ds_result1.value;
//              __ds_open1 = true;
//              const x = __ds_value1;
//              body
//            }
//          } catch (e) { /* AsyncIteratorClose with a throw completion, then rethrow */ }
//          finally { /* AsyncIteratorClose: break, return or an outer continue while open */ } }
//
// `__ds_open` is true exactly while the head's binding and the body run, which is when leaving
// the loop calls the iterator's `return` and awaits it. An exhausted iterator, or a throw from
// `next`, `done` or `value`, does not. The awaits are plain `await`s: the enclosing function is
// lowered afterwards like any other.
#include "passes/for_await.h"

#include <stdexcept>

#include "passes/runtime.h"
#include "passes/visit.h"

namespace desugar {

namespace {

bool is_placeholder_stmt(const Node* s, std::string_view name) {
  return s->kind == Kind::ExprStmt && ast::expression(s)->kind == Kind::Identifier &&
         ast::expression(s)->text == name;
}

}  // namespace

// The loop of runtime/templates_text.cpp's `for await` template (inside `async function
// template() { ... }`), with this file's prefix and `origin`'s range.
Node* ForAwaitLowering::instantiate(const Node* origin) {
  Node* program = instantiate_template(library_, Template::ForAwait, names_.prefix(), origin, b_);
  return ast::body(program->list[0])->list[0];
}

// The operand as V8's TypeError names it ("xs is not async iterable", "f(...) is not a function
// or its return value is not async iterable").
std::string ForAwaitLowering::operand_text(const Node* n) const {
  switch (n->kind) {
    case Kind::Identifier:
    case Kind::Number: return std::string(n->text);
    case Kind::This: return "this";
    case Kind::Member:
      if (n->has(flag::Optional)) break;
      if (n->has(flag::Computed))
        return operand_text(ast::object(n)) + "[" + operand_text(ast::property(n)) + "]";
      return operand_text(ast::object(n)) + "." + std::string(ast::property(n)->text);
    case Kind::Call:
      if (n->has(flag::Optional)) break;
      return operand_text(ast::callee(n)) + "(...)";
    case Kind::Object:
      if (n->list.empty()) return "{}";
      break;
    default: break;
  }
  return "(intermediate value)";
}

Node* ForAwaitLowering::lower(Node* loop, const std::vector<std::string_view>& labels) {
  used_ = true;
  Node* left = ast::left(loop);
  if (left->kind == Kind::VarDecl && left->text != "var" && left->text != "let" &&
      left->text != "const") {
    diags_.report(DiagId::D0101, loop->begin, "a `for await` with a `using` declaration",
                  "explicit resource management is not supported");
    return loop;
  }
  Node* block = instantiate(loop);
  std::string iterator = names_.fresh("iterator"), open = names_.fresh("open"),
              result = names_.fresh("result"), value = names_.fresh("value"),
              error = names_.fresh("error"), ret = names_.fresh("return");

  Node* head;
  if (left->kind == Kind::VarDecl) {
    head = b_.var(left->text, ast::target(left->list[0]), b_.ident(value, loop), left);
  } else {
    head = b_.expr_stmt(b_.assign(left, b_.ident(value, loop), left));
  }
  Node* body = ast::body(loop);

  // Substitute the placeholders.
  auto substitute = [&](auto&& self, Node*& slot) -> void {
    Node* n = slot;
    if (n->kind == Kind::Identifier && !n->text.empty() && n->text[0] == '$') {
      std::string_view t = n->text;
      if (t == "$right")
        slot = ast::right(loop);
      else if (t == "$text")
        slot = b_.string_lit(operand_text(ast::right(loop)), loop);
      else
        n->text = b_.str(t == "$iterator" ? iterator
                         : t == "$open"   ? open
                         : t == "$result" ? result
                         : t == "$value"  ? value
                         : t == "$error"  ? error
                                          : ret);
      return;
    }
    if (n->kind == Kind::Block) {
      std::vector<Node*> items;
      for (Node* s : n->list) {
        if (is_placeholder_stmt(s, "$head")) {
          items.push_back(head);
        } else if (is_placeholder_stmt(s, "$body")) {
          items.push_back(body);
        } else if (s->kind == Kind::For) {
          // The labels of `L: for await` go on the loop, where `continue L` still finds them.
          Node* stmt = s;
          self(self, ast::body(s));
          for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
            Node* labeled = b_.make(Kind::Labeled, loop);
            labeled->text = *it;
            ast::body(labeled) = stmt;
            stmt = labeled;
          }
          items.push_back(stmt);
        } else {
          self(self, s);
          items.push_back(s);
        }
      }
      n->list = b_.list(items);
      return;
    }
    for_each_child(n, [&](Node*& child) { self(self, child); });
  };
  substitute(substitute, block);

  // `for (const x of f(x))`: the operand sees the head's names in their temporal dead zone.
  std::vector<std::string_view> bound;
  if (left->kind == Kind::VarDecl && left->text != "var")
    bound_names(ast::target(left->list[0]), bound);
  bool tdz = false;
  for (std::string_view name : bound) tdz = tdz || mentions_binding(ast::right(loop), name);
  if (tdz) {
    Node* first = block->list[0];  // const $iterator = __ds_getAsyncIterator(...)
    Node* declare = b_.make(Kind::VarDecl, loop);
    declare->text = "let";
    Node* d = b_.make(Kind::Declarator, loop);
    ast::target(d) = b_.ident(iterator, loop);
    declare->list = b_.list({d});
    std::vector<Node*> inner{
        b_.expr_stmt(b_.assign(b_.ident(iterator, loop), ast::init(first->list[0]), loop))};
    Node* shadow = b_.make(Kind::VarDecl, loop);
    shadow->text = "let";
    std::vector<Node*> decls;
    for (std::string_view name : bound) {
      Node* sd = b_.make(Kind::Declarator, loop);
      ast::target(sd) = b_.ident(name, loop);
      decls.push_back(sd);
    }
    shadow->list = b_.list(decls);
    inner.push_back(shadow);
    std::vector<Node*> items{declare, b_.block(inner, loop)};
    items.insert(items.end(), block->list.begin() + 1, block->list.end());
    block->list = b_.list(items);
  }
  return block;
}

Node* ForAwaitLowering::lower_all(Node* n) {
  if (is_function(n) || is_class(n)) return n;  // their awaits are their own
  if (n->kind == Kind::Labeled) {
    std::vector<std::string_view> labels;
    Node* inner = n;
    while (inner->kind == Kind::Labeled) {
      labels.push_back(inner->text);
      inner = ast::body(inner);
    }
    if (inner->kind == Kind::ForIn && inner->has(flag::ForAwait)) {
      for_each_child(inner, [&](Node*& child) { child = lower_all(child); });
      return lower(inner, labels);
    }
  }
  for_each_child(n, [&](Node*& child) { child = lower_all(child); });
  if (n->kind == Kind::ForIn && n->has(flag::ForAwait)) return lower(n, {});
  return n;
}

}  // namespace desugar
