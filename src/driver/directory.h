// Directory mode: `desugar src/ -o out/` lowers every .js, .mjs and .cjs file under src/ into the
// same layout under out/, in parallel (one parser per thread, --jobs N threads, default: cores).
#pragma once
#include "driver/options.h"

namespace desugar {

// Returns the exit status: 0 when every file lowered, 1 when any failed (the others are still
// written completely), 2 for a usage error.
int run_directory(const Options& options);

}  // namespace desugar
