// The runtime's pieces and templates parsed once per process (runtime/library.h), shared by every
// compile and every thread of directory mode.
#pragma once
#include "runtime/library.h"

namespace desugar {

const RuntimeLibrary& runtime_library();

}  // namespace desugar
