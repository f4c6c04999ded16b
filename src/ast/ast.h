// The AST desugar owns. One Node type tagged by Kind (kinds.def lists every kind and which slots
// it uses); nodes live in an Arena. Source ranges are byte offsets into the original file, kept on
// every node (synthesized nodes copy the range of the node they stand for, so later stages can
// name the original line).
#pragma once
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/arena.h"
#include "ast/operators.h"

namespace desugar {

enum class Kind : std::uint8_t {
#define X(name, doc) name,
#include "ast/kinds.def"
#undef X
};

std::string_view kind_name(Kind kind);

namespace flag {
inline constexpr std::uint16_t Async = 1 << 0;
inline constexpr std::uint16_t Generator = 1 << 1;
inline constexpr std::uint16_t Static = 1 << 2;
inline constexpr std::uint16_t Computed = 1 << 3;
inline constexpr std::uint16_t Optional = 1 << 4;
inline constexpr std::uint16_t Prefix = 1 << 5;
inline constexpr std::uint16_t Shorthand = 1 << 6;
inline constexpr std::uint16_t Delegate = 1 << 7;
inline constexpr std::uint16_t Module = 1 << 8;
inline constexpr std::uint16_t Trailing = 1 << 9;
inline constexpr std::uint16_t ForOf = 1 << 10;
inline constexpr std::uint16_t ForAwait = 1 << 11;
inline constexpr std::uint16_t Getter = 1 << 12;
inline constexpr std::uint16_t Setter = 1 << 13;
inline constexpr std::uint16_t Default = 1 << 14;
// ExprStmt: a parenthesized string (`("a")`, not a directive); ExportDecl: `export default (...)`.
// Written inside parentheses (kept for early errors: `(a) = 1`, `a ?? (b || c)`, `(-a) ** 2`).
inline constexpr std::uint16_t Parenthesized = 1 << 15;
}  // namespace flag

struct Node;

// A list of child nodes stored in the arena.
struct NodeList {
  Node** items = nullptr;
  std::uint32_t count = 0;

  Node** begin() const { return items; }
  Node** end() const { return items + count; }
  std::size_t size() const { return count; }
  bool empty() const { return count == 0; }
  Node*& operator[](std::size_t i) const { return items[i]; }
};

struct Node {
  Kind kind;
  std::uint16_t flags = 0;
  std::uint32_t begin = 0;  // byte range in the original source
  std::uint32_t end = 0;
  std::string_view text;
  Op op = Op::None;  // Unary, Update, Binary, Assign: the operator (text holds its spelling)
  Node* a = nullptr;
  Node* b = nullptr;
  Node* c = nullptr;
  Node* d = nullptr;
  NodeList list;

  bool has(std::uint16_t f) const { return (flags & f) != 0; }
  bool is(Kind k) const { return kind == k; }
};

// Sets an operator node's operator and its spelling together.
inline void set_op(Node* n, Op op) {
  n->op = op;
  n->text = spelling(op);
}

// Builds nodes in an arena. Passes use it to make new nodes; `at` sets the source range that
// synthesized nodes report.
class AstBuilder {
 public:
  explicit AstBuilder(Arena& arena) : arena_(arena) {}

  Arena& arena() { return arena_; }

  Node* make(Kind kind, const Node* origin = nullptr) {
    Node* n = arena_.make<Node>();
    n->kind = kind;
    if (origin) {
      n->begin = origin->begin;
      n->end = origin->end;
    }
    return n;
  }
  NodeList list(std::span<Node* const> items) {
    auto span = arena_.copy<Node*>(items);
    return NodeList{span.data(), static_cast<std::uint32_t>(span.size())};
  }
  NodeList list(std::initializer_list<Node*> items) {
    return list(std::span<Node* const>(items.begin(), items.size()));
  }
  std::string_view str(std::string_view s) { return arena_.str(s); }

  // Small conveniences for synthesized code.
  Node* ident(std::string_view name, const Node* origin = nullptr);
  Node* string_lit(std::string_view value, const Node* origin = nullptr);  // quotes and escapes
  Node* number(std::string_view raw, const Node* origin = nullptr);
  Node* member(Node* object, std::string_view property, const Node* origin = nullptr);
  Node* call(Node* callee, std::initializer_list<Node*> args, const Node* origin = nullptr);
  Node* call(Node* callee, std::span<Node* const> args, const Node* origin = nullptr);
  Node* expr_stmt(Node* expr);
  Node* block(std::span<Node* const> statements, const Node* origin = nullptr);
  Node* ret(Node* argument, const Node* origin = nullptr);
  Node* var(std::string_view kind, Node* target, Node* init, const Node* origin = nullptr);
  Node* binary(Op op, Node* left, Node* right, const Node* origin = nullptr);
  Node* binary(std::string_view op, Node* left, Node* right, const Node* origin = nullptr);
  Node* assign(Node* target, Node* value, const Node* origin = nullptr);

 private:
  Arena& arena_;
};

// A parsed file: the source text, its AST and the arena that owns the AST.
struct SourceFile {
  std::string path;  // as the user named it ("-" for stdin is shown as "<stdin>")
  std::string text;  // the bytes, BOM removed
  bool is_module = false;
};

}  // namespace desugar
