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

// A child slot's position (kinds.def's a b c d).
enum class Slot : std::uint8_t;

struct Node {
  Kind kind;
  std::uint16_t flags = 0;
  std::uint32_t begin = 0;  // byte range in the original source
  std::uint32_t end = 0;
  std::string_view text;
  Op op = Op::None;  // Unary, Update, Binary, Assign: the operator (text holds its spelling)
  NodeList list;

  bool has(std::uint16_t f) const { return (flags & f) != 0; }
  bool is(Kind k) const { return kind == k; }

 private:
  // The child slots a, b, c, d, reached only through the named accessors below (kinds.def
  // names each kind's), so no code reads a child by position.
  std::array<Node*, 4> slots_{};
  friend Node*& slot_ref(Node* n, Slot s);
};

// Named children. For each kind, `ast::Kind::slot(n)` is the child kinds.def names: for example
// `ast::For::body(n)` is slot d and `ast::DoWhile::test(n)` is slot a. Each returns a reference to
// the slot (so passes can replace the child); the kind is checked in debug builds.
enum class Slot : std::uint8_t { a, b, c, d };
inline Node*& slot_ref(Node* n, Slot s) { return n->slots_[static_cast<std::size_t>(s)]; }
namespace ast {
#define X(name, category, doc)
#define S(K, slot, accessor)                           \
  namespace K {                                        \
  inline Node*& accessor(Node* n) {                    \
    assert(n->kind == Kind::K);                        \
    return slot_ref(n, Slot::slot);                    \
  }                                                    \
  inline Node* accessor(const Node* n) {               \
    assert(n->kind == Kind::K);                        \
    return slot_ref(const_cast<Node*>(n), Slot::slot); \
  }                                                    \
  }
#include "ast/kinds.def"
#undef S
#undef X
}  // namespace ast

// The same names without the kind: `ast::body(n)` is the `body` slot of whichever kind `n` is (a
// For's d, an Arrow's b), for code that handles several kinds alike. Checked in debug builds: the
// kind must have a slot of that name. The list is every accessor name kinds.def uses, once; a
// static_assert below keeps the two in step.
// clang-format off
#define DESUGAR_SLOT_NAMES(N)                                                                   \
  N(alternate) N(argument) N(block) N(body) N(callee) N(consequent) N(declaration)            \
  N(discriminant) N(expression) N(fallback) N(finalizer) N(function) N(handler) N(init) N(key) \
  N(left) N(name) N(object) N(param) N(property) N(quasi) N(right) N(superclass) N(tag)        \
  N(target) N(test) N(update) N(value)
// clang-format on
enum class SlotName : std::uint8_t {
#define N(name) name,
  DESUGAR_SLOT_NAMES(N)
#undef N
};
namespace detail {
inline constexpr std::string_view kSlotNameSpellings[] = {
#define N(name) #name,
    DESUGAR_SLOT_NAMES(N)
#undef N
};
inline constexpr std::size_t kSlotNameCount = std::size(kSlotNameSpellings);
struct NamedSlotEntry {
  Kind kind;
  Slot slot;
  std::string_view name;
};
inline constexpr NamedSlotEntry kNamedSlotEntries[] = {
#define X(name, category, doc)
#define S(kind, slot, accessor) {Kind::kind, Slot::slot, #accessor},
#include "ast/kinds.def"
#undef S
#undef X
};
constexpr int slot_name_index(std::string_view name) {
  for (std::size_t i = 0; i < kSlotNameCount; ++i)
    if (kSlotNameSpellings[i] == name) return static_cast<int>(i);
  return -1;
}
constexpr bool slot_names_in_step() {
  bool used[kSlotNameCount] = {};
  for (const NamedSlotEntry& e : kNamedSlotEntries) {
    int i = slot_name_index(e.name);
    if (i < 0) return false;  // kinds.def names a slot DESUGAR_SLOT_NAMES lacks
    used[i] = true;
  }
  for (bool u : used)
    if (!u) return false;  // DESUGAR_SLOT_NAMES lists a name no kind uses
  return true;
}
static_assert(slot_names_in_step(), "DESUGAR_SLOT_NAMES must list exactly kinds.def's slot names");
// kNamedSlots[kind][name]: the slot (0-3) holding that name, or -1.
using NamedSlotTable = std::array<std::array<std::int8_t, kSlotNameCount>, kKindCount>;
constexpr NamedSlotTable make_named_slots() {
  NamedSlotTable t{};
  for (auto& row : t) row.fill(-1);
  for (const NamedSlotEntry& e : kNamedSlotEntries)
    t[static_cast<std::size_t>(e.kind)][static_cast<std::size_t>(slot_name_index(e.name))] =
        static_cast<std::int8_t>(e.slot);
  return t;
}
inline constexpr NamedSlotTable kNamedSlots = make_named_slots();
}  // namespace detail
// The slot holding `name` for `n`'s kind (0-3), or -1.
inline int named_slot_index(const Node* n, SlotName name) {
  return detail::kNamedSlots[static_cast<std::size_t>(n->kind)][static_cast<std::size_t>(name)];
}
inline Node*& named_slot(Node* n, SlotName name) {
  int s = named_slot_index(n, name);
  assert(s >= 0 && "this kind has no slot of that name");
  return slot_ref(n, static_cast<Slot>(s));
}
// The child called `name`, or null when `n`'s kind has no such slot (class bodies mix Method,
// Field, StaticBlock and Comment).
inline Node* child_named(const Node* n, SlotName name) {
  int s = named_slot_index(n, name);
  return s < 0 ? nullptr : slot_ref(const_cast<Node*>(n), static_cast<Slot>(s));
}
namespace ast {
#define N(name)                                                         \
  inline Node*& name(Node* n) { return named_slot(n, SlotName::name); } \
  inline Node* name(const Node* n) { return named_slot(const_cast<Node*>(n), SlotName::name); }
DESUGAR_SLOT_NAMES(N)
#undef N
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
// Each non-null child slot of `n` in source order, by reference (the list is not included).
template <typename Fn>
void for_each_slot(Node* n, Fn&& fn) {
  const SlotOrder& order = slot_order(n->kind);
  for (std::uint8_t i = 0; i < order.count; ++i)
    if (Node*& child = slot_ref(n, order.slots[i])) fn(child);
}
template <typename Fn>
void for_each_slot(const Node* n, Fn&& fn) {
  for_each_slot(const_cast<Node*>(n), [&](Node* child) { fn(static_cast<const Node*>(child)); });
}
// The child written first (for Member, Call, New and TaggedTemplate: the object, callee or tag
// a chain continues from), or null when the kind has no slot.
inline Node* first_slot(const Node* n) {
  const SlotOrder& order = slot_order(n->kind);
  return order.count ? slot_ref(const_cast<Node*>(n), order.slots[0]) : nullptr;
}
// True when `n` has a child in a slot its kind does not list (a bug in whoever built it).
inline bool undocumented_slot(const Node* n) {
  const SlotOrder& order = slot_order(n->kind);
  bool listed[4] = {};
  for (std::uint8_t i = 0; i < order.count; ++i) listed[static_cast<int>(order.slots[i])] = true;
  Node* m = const_cast<Node*>(n);
  for (int i = 0; i < 4; ++i)
    if (slot_ref(m, static_cast<Slot>(i)) && !listed[i]) return true;
  return false;
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
  Node* assign(Node* target, Node* value, const Node* origin = nullptr);
  Node* property(Node* key, Node* value, const Node* origin = nullptr);  // `key: value`

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
