// Command-line options of the desugar binary.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/choices.h"

namespace desugar {

struct Options {
  std::string input;                  // path, or "-" for stdin
  std::optional<std::string> output;  // -o; stdout when absent
  Stage stage = Stage::Promise;
  AwaitMode await_mode = AwaitMode::Modern;
  bool explicit_jobs = true;  // --no-explicit-jobs turns it off
  bool force_module = false;  // --module
  bool force_script = false;  // --script
  bool help = false;
  bool version = false;
  // ---- the predicted ordering (src/sim, src/report)
  enum class OrderMode { None, Order, Explain, ExplainJson };
  OrderMode order_mode = OrderMode::None;       // --order / --explain / --explain=json
  bool no_order = false;                        // --no-order: no ordering comments in -o output
  std::optional<std::string> order_file;        // --order-file F
  HostKind host = HostKind::Node;               // --host node|browser
  unsigned long long max_steps = 100000000ULL;  // --max-steps N
  unsigned jobs = 0;  // --jobs N: threads in directory mode (0: one per core)
};

// Parses argv. On a usage error returns nullopt and fills `error`.
std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error);

const char* usage_text();

// Exit statuses, documented in --help.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputError = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;

}  // namespace desugar
