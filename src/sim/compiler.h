// Compiles our AST into the simulator's Code tree: scope analysis (hoisting, TDZ, closures,
// Annex B block functions), identifier resolution to (hops, slot), literal decoding. Constructs the
// simulator does not model compile to a Refuse node, so a program is refused only if it reaches
// one at runtime.
#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "ast/arena.h"
#include "ast/ast.h"
#include "sim/code.h"

namespace desugar::sim {

class Interp;
struct Str;

struct CompiledProgram {
  Arena arena;
  std::deque<FunctionCode> functions;
  std::deque<ScopeCode> scopes;
  std::deque<ClassCode> classes;
  std::deque<std::vector<Str*>> label_sets;
  FunctionCode* top = nullptr;
};

class Compiler {
 public:
  Compiler(Interp& interp, CompiledProgram& out, bool module, bool commonjs)
      : interp_(interp), out_(out), module_(module), commonjs_(commonjs) {}
  FunctionCode* compile_program(const Node* program);

 private:
  enum class BKind : std::uint8_t {
    Var,
    Let,
    Const,
    Class,
    Function,
    Param,
    Catch,
    SelfName,
    Private,
    Special
  };
  struct Binding {
    Str* name;
    std::uint32_t slot;
    BKind kind;
    bool tdz;
    bool is_const;
  };
  struct Func;
  struct Scope {
    Scope* parent = nullptr;
    ScopeCode* code = nullptr;
    Func* fn = nullptr;
    bool function_top = false;  // the function's first scope (holds this/func/new.target/arguments)
    std::vector<Binding> bindings;
    Binding* find(Str* name);
    bool materialized() const { return code->slots > 0; }
  };
  struct Func {
    Func* parent = nullptr;
    FunctionCode* code = nullptr;
    bool arrow = false;
    bool strict = false;
    Scope* top = nullptr;
    Scope* var_scope = nullptr;
    bool derived_ctor = false;  // this may be uninitialized
    bool class_ctor = false;
  };
  struct Resolved {
    bool found = false;
    std::uint16_t hops = 0;
    std::uint32_t slot = 0;
    Binding* binding = nullptr;
  };

  // ---- scopes (compile_scope.cpp)
  Scope* push_scope(Func* fn, bool function_top);
  void pop_scope();
  std::uint32_t declare(Scope* s, Str* name, BKind kind);
  Resolved resolve(Str* name);
  Resolved resolve_function_slot(std::uint32_t slot, bool for_this);  // nearest non-arrow function
  void collect_var_names(const Node* stmt, std::vector<const Node*>& names_out, bool top_level);
  void bound_names(const Node* pattern, std::vector<const Node*>& out);
  void declare_lexical(Scope* s, const NodeList& stmts, bool function_body);
  void hoist_functions(Scope* s, const NodeList& stmts);
  FunctionCode* compile_function(const Node* fn, Str* name, FuncKind kind,
                                 bool is_expression_name_binding = false);
  ClassCode* compile_class(const Node* cls, Str* name);
  void compile_params(Func& fn, const Node* fnode);
  bool has_use_strict(const NodeList& body);

  // ---- statements (compile_stmt.cpp)
  Code* stmt(const Node* n);
  Code* stmt_list(const NodeList& list, const Node* at, Op op = Op::Block);
  Code* block(const Node* n);
  Code* var_decl(const Node* n);
  Code* loop(const Node* n, std::vector<Str*>* labels);
  Code* for_stmt(const Node* n, std::vector<Str*>* labels);
  Code* for_in(const Node* n, std::vector<Str*>* labels);
  Code* switch_stmt(const Node* n);
  Code* try_stmt(const Node* n);
  Code* labeled(const Node* n);

  // ---- expressions and patterns (compile_expr.cpp)
  Code* expr(const Node* n, Str* inferred_name = nullptr);
  Code* identifier(const Node* n);
  Code* member(const Node* n);
  Code* call(const Node* n);
  Code* object_literal(const Node* n);
  Code* template_literal(const Node* n, bool tagged);
  Code* assign(const Node* n);
  Code* pattern(const Node* n, bool init);  // binding (init) or assignment target
  Code* property_key(const Node* key, bool computed, Str** literal);
  Code* list_of(const NodeList& items, Code* (Compiler::*each)(const Node*));
  Code* refuse(const Node* at, std::string_view what);
  Str* name_of(const Node* n);        // Identifier text as an atom
  Str* literal_key(const Node* key);  // Identifier/String/Number key as an atom
  bool is_anonymous_function(const Node* n);

  Code* make(Op op, const Node* at);
  Code** copy_list(const std::vector<Code*>& items);
  Str* atom(std::string_view s);

  Interp& interp_;
  CompiledProgram& out_;
  bool module_;
  bool commonjs_;
  FunctionCode* compile_field_init(const Node* init, Str* inferred);
  FunctionCode* compile_static_block(const Node* block);
  Func* nearest_function();  // the nearest non-arrow function

  Scope* scope_ = nullptr;
  Func* fn_ = nullptr;
  bool in_class_body_ = false;
  bool derived_ctor_pending_ = false;
  std::deque<Scope> scope_store_;
  std::deque<Func> func_store_;
};

// Literal decoding shared with the builtins (literals.cpp).
bool decode_string_literal(std::string_view raw, std::string& out);  // raw includes quotes
bool decode_template_chars(std::string_view raw, std::string& out);  // false: invalid escape
bool parse_number_literal(std::string_view raw, double& out);        // false: BigInt etc.
void append_utf8(std::string& out, std::uint32_t code_point);        // WTF-8 for surrogates

}  // namespace desugar::sim
