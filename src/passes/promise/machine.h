// The state-machine form of the promise stage, for bodies with awaits inside branches, loops,
// switch or try: one `step` function that runs the body's pieces as states until one awaits.
#pragma once
#include <vector>

#include "passes/promise/lowering_context.h"

namespace desugar::promise {

// Writes the executor statements for `body` into `out`. Returns false when the body uses a
// construct the state machine does not lower yet (a diagnostic is not reported then).
bool machine_form(Node* body, FunctionContext& fn, std::vector<Node*>& out);

}  // namespace desugar::promise
