// libFuzzer target 2, the event-loop simulator: bytes -> parse -> predict, with a small step
// budget so a looping program ends as a refusal. It must not crash, hang or trip a sanitizer.
// The seed corpus holds programs from tests/fuzz/gen.js and the test corpus; libFuzzer mutates
// them.
#include <cstddef>
#include <cstdint>
#include <string>

#include "parse/parse.h"
#include "sim/sim.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return 0;
  // As in fuzz_pipeline, the first byte picks script (even) or module (odd).
  bool is_module = size > 0 && (data[0] & 1);
  std::string text = size > 0 ? std::string(reinterpret_cast<const char*>(data) + 1, size - 1) : "";
  desugar::Arena arena;
  desugar::ParseResult parsed = desugar::parse_js_text(text, is_module, arena, nullptr);
  if (!parsed.ok) return 0;
  desugar::SimOptions options;
  options.is_module = is_module;
  options.max_steps = 200'000;
  options.max_depth = 500;
  options.trace = size % 2 == 0;
  options.source = text;
  (void)desugar::predict(parsed.program, options);
  return 0;
}
