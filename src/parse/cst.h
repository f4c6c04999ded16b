// Private to src/parse: walking tree-sitter's CST and converting it to our AST.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "ast/ast.h"
#include "diag/diag.h"

namespace desugar::cst {

// The CST node types and fields the converter dispatches on.
enum class Sym : std::uint8_t {
#define SYM(name) name,
#include "parse/symbols.def"
#undef SYM
  Other,
};
enum class Field : std::uint8_t {
#define FIELD(name) name,
#include "parse/fields.def"
#undef FIELD
  None,
};

struct Child {
  TSNode node;
  Sym sym;
  Field field;
  bool named;
};

class Converter;

// The children of one CST node, held in the converter's shared buffer until this goes out of
// scope. Elements are returned by value: recursive conversion may grow the buffer.
class ChildRange {
 public:
  ChildRange(Converter& c, std::size_t first, std::size_t last)
      : c_(c), first_(first), last_(last) {}
  ChildRange(const ChildRange&) = delete;
  ChildRange& operator=(const ChildRange&) = delete;
  ~ChildRange();
  std::size_t size() const { return last_ - first_; }
  Child operator[](std::size_t i) const;
  // First child with field `f`; a null TSNode if none.
  TSNode field(Field f) const;
  // First named child (skipping comments) with no field; a null TSNode if none.
  TSNode first_named() const;

 private:
  Converter& c_;
  std::size_t first_, last_;
};

class Converter {
 public:
  Converter(const TSLanguage* language, std::string_view source, Arena& arena, Diagnostics* diags);

  Node* program(TSNode root, bool is_module);

  // ---- shared helpers (converter.cpp)
  Sym sym(TSNode n) const;
  std::string_view text(TSNode n) const;
  // Collects the children of `n` (comments skipped unless keep_comments) into the shared buffer
  // and returns the index range [first, last).
  std::pair<std::size_t, std::size_t> children(TSNode n, bool keep_comments = false);
  const Child& at(std::size_t i) const { return buf_[i]; }
  void truncate(std::size_t size) { buf_.resize(size); }
  ChildRange kids(TSNode n, bool keep_comments = false) {
    auto [first, last] = children(n, keep_comments);
    return ChildRange(*this, first, last);
  }
  // The first child in `n` with field `f` (named or not); null node if none.
  TSNode field(TSNode n, Field f);
  bool has_token(TSNode n, std::string_view token);
  Node* make(Kind kind, TSNode origin);
  NodeList list(const std::vector<Node*>& items) { return b_.list(items); }
  void unsupported(TSNode n, std::string_view what);
  bool failed() const { return failed_; }

  // ---- statements (convert_stmt.cpp)
  Node* statement(TSNode n);
  void statement_list(TSNode n, std::vector<Node*>& out);  // named statement children + comments
  Node* block(TSNode n);
  Node* object_as_block(TSNode object);
  Node* var_decl(TSNode n, std::string_view kind);
  Node* function(TSNode n, Kind kind);
  Node* class_node(TSNode n, Kind kind);

  // ---- expressions (convert_expr.cpp)
  // `in_chain`: the result is the object/callee of a member or call in the same optional chain.
  Node* expr(TSNode n, bool in_chain = false);
  Node* pattern(TSNode n);
  Node* property_key(TSNode n, Node* owner);  // sets flag::Computed on owner when computed
  void params(TSNode formal_parameters, std::vector<Node*>& out);
  Node* template_literal(TSNode n);
  // Calls, members, operators (convert_operators.cpp).
  Node* operator_expr(TSNode n, bool in_chain);
  Node* chain_end(Node* x, TSNode n, bool in_chain);
  Node* keyword_call(Node* chain);
  Node* disguised_call(TSNode n, bool in_chain);
  Node* disguised_callee(TSNode object);
  Node* blanked_call(Node* target, TSNode left);
  // The re-parsed working copy (repair.h); token text is still read from the original.
  void set_working_copy(std::string_view work) { work_ = work; }

 private:
  const TSLanguage* language_;
  std::string_view source_;
  std::string_view work_;
  AstBuilder b_;
  Diagnostics* diags_;
  bool failed_ = false;
  std::vector<Sym> sym_of_;      // TSSymbol → Sym
  std::vector<Field> field_of_;  // TSFieldId → Field
  std::vector<Child> buf_;
  int depth_ = 0;
  bool await_keyword_ = false;  // inside an async function body, or a module's top level
  bool yield_keyword_ = false;  // inside a generator body
  friend struct DepthGuard;

 public:
  AstBuilder& builder() { return b_; }
  int& depth() { return depth_; }
};

// Nesting guard: converting is recursive; very deep input is refused instead of overflowing.
struct DepthGuard {
  static constexpr int kMaxDepth = 20000;
  Converter& c;
  explicit DepthGuard(Converter& conv) : c(conv) { ++c.depth(); }
  ~DepthGuard() { --c.depth(); }
  bool too_deep() const { return c.depth() > kMaxDepth; }
};

}  // namespace desugar::cst
