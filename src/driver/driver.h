// The command-line driver: arguments, reading the input, writing the output atomically.
#pragma once
#include <string>
#include <vector>

namespace desugar {

// Runs desugar as the CLI does and returns the exit status.
int run_cli(const std::vector<std::string>& args);

}  // namespace desugar
