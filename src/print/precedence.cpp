#include "print/precedence.h"

namespace desugar {

Level binary_level(Op op) {
  const OpInfo& info = op_info(op);
  return info.kind == OpKind::Binary ? info.level : Level::Comma;
}

Level binary_level(std::string_view op) { return binary_level(find_op(OpKind::Binary, op)); }

}  // namespace desugar
