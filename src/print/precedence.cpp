#include "print/precedence.h"

namespace desugar {

Level binary_level(std::string_view op) {
  switch (op.size()) {
    case 1:
      switch (op[0]) {
        case '|': return Level::BitwiseOr;
        case '^': return Level::BitwiseXor;
        case '&': return Level::BitwiseAnd;
        case '<':
        case '>': return Level::Compare;
        case '+':
        case '-': return Level::Add;
        case '*':
        case '/':
        case '%': return Level::Multiply;
        default: return Level::Comma;
      }
    case 2:
      if (op == "??") return Level::NullishCoalescing;
      if (op == "||") return Level::LogicalOr;
      if (op == "&&") return Level::LogicalAnd;
      if (op == "==" || op == "!=") return Level::Equals;
      if (op == "<=" || op == ">=" || op == "in") return Level::Compare;
      if (op == "<<" || op == ">>") return Level::Shift;
      if (op == "**") return Level::Exponentiation;
      return Level::Comma;
    case 3:
      if (op == "===" || op == "!==") return Level::Equals;
      if (op == ">>>") return Level::Shift;
      return Level::Comma;
    default:
      if (op == "instanceof") return Level::Compare;
      return Level::Comma;
  }
}

}  // namespace desugar
