// The semantic choices of a run: which output form, which await semantics, which host. A leaf:
// every stage may read these, none of them knows the command line (driver/options.cpp maps it
// onto them).
#pragma once
#include <optional>
#include <string_view>

namespace desugar {

// The output form: parse and print back, async functions as generators, or as Promise chains.
enum class Stage { Print, Generator, Promise };

// ES2019+ await (PromiseResolve plus one then) or pre-2019 await (Chrome <= 71, Node <= 11).
enum class AwaitMode { Modern, Legacy };

// The host whose event loop the simulator models.
enum class HostKind { Node, Browser };

inline const char* host_name(HostKind host) {
  return host == HostKind::Browser ? "browser" : "node";
}

inline std::optional<HostKind> parse_host_name(std::string_view name) {
  if (name == "node") return HostKind::Node;
  if (name == "browser") return HostKind::Browser;
  return std::nullopt;
}

}  // namespace desugar
