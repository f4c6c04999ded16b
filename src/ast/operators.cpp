#include "ast/operators.h"

#include <array>

namespace desugar {

namespace {

constexpr OpInfo unary(std::string_view s, Effect e) {
  return {s, OpKind::Unary, Level::Prefix, Assoc::Right, e, false, Op::None};
}
constexpr OpInfo update(std::string_view s) {
  return {s, OpKind::Update, Level::Postfix, Assoc::None, Effect::Writes, false, Op::None};
}
constexpr OpInfo binary(std::string_view s, Level l, Effect e = Effect::MayThrow,
                        Assoc a = Assoc::Left) {
  bool sc = s == "&&" || s == "||" || s == "??";
  return {s, OpKind::Binary, l, a, e, sc, Op::None};
}
constexpr OpInfo assign(std::string_view s, Op base) {
  bool sc = base == Op::LogicalAnd || base == Op::LogicalOr || base == Op::Nullish;
  return {s, OpKind::Assign, Level::Assign, Assoc::Right, Effect::Writes, sc, base};
}

using L = Level;
using E = Effect;

// Indexed by Op; the order must follow the enum (checked below).
constexpr std::array<OpInfo, static_cast<std::size_t>(Op::Count_)> kTable = {{
    {"", OpKind::None, L::Lowest, Assoc::None, E::MayThrow, false, Op::None},
    unary("+", E::MayThrow),
    unary("-", E::MayThrow),
    unary("~", E::MayThrow),
    unary("!", E::Pure),
    unary("void", E::Pure),
    unary("typeof", E::Pure),
    unary("delete", E::Writes),
    update("++"),
    update("--"),
    binary("+", L::Add),
    binary("-", L::Add),
    binary("*", L::Multiply),
    binary("/", L::Multiply),
    binary("%", L::Multiply),
    binary("**", L::Exponentiation, E::MayThrow, Assoc::Right),
    binary("<<", L::Shift),
    binary(">>", L::Shift),
    binary(">>>", L::Shift),
    binary("&", L::BitwiseAnd),
    binary("|", L::BitwiseOr),
    binary("^", L::BitwiseXor),
    binary("<", L::Compare),
    binary(">", L::Compare),
    binary("<=", L::Compare),
    binary(">=", L::Compare),
    binary("in", L::Compare),
    binary("instanceof", L::Compare),
    binary("==", L::Equals),
    binary("!=", L::Equals),
    binary("===", L::Equals, E::Pure),
    binary("!==", L::Equals, E::Pure),
    binary("&&", L::LogicalAnd, E::Pure),
    binary("||", L::LogicalOr, E::Pure),
    binary("??", L::NullishCoalescing, E::Pure),
    assign("=", Op::None),
    assign("+=", Op::Add),
    assign("-=", Op::Sub),
    assign("*=", Op::Mul),
    assign("/=", Op::Div),
    assign("%=", Op::Rem),
    assign("**=", Op::Pow),
    assign("<<=", Op::Shl),
    assign(">>=", Op::Shr),
    assign(">>>=", Op::UShr),
    assign("&=", Op::BitAnd),
    assign("|=", Op::BitOr),
    assign("^=", Op::BitXor),
    assign("&&=", Op::LogicalAnd),
    assign("||=", Op::LogicalOr),
    assign("??=", Op::Nullish),
}};

constexpr bool at(Op op, std::string_view s) {
  return kTable[static_cast<std::size_t>(op)].spelling == s;
}
static_assert(at(Op::Delete, "delete") && at(Op::Dec, "--") && at(Op::Pow, "**") &&
                  at(Op::InstanceOf, "instanceof") && at(Op::StrictNe, "!==") &&
                  at(Op::Nullish, "??") && at(Op::Assign, "=") && at(Op::NullishAssign, "??="),
              "kTable is out of step with enum Op");

}  // namespace

const OpInfo& op_info(Op op) {
  auto i = static_cast<std::size_t>(op);
  return kTable[i < kTable.size() ? i : 0];
}

Op find_op(OpKind kind, std::string_view spelling) {
  for (std::size_t i = 1; i < kTable.size(); ++i) {
    if (kTable[i].kind == kind && kTable[i].spelling == spelling) return static_cast<Op>(i);
  }
  return Op::None;
}

}  // namespace desugar
