#include "passes/pipeline.h"

#include <stdexcept>

#include "passes/lower_async.h"
#include "passes/names.h"

namespace desugar {

Node* lower_program(Node* program, const LowerOptions& options, AstBuilder& builder,
                    Diagnostics& diags) {
  if (options.stage == Stage::Print) return program;
  if (options.runtime == nullptr) throw std::logic_error("lower_program needs the runtime library");
  const RuntimeLibrary& library = *options.runtime;
  ReservedNames names(program);
  switch (options.stage) {
    case Stage::Print: return program;
    case Stage::Generator:
      if (!lower_async_to_generators(program, options.await_mode, library, names, builder, diags))
        return nullptr;
      return program;
    case Stage::Promise:
      if (!lower_async_to_promises(program, options.await_mode, options.explicit_jobs,
                                   options.source, library, names, builder, diags)) {
        return nullptr;
      }
      return program;
  }
  return program;
}

}  // namespace desugar
