#include "ast/ast.h"

#include <string>

namespace desugar {

std::string_view kind_name(Kind kind) {
  switch (kind) {
#define X(name, category, doc) \
  case Kind::name:             \
    return #name;
#define S(kind, slot, accessor)
#include "ast/kinds.def"
#undef S
#undef X
  }
  return "?";
}

Node* AstBuilder::ident(std::string_view name, const Node* origin) {
  Node* n = make(Kind::Identifier, origin);
  n->text = str(name);
  return n;
}

Node* AstBuilder::string_lit(std::string_view value, const Node* origin) {
  std::string raw = "'";
  for (char ch : value) {
    switch (ch) {
      case '\'': raw += "\\'"; break;
      case '\\': raw += "\\\\"; break;
      case '\n': raw += "\\n"; break;
      case '\r': raw += "\\r"; break;
      default: raw += ch;
    }
  }
  raw += '\'';
  Node* n = make(Kind::String, origin);
  n->text = str(raw);
  return n;
}

Node* AstBuilder::number(std::string_view raw, const Node* origin) {
  Node* n = make(Kind::Number, origin);
  n->text = str(raw);
  return n;
}

Node* AstBuilder::member(Node* object, std::string_view property, const Node* origin) {
  Node* n = make(Kind::Member, origin);
  ast::object(n) = object;
  ast::property(n) = ident(property, origin);
  return n;
}

Node* AstBuilder::call(Node* callee, std::initializer_list<Node*> args, const Node* origin) {
  return call(callee, std::span<Node* const>(args.begin(), args.size()), origin);
}

Node* AstBuilder::call(Node* callee, std::span<Node* const> args, const Node* origin) {
  Node* n = make(Kind::Call, origin);
  ast::callee(n) = callee;
  n->list = list(args);
  return n;
}

Node* AstBuilder::expr_stmt(Node* expr) {
  Node* n = make(Kind::ExprStmt, expr);
  ast::expression(n) = expr;
  return n;
}

Node* AstBuilder::block(std::span<Node* const> statements, const Node* origin) {
  Node* n = make(Kind::Block, origin);
  n->list = list(statements);
  return n;
}

Node* AstBuilder::ret(Node* argument, const Node* origin) {
  Node* n = make(Kind::Return, origin);
  ast::argument(n) = argument;
  return n;
}

Node* AstBuilder::var(std::string_view kind, Node* target, Node* init, const Node* origin) {
  Node* d = make(Kind::Declarator, origin);
  ast::target(d) = target;
  ast::init(d) = init;
  Node* n = make(Kind::VarDecl, origin);
  n->text = str(kind);
  n->list = list({d});
  return n;
}

Node* AstBuilder::binary(Op op, Node* left, Node* right, const Node* origin) {
  Node* n = make(Kind::Binary, origin);
  set_op(n, op);
  ast::left(n) = left;
  ast::right(n) = right;
  return n;
}

Node* AstBuilder::property(Node* key, Node* value, const Node* origin) {
  Node* n = make(Kind::Property, origin);
  ast::key(n) = key;
  ast::value(n) = value;
  return n;
}

Node* AstBuilder::assign(Node* target, Node* value, const Node* origin) {
  Node* n = make(Kind::Assign, origin);
  set_op(n, Op::Assign);
  ast::target(n) = target;
  ast::value(n) = value;
  return n;
}

}  // namespace desugar
