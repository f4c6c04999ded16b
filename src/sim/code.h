// The form the simulator executes: our AST compiled once into a tree of Code nodes with every
// identifier resolved to (environment hops, slot) or to a global name, every property name
// interned, literals decoded and each scope's bindings laid out. compile.cpp builds it; the
// interpreter walks it. Each Code keeps the byte offset of the AST node it came from, so every job,
// print and diagnostic names a place in the original file.
#pragma once
#include <cstdint>
#include <vector>

#include "ast/operators.h"

namespace desugar::sim {

struct Str;
struct Code;
struct FunctionCode;
struct ClassCode;

// One scope's runtime layout. A scope with no bindings gets no environment at runtime.
struct ScopeCode {
  std::uint32_t slots = 0;
  std::vector<bool> lexical;  // slot starts uninitialized (TDZ) instead of undefined
  std::vector<Str*> names;    // for messages
  // Function declarations hoisted to the top of this scope: (slot, code).
  std::vector<std::pair<std::uint32_t, FunctionCode*>> functions;
  // Sloppy-mode block functions (Annex B.3.3): also copied to a var binding when the
  // declaration is evaluated. (block slot, hops to the var scope, var slot)
  bool per_iteration = false;  // `for (let ...)`: copied for each iteration
};

enum class Op : std::uint8_t {
  // ---- expressions
  Undefined,       //
  Null,            //
  Bool,            // sub: 0/1
  Num,             // num
  BigInt,          // big
  Str,             // str (interned)
  Regex,           // refused when evaluated
  Template,        // list: strings (Str nodes, cooked) and expressions, alternating
  TaggedTemplate,  // a: tag (callee); list: cooked Str nodes / Undefined; d: Template node (raw
                   // strings in its list)
  Local,           // ref; flags: Tdz (may be uninitialized)
  Global,          // str: name
  This,            // ref to the `this` slot of the enclosing function; flags: Tdz
  NewTarget,       // ref
  Array,           // list: elements (Hole, Spread, expressions)
  Hole,            //
  Object,          // list: Prop nodes
  Prop,            // a: key expr (computed) or null; str: key; b: value; sub: PropKind
  Function,        // fn
  Class,           // cls
  Unary,           // sub: AstOp; a
  Typeof,          // a
  Delete,          // a (Member or other)
  Update,          // a: target; sub: 0 ++ / 1 --; flags: Prefix
  Binary,          // sub: AstOp; a, b
  Logical,         // sub: 0 &&, 1 ||, 2 ??; a, b
  Assign,          // sub: AstOp for compound (or AssignPlain / logical kinds); a: target; b: value
  Conditional,     // a ? b : c
  Call,            // a: callee; list: args; flags: Optional
  SuperCall,    // list: args; ref: function scope of the constructor (slots this/func/new.target)
  New,          // a: callee; list: args
  Member,       // a: object; b: computed key or null; str: name; flags: Optional
  SuperMember,  // b: computed key or null; str: name; ref: home function scope
  Private,      // a: object; b: Local node resolving the private name
  PrivateIn,    // a: Local for the private name; b: object
  Chain,        // a: optional chain
  Sequence,     // list
  Spread,       // a
  Yield,        // a or null; flags: Delegate
  Await,        // a
  Refuse,       // str: what is not modelled
  // ---- patterns (binding and assignment targets)
  PatArray,    // list: targets or Hole, last may be PatRest
  PatObject,   // list: PatProp, last may be PatRest
  PatProp,     // a: computed key or null; str: key; b: target
  PatDefault,  // a: target; b: default value
  PatRest,     // a: target
  // ---- statements
  Block,         // list; scope (may be null)
  ExprStmt,      // a
  Empty,         //
  VarDecl,       // list: Declare nodes
  Declare,       // a: target (Local/pattern); b: init or null; flags: Init (binding init, not
                 // assignment)
  FunctionDecl,  // fn; ref: its binding (Annex B copy when flags & AnnexB: d holds the var Local)
  ClassDecl,     // cls; a: binding target (Local)
  If,            // a: test; b: then; c: else
  For,           // a: init; b: test; c: update; d: body; scope (per-iteration bindings)
  ForIn,         // a: left (Declare or pattern); b: right; d: body; scope; flags: ForOf
  While,         // a: test; d: body
  DoWhile,       // a: test; d: body
  Return,        // a or null
  Throw,         // a
  Break,         // str: label or null
  Continue,      // str: label or null
  Labeled,       // str: label; a: body
  Switch,        // a: discriminant; list: Case nodes; scope
  Case,          // a: test or null; list: statements
  Try,           // a: block; b: catch param pattern or null; c: catch block or null; d: finally;
                 // scope: the catch parameter's scope
  Debugger,      //
};

// Code::flags
namespace cf {
inline constexpr std::uint16_t Tdz = 1 << 0;       // binding may be uninitialized
inline constexpr std::uint16_t Const = 1 << 1;     // immutable binding
inline constexpr std::uint16_t Optional = 1 << 2;  // `?.` link
inline constexpr std::uint16_t Prefix = 1 << 3;
inline constexpr std::uint16_t Delegate = 1 << 4;  // yield*
inline constexpr std::uint16_t ForOf = 1 << 5;
inline constexpr std::uint16_t Init = 1 << 6;  // initializes a binding (declarations)
inline constexpr std::uint16_t AnnexB = 1 << 7;
inline constexpr std::uint16_t Strict = 1 << 8;    // code is strict (assignments to globals)
inline constexpr std::uint16_t SelfName = 1 << 9;  // function's own name: assignment ignored
inline constexpr std::uint16_t Computed = 1 << 10;
inline constexpr std::uint16_t Static = 1 << 11;
inline constexpr std::uint16_t Silent = 1 << 12;  // const self-name in sloppy code: writes ignored
inline constexpr std::uint16_t Var = 1 << 13;     // `var` declaration (hoisted binding)
inline constexpr std::uint16_t ForAwait = 1 << 14;  // `for await`
}  // namespace cf

enum class PropKind : std::uint8_t { Init, Getter, Setter, Spread, Method, Proto };

// Unary, Binary, Assign and Update codes carry the AST's operator (ast/operators.h) in `sub`:
// the one operator table, not a copy of it. A compound assignment carries its base (`+=`: Add).
using AstOp = ::desugar::Op;

struct Code {
  Op op;
  std::uint8_t sub = 0;
  std::uint16_t flags = 0;
  std::uint32_t pos = 0;  // byte offset in the original source
  std::uint32_t end = 0;
  Code* a = nullptr;
  Code* b = nullptr;
  Code* c = nullptr;
  Code* d = nullptr;
  Code** list = nullptr;
  std::uint32_t n = 0;
  std::uint16_t hops = 0;
  std::uint32_t slot = 0;
  double num = 0;
  std::int64_t big = 0;  // BigInt literals
  Str* str = nullptr;
  FunctionCode* fn = nullptr;
  ClassCode* cls = nullptr;
  ScopeCode* scope = nullptr;
  std::vector<Str*>* labels = nullptr;  // loops: the labels naming this statement

  bool has(std::uint16_t f) const { return (flags & f) != 0; }
  Code* operator[](std::uint32_t i) const { return list[i]; }
};

enum class FuncKind : std::uint8_t {
  Normal,
  Arrow,
  Method,
  Getter,
  Setter,
  ClassConstructor,
  FieldInit,
  StaticBlock,
  TopLevel
};

// The fixed slots of every non-arrow function's first scope.
inline constexpr std::uint32_t kSlotThis = 0;
inline constexpr std::uint32_t kSlotFunc = 1;
inline constexpr std::uint32_t kSlotNewTarget = 2;
inline constexpr std::uint32_t kSlotArguments = 3;
inline constexpr std::uint32_t kFirstFreeSlot = 4;

struct FunctionCode {
  FuncKind kind = FuncKind::Normal;
  bool is_async = false;
  bool is_generator = false;
  bool strict = false;
  bool derived = false;  // class constructor with `extends`
  bool uses_arguments = false;
  bool expression_body = false;  // arrow `=> expr`: body is an expression
  bool simple_params = true;
  bool has_self_slot = false;  // named function expression: slot holds the function
  std::uint32_t self_slot = 0;
  Str* name = nullptr;               // may be null (anonymous)
  std::uint32_t length = 0;          // ExpectedArgumentCount
  std::uint32_t begin = 0, end = 0;  // source range (Function.prototype.toString)
  ScopeCode* scope = nullptr;        // parameters (and body when body_scope is null)
  ScopeCode* body_scope = nullptr;   // separate var scope when parameters have expressions
  std::vector<std::pair<std::uint32_t, std::uint32_t>> var_copies;  // param slot -> body slot
  std::vector<Code*> params;                      // targets: Local, patterns, PatDefault, PatRest
  std::vector<std::uint32_t> simple_param_slots;  // when simple_params
  Code* body = nullptr;                           // Block, or an expression (expression_body)
};

enum class MemberKind : std::uint8_t { Method, Getter, Setter, Field, StaticBlock };

struct ClassMember {
  MemberKind kind;
  bool is_static = false;
  bool is_private = false;
  Code* computed_key = nullptr;  // evaluated at class definition
  Str* key = nullptr;            // literal key, or the private name's text
  Code* private_ref = nullptr;   // Local resolving the private name's symbol
  FunctionCode* fn = nullptr;    // method body, accessor, field initializer or static block
  std::uint32_t pos = 0;
};

struct ClassCode {
  Str* name = nullptr;
  Code* heritage = nullptr;
  FunctionCode* constructor = nullptr;  // null: the default constructor
  std::vector<ClassMember> members;
  ScopeCode* scope = nullptr;   // class name binding and private names
  std::uint32_t name_slot = 0;  // inner binding of the class name (if named)
  bool has_name_binding = false;
  std::vector<std::pair<std::uint32_t, Str*>> private_names;  // slot, "#x"
  std::uint32_t begin = 0, end = 0;
};

}  // namespace desugar::sim
