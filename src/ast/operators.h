// The one operator table: every JavaScript operator the AST carries on a Unary, Update, Binary or
// Assign node, with its spelling, precedence, associativity and side-effect class. The parser sets
// `Node::op` from it, the printer reads precedence from it, the simulator maps it onto its own
// opcodes, and passes compare `Op` values instead of strings. (esbuild's js_ast keeps a similar
// table, OpTable, indexed by its OpCode.)
#pragma once
#include <cstdint>
#include <string_view>

namespace desugar {

// Expression precedence, lowest to highest (esbuild's scheme). The printer parenthesises a node
// whose own level is not above its context's level. ECMA-262 puts `??` beside `||`
// (ShortCircuitExpression: LogicalORExpression | CoalesceExpression); here it has its own level
// just below LogicalOr, and `mixes_with_or_and` is false for it: `a ?? b || c` needs parentheses.
enum class Level : std::uint8_t {
  Lowest,
  Comma,
  Spread,
  Yield,
  Assign,
  Conditional,
  NullishCoalescing,
  LogicalOr,
  LogicalAnd,
  BitwiseOr,
  BitwiseXor,
  BitwiseAnd,
  Equals,
  Compare,
  Shift,
  Add,
  Multiply,
  Exponentiation,
  Prefix,
  Postfix,
  New,
  Call,
  Member,
};

enum class Op : std::uint8_t {
  None,  // not an operator node (or an operator the table does not know)
  // Unary (always prefix)
  Pos,
  Neg,
  BitNot,
  Not,
  Void,
  Typeof,
  Delete,
  // Update (prefix or postfix: flag::Prefix on the node says which)
  Inc,
  Dec,
  // Binary
  Add,
  Sub,
  Mul,
  Div,
  Rem,
  Pow,
  Shl,
  Shr,
  UShr,
  BitAnd,
  BitOr,
  BitXor,
  Lt,
  Gt,
  Le,
  Ge,
  In,
  InstanceOf,
  Eq,
  Ne,
  StrictEq,
  StrictNe,
  LogicalAnd,
  LogicalOr,
  Nullish,
  // Assign
  Assign,
  AddAssign,
  SubAssign,
  MulAssign,
  DivAssign,
  RemAssign,
  PowAssign,
  ShlAssign,
  ShrAssign,
  UShrAssign,
  BitAndAssign,
  BitOrAssign,
  BitXorAssign,
  LogicalAndAssign,
  LogicalOrAssign,
  NullishAssign,
  Count_,
};

// Which node kind carries the operator (a spelling such as `-` or `++` is looked up per kind).
enum class OpKind : std::uint8_t { None, Unary, Update, Binary, Assign };

enum class Assoc : std::uint8_t { None, Left, Right };

// What evaluating the operator itself may do, beyond evaluating its operands.
enum class Effect : std::uint8_t {
  Pure,      // never throws, calls no user code: `!`, `void`, `typeof`, `===`, `&&`, `||`, `??`
  MayThrow,  // converts its operands (ToPrimitive, ToNumeric) or checks them: `+`, `<`, `in`, `-x`
  Writes,    // assigns or deletes: `=`, `+=`, `++`, `delete`
};

struct OpInfo {
  std::string_view spelling;
  OpKind kind;
  Level level;
  Assoc assoc;
  Effect effect;
  bool short_circuit;  // `&&`, `||`, `??` and their assignment forms
  Op base;             // compound assignment: the binary operator it applies (`+=` → `+`)
};

const OpInfo& op_info(Op op);
inline std::string_view spelling(Op op) { return op_info(op).spelling; }
inline Level op_level(Op op) { return op_info(op).level; }

// The operator of the given kind with that spelling, or Op::None.
Op find_op(OpKind kind, std::string_view spelling);

// `||` or `&&`: these may not be mixed with `??` without parentheses.
inline bool mixes_with_or_and(Op op) { return op != Op::Nullish; }
inline bool is_or_and(Op op) { return op == Op::LogicalOr || op == Op::LogicalAnd; }
inline bool is_logical(Op op) { return is_or_and(op) || op == Op::Nullish; }
inline bool is_logical_assign(Op op) {
  return op == Op::LogicalAndAssign || op == Op::LogicalOrAssign || op == Op::NullishAssign;
}

}  // namespace desugar
