#include "passes/promise/machine.h"

namespace desugar::promise {

bool machine_form(Node* body, FunctionContext& fn, std::vector<Node*>& out) {
  (void)body;
  (void)fn;
  (void)out;
  return false;
}

}  // namespace desugar::promise
