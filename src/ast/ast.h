// The AST desugar owns. One Node type tagged by Kind (kinds.def lists every kind and which slots
// it uses); nodes live in an Arena. Source ranges are byte offsets into the original file, kept on
// every node (synthesized nodes copy the range of the node they stand for, so later stages can
// name the original line).
#pragma once
#include <array>
#include <cassert>
#include <cstddef>
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
#define X(name, category, doc) name,
#define S(kind, slot, accessor)
#include "ast/kinds.def"
#undef S
#undef X
};
inline constexpr std::size_t kKindCount = 0
#define X(name, category, doc) +1
#define S(kind, slot, accessor)
#include "ast/kinds.def"
#undef S
#undef X
    ;

// What a kind of node is (kinds.def's second column).
enum class Category : std::uint8_t {
  Root,       // Program
  Statement,  // statements, comments and verbatim lines in a statement list
  Clause,     // SwitchCase, Catch: a part of a statement laid out like one
  Expression,
  Pattern,       // a binding or assignment target
  ClassElement,  // Method (in classes and object literals), Field, StaticBlock
  Part,          // the rest: Declarator, Property, Spread, Elision, TemplateElement, Super
};

constexpr Category kind_category(Kind kind) {
  switch (kind) {
#define X(name, category, doc) \
  case Kind::name:             \
    return Category::category;
#define S(kind, slot, accessor)
#include "ast/kinds.def"
#undef S
#undef X
  }
  return Category::Part;
}
constexpr bool is_statement(Kind k) { return kind_category(k) == Category::Statement; }
constexpr bool is_expression(Kind k) { return kind_category(k) == Category::Expression; }
constexpr bool is_pattern(Kind k) { return kind_category(k) == Category::Pattern; }
constexpr bool is_class_element(Kind k) { return kind_category(k) == Category::ClassElement; }

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

// Named children. For each kind, `ast::Kind::slot(n)` is the child kinds.def names: for example
// `ast::For::body(n)` is n->d and `ast::DoWhile::test(n)` is n->a. Each returns a reference to
// the slot (so passes can replace the child); the kind is checked in debug builds.
enum class Slot : std::uint8_t { a, b, c, d };
inline Node*& slot_ref(Node* n, Slot s) {
  switch (s) {
    case Slot::a: return n->a;
    case Slot::b: return n->b;
    case Slot::c: return n->c;
    case Slot::d: break;
  }
  return n->d;
}
namespace ast {
#define X(name, category, doc)
#define S(kind, slot, accessor)          \
  namespace kind {                       \
  inline Node*& accessor(Node* n) {      \
    assert(n->kind == Kind::kind);       \
    return n->slot;                      \
  }                                      \
  inline Node* accessor(const Node* n) { \
    assert(n->kind == Kind::kind);       \
    return n->slot;                      \
  }                                      \
  }
#include "ast/kinds.def"
#undef S
#undef X
}  // namespace ast

// The child slots of each kind in source order (kinds.def's S lines), which for_each_child
// visits before the list.
struct SlotOrder {
  std::array<Slot, 4> slots{};
  std::uint8_t count = 0;
};
namespace detail {
struct SlotEntry {
  Kind kind;
  Slot slot;
};
inline constexpr SlotEntry kSlotEntries[] = {
#define X(name, category, doc)
#define S(kind, slot, accessor) {Kind::kind, Slot::slot},
#include "ast/kinds.def"
#undef S
#undef X
};
constexpr std::array<SlotOrder, kKindCount> make_slot_orders() {
  std::array<SlotOrder, kKindCount> out{};
  for (const SlotEntry& e : kSlotEntries) {
    SlotOrder& o = out[static_cast<std::size_t>(e.kind)];
    o.slots[o.count++] = e.slot;
  }
  return out;
}
}  // namespace detail
inline constexpr std::array<SlotOrder, kKindCount> kSlotOrders = detail::make_slot_orders();
constexpr const SlotOrder& slot_order(Kind k) { return kSlotOrders[static_cast<std::size_t>(k)]; }
// True when `n` has a child in a slot its kind does not list (a bug in whoever built it).
inline bool undocumented_slot(const Node* n) {
  const SlotOrder& order = slot_order(n->kind);
  bool listed[4] = {};
  for (std::uint8_t i = 0; i < order.count; ++i) listed[static_cast<int>(order.slots[i])] = true;
  return (n->a && !listed[0]) || (n->b && !listed[1]) || (n->c && !listed[2]) ||
         (n->d && !listed[3]);
}

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
