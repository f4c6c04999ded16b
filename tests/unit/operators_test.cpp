// The operator table (src/ast/operators.h): spellings round-trip, levels follow ECMA-262's
// expression grammar, associativity and the `??` mixing rule.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "ast/operators.h"

using namespace desugar;

namespace {
Op op_at(std::size_t i) { return static_cast<Op>(i); }
constexpr std::size_t kCount = static_cast<std::size_t>(Op::Count_);
Level bin(std::string_view s) {
  Op op = find_op(OpKind::Binary, s);
  REQUIRE(op != Op::None);
  return op_level(op);
}
}  // namespace

TEST_CASE("every operator's spelling round-trips through find_op") {
  std::set<std::pair<int, std::string>> seen;
  for (std::size_t i = 1; i < kCount; ++i) {
    const OpInfo& info = op_info(op_at(i));
    INFO("operator #" << i << " `" << std::string(info.spelling) << "`");
    REQUIRE_FALSE(info.spelling.empty());
    REQUIRE(info.kind != OpKind::None);
    CHECK(find_op(info.kind, info.spelling) == op_at(i));
    CHECK(spelling(op_at(i)) == info.spelling);
    CHECK(seen.insert({static_cast<int>(info.kind), std::string(info.spelling)}).second);
  }
  CHECK(seen.size() == kCount - 1);
  CHECK(find_op(OpKind::Binary, "=>") == Op::None);
  CHECK(find_op(OpKind::Binary, "!") == Op::None);  // unary only
  CHECK(find_op(OpKind::Unary, "-") == Op::Neg);
  CHECK(find_op(OpKind::Binary, "-") == Op::Sub);
  CHECK(find_op(OpKind::Update, "--") == Op::Dec);
  CHECK(find_op(OpKind::Assign, ">>>=") == Op::UShrAssign);
  CHECK(spelling(Op::None).empty());
}

TEST_CASE("binary precedence follows ECMA-262's grammar") {
  // ExponentiationExpression > MultiplicativeExpression > AdditiveExpression > ShiftExpression >
  // RelationalExpression > EqualityExpression > BitwiseAND > BitwiseXOR > BitwiseOR >
  // LogicalAND > LogicalOR.
  const char* order[] = {"**", "*", "+", "<<", "<", "==", "&", "^", "|", "&&", "||"};
  for (std::size_t i = 0; i + 1 < std::size(order); ++i) {
    INFO(order[i] << " binds tighter than " << order[i + 1]);
    CHECK(bin(order[i]) > bin(order[i + 1]));
  }
  for (const char* s : {"/", "%"}) CHECK(bin(s) == bin("*"));
  CHECK(bin("-") == bin("+"));
  for (const char* s : {">>", ">>>"}) CHECK(bin(s) == bin("<<"));
  for (const char* s : {">", "<=", ">=", "in", "instanceof"}) CHECK(bin(s) == bin("<"));
  for (const char* s : {"!=", "===", "!=="}) CHECK(bin(s) == bin("=="));
  // Unary operators bind tighter than any binary one, assignment looser.
  CHECK(op_level(Op::Not) > bin("**"));
  CHECK(op_level(Op::Typeof) == op_level(Op::Neg));
  CHECK(op_level(Op::AddAssign) < bin("??"));
  CHECK(op_level(Op::Assign) == op_level(Op::NullishAssign));
}

TEST_CASE("?? sits beside || and does not mix with || or &&") {
  // ShortCircuitExpression: LogicalORExpression | CoalesceExpression, whose operands are
  // BitwiseORExpressions: nothing may sit between `??` and `||`, and `??` is above `? :`.
  Level n = bin("??");
  CHECK(static_cast<int>(bin("||")) - static_cast<int>(n) == 1);
  CHECK(n > Level::Conditional);
  CHECK(n < bin("|"));
  CHECK_FALSE(mixes_with_or_and(Op::Nullish));
  CHECK(mixes_with_or_and(Op::LogicalOr));
  CHECK(mixes_with_or_and(Op::LogicalAnd));
  CHECK(is_or_and(Op::LogicalOr));
  CHECK_FALSE(is_or_and(Op::Nullish));
  CHECK(is_logical(Op::Nullish));
}

TEST_CASE("associativity, side effects and compound bases") {
  CHECK(op_info(Op::Pow).assoc == Assoc::Right);
  CHECK(op_info(Op::Assign).assoc == Assoc::Right);
  for (Op op : {Op::Add, Op::Sub, Op::Mul, Op::Shl, Op::Lt, Op::Eq, Op::BitOr, Op::LogicalAnd,
                Op::LogicalOr, Op::Nullish})
    CHECK(op_info(op).assoc == Assoc::Left);
  CHECK(op_info(Op::StrictEq).effect == Effect::Pure);
  CHECK(op_info(Op::Typeof).effect == Effect::Pure);
  CHECK(op_info(Op::Add).effect == Effect::MayThrow);  // ToPrimitive may call user code
  CHECK(op_info(Op::In).effect == Effect::MayThrow);   // throws on a primitive right side
  CHECK(op_info(Op::Delete).effect == Effect::Writes);
  CHECK(op_info(Op::Inc).effect == Effect::Writes);
  CHECK(op_info(Op::Nullish).short_circuit);
  CHECK(op_info(Op::LogicalOrAssign).short_circuit);
  CHECK_FALSE(op_info(Op::BitOr).short_circuit);
  for (std::size_t i = 1; i < kCount; ++i) {
    const OpInfo& info = op_info(op_at(i));
    if (info.kind != OpKind::Assign) continue;
    INFO(std::string(info.spelling));
    CHECK(info.effect == Effect::Writes);
    if (op_at(i) == Op::Assign) {
      CHECK(info.base == Op::None);
      continue;
    }
    // `x op= y` applies the binary operator spelled without the trailing `=`.
    REQUIRE(info.base != Op::None);
    std::string bin_spelling(info.spelling.substr(0, info.spelling.size() - 1));
    CHECK(spelling(info.base) == bin_spelling);
    CHECK(op_info(info.base).kind == OpKind::Binary);
  }
}
