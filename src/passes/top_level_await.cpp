// Top-level await in a module: the module body becomes the body of an async arrow that runs at
// once, which the generator stage then lowers like any other.
//
//   import x from './x.mjs';  export const v = await f();  console.log(v);
//     => import x from './x.mjs';  export let v;
//        (async () => { v = await f(); console.log(v); })();
//
// Imports, export lists and function declarations stay at the top level; other declarations
// keep their binding at the top level and become assignments inside the body.
#include <vector>

#include "passes/async_function.h"
#include "passes/visit.h"

namespace desugar {

namespace {

bool contains_top_level_await(const Node* n) {
  if (is_function(n)) return false;
  if (n->kind == Kind::Await) return true;
  if (n->kind == Kind::ForIn && n->has(flag::ForAwait)) return true;
  bool found = false;
  for_each_child(const_cast<Node*>(n),
                 [&](Node*& child) { found = found || contains_top_level_await(child); });
  return found;
}

}  // namespace

bool AsyncFunctionLowering::has_top_level_await(const Node* program) const {
  return program->has(flag::Module) && contains_top_level_await(program);
}

void AsyncFunctionLowering::wrap_top_level_await(Node* program) {
  std::vector<Node*> top, body;
  auto declare = [&](Node* origin, const std::vector<std::string_view>& names, bool exported) {
    if (names.empty()) return;
    std::vector<Node*> declarators;
    for (std::string_view name : names) {
      Node* d = b_.make(Kind::Declarator, origin);
      ast::target(d) = b_.ident(name, origin);
      declarators.push_back(d);
    }
    Node* decl = b_.make(Kind::VarDecl, origin);
    decl->text = "let";
    decl->list = b_.list(declarators);
    if (!exported) {
      top.push_back(decl);
      return;
    }
    Node* exp = b_.make(Kind::ExportDecl, origin);
    ast::declaration(exp) = decl;
    top.push_back(exp);
  };
  for (Node* stmt : program->list) {
    bool exported = stmt->kind == Kind::ExportDecl && !stmt->has(flag::Default);
    bool export_default = stmt->kind == Kind::ExportDecl && stmt->has(flag::Default);
    if (export_default && ast::declaration(stmt)->kind == Kind::FunctionDecl) {
      top.push_back(stmt);
      continue;
    }
    Node* decl = exported ? ast::declaration(stmt) : stmt;
    switch (decl->kind) {
      case Kind::Verbatim:
      case Kind::FunctionDecl: top.push_back(stmt); continue;
      case Kind::VarDecl: {
        std::vector<std::string_view> names;
        for (Node* d : decl->list) {
          bound_names(ast::target(d), names);
          if (ast::init(d))
            body.push_back(b_.expr_stmt(b_.assign(ast::target(d), ast::init(d), d)));
          else if (decl->text != "var")
            body.push_back(b_.expr_stmt(b_.assign(ast::target(d), b_.ident("undefined", d), d)));
        }
        declare(decl, names, exported);
        continue;
      }
      case Kind::ClassDecl: {
        declare(decl, {ast::name(decl)->text}, exported);
        Node* cls = b_.make(Kind::ClassExpr, decl);
        *cls = *decl;
        cls->kind = Kind::ClassExpr;
        body.push_back(
            b_.expr_stmt(b_.assign(b_.ident(ast::name(decl)->text, ast::name(decl)), cls, decl)));
        continue;
      }
      default: break;
    }
    if (export_default) {
      // export default <expression or class>: a top-level binding exported as default.
      decl = ast::declaration(stmt);
      if (decl->kind == Kind::ClassDecl) {
        Node* cls = b_.make(Kind::ClassExpr, decl);
        *cls = *decl;
        cls->kind = Kind::ClassExpr;
        decl = cls;
      }
      std::string name = names_.name("default");
      Node* id = b_.ident(name, stmt);
      declare(stmt, {id->text}, false);
      Node* list = b_.make(Kind::Verbatim, stmt);
      list->text = b_.str("export { " + name + " as default };");
      top.push_back(list);
      body.push_back(b_.expr_stmt(b_.assign(b_.ident(name, stmt), decl, stmt)));
      continue;
    }
    body.push_back(stmt);
  }
  Node* arrow = b_.make(Kind::Arrow, program);
  arrow->flags = flag::Async;
  ast::body(arrow) = b_.block(body, program);
  top.push_back(b_.expr_stmt(b_.call(arrow, std::vector<Node*>{}, program)));
  program->list = b_.list(top);
}

}  // namespace desugar
