// Private to src/check: the one-pass early-error checker. The walk keeps what the grammar's
// parameters ([Yield], [Await], [Return], strictness) and the scope analysis would: a stack of
// function contexts, a stack of declaration scopes, a stack of class bodies (private names).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ast/ast.h"
#include "diag/diag.h"

namespace desugar::check {

// How a name is bound in one scope (B.3.2-B.3.5 relax some conflicts in sloppy code).
enum class Bind : std::uint8_t {
  Var,            // var, or a var passing through this block on its way to the function scope
  Lexical,        // let, const, class, using; function in a module's top level or strict block
  BlockFunction,  // plain function declared in a block in sloppy code (may be redeclared)
  TopFunction,    // function declared at a function's or script's top level (var-like)
  Param,
  CatchSimple,  // catch (e): a var e in the block is allowed (B.3.4)
  CatchPattern,
  Import,
};

struct Scope {
  bool function_scope = false;  // function body, script/module top, static block
  std::unordered_map<std::string, Bind> names;
};

struct Label {
  std::string name;
  bool iteration;
};

// What the grammar parameters and context allow at the current point.
struct FunctionContext {
  bool strict = false;
  bool async = false;           // `await` is an expression
  bool await_reserved = false;  // `await` cannot be an identifier
  bool generator = false;       // `yield` is an expression
  bool in_params = false;       // walking formal parameters
  bool arrow_params_async = false;
  bool super_property = false;
  bool super_call = false;
  bool new_target = false;
  bool class_init = false;  // field initializer or static block: no `arguments`
  bool static_block = false;
  bool returns = false;
  std::vector<Label> labels;
  int breakable = 0;
  int iteration = 0;
};

// Where a statement stands: in a statement list, or as the single body of if/loop/label/with.
enum class Pos : std::uint8_t { List, IfBody, LoopBody, LabelInList, LabelElsewhere, WithBody };

struct PrivateScope {
  std::unordered_set<std::string> names;
};

enum class FnKind : std::uint8_t {
  Declaration,
  Expression,
  Method,
  Getter,
  Setter,
  Constructor,
  Arrow
};

class Checker {
 public:
  Checker(std::string_view source, Diagnostics& diags) : src_(source), diags_(diags) {}
  bool run(const Node* program);

  // ---- reporting (checker.cpp)
  template <typename... Args>
  void error(DiagId id, std::uint32_t at, Args&&... args) {
    if (failed_) return;
    failed_ = true;
    diags_.report(id, at, std::forward<Args>(args)...);
  }
  bool failed() const { return failed_; }
  // V8's "Unexpected ..." tail for the token at `offset`: "number", "token ':'", ...
  std::string token_at(std::uint32_t offset) const;
  std::uint32_t skip_space(std::uint32_t offset) const;  // whitespace and comments
  bool newline_between(std::uint32_t from,
                       std::uint32_t to) const;  // a LineTerminator in [from, to)

  // ---- statements (statements.cpp)
  void statement_list(const NodeList& list);
  void statement(const Node* s, Pos pos);
  void html_comment(const Node* c);
  void var_decl(const Node* decl, bool in_for_head);
  void for_in(const Node* s);
  void labeled(const Node* s, Pos pos);
  void jump(const Node* s);

  // ---- declarations and scopes (scopes.cpp)
  void push_scope(bool function_scope);
  void pop_scope();
  void declare(std::string_view name, Bind kind, std::uint32_t at);
  void declare_function(const Node* fn);
  // Binding patterns: each bound identifier is checked and declared with `kind`.
  void binding(const Node* p, Bind kind, std::vector<const Node*>* names = nullptr);

  // ---- expressions (expressions.cpp)
  void expr(const Node* e);
  void object_literal(const Node* o);
  void unary(const Node* u);
  void binary(const Node* b);
  void member(const Node* m);
  void call(const Node* c);
  void yield_expr(const Node* y);
  void await_expr(const Node* a);

  // ---- assignment targets (targets.cpp)
  void assign_target(const Node* t, Op op);
  void update_target(const Node* u);
  void for_in_target(const Node* t, bool of);
  void destructuring(const Node* p);
  void destructuring_element(const Node* e);
  void rest_is_last(const NodeList& list, std::size_t i, bool params);

  // ---- functions (functions.cpp)
  void function(const Node* fn, FnKind kind, bool derived = false);
  bool use_strict_directive(const Node* body, const Node** directive);
  void property_key(const Node* owner);  // checks computed keys and literal keys

  // ---- classes (classes.cpp)
  void class_node(const Node* cls);
  void heritage(const Node* h);
  void class_members(const Node* cls);
  void private_use(const Node* name);

  // ---- identifiers and literals (literals.cpp)
  enum class Role : std::uint8_t { Reference, Binding, Label };
  void identifier(const Node* id, Role role);
  void identifier_name(const Node* n);  // a property or private name
  void label_name(std::string_view raw, std::uint32_t at);
  void name_rules(std::string_view raw, std::uint32_t at, Role role);
  void number(const Node* n);
  void string_literal(std::string_view raw, std::uint32_t at, bool template_string);
  static std::string decode_identifier(std::string_view raw, bool* escaped, bool* valid);

  // ---- modules (modules.cpp)
  void module_item(const Node* v);
  void export_decl(const Node* e);
  void module_end();

  // ---- regular expressions (regexp.cpp)
  void regexp(const Node* r);

  FunctionContext& ctx() { return fns_.back(); }
  Scope& scope() { return scopes_.back(); }

  std::string_view src_;
  Diagnostics& diags_;
  bool failed_ = false;
  bool module_ = false;
  std::vector<FunctionContext> fns_;
  std::vector<Scope> scopes_;
  std::vector<PrivateScope> classes_;
  // Module bookkeeping: exported names, and local names exported without `from`.
  std::unordered_set<std::string> exported_;
  std::vector<std::pair<std::string, std::uint32_t>> export_locals_;
};

// True when `n` was written inside parentheses.
inline bool parenthesized(const Node* n) { return n->has(flag::Parenthesized); }

}  // namespace desugar::check
