// The runtime in the output: copies of the parsed runtime pieces (runtime/library.h) and of its
// templates, with the output's own prefix in place of "__ds_".
#pragma once
#include <string>
#include <vector>

#include "ast/ast.h"
#include "runtime/helpers.h"
#include "runtime/library.h"

namespace desugar {

// The statements of the runtime that implements `helpers`, copied into `builder`'s arena.
std::vector<Node*> runtime_statements(const RuntimeLibrary& library, const HelperSet& helpers,
                                      const RuntimeOptions& options, const std::string& prefix,
                                      AstBuilder& builder);

// A copy of template `t`'s program with `prefix` for "__ds_"; its source range is `origin`'s.
Node* instantiate_template(const RuntimeLibrary& library, Template t, const std::string& prefix,
                           const Node* origin, AstBuilder& builder);

}  // namespace desugar
