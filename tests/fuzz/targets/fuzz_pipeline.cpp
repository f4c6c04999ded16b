// libFuzzer target 1, the whole pipeline: bytes -> parse -> lower (every stage, both await
// modes) -> print -> reparse. It must not crash, hang or trip a sanitizer, and every output of
// an accepted input must parse again without errors.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "driver/compile.h"
#include "parse/parse.h"

namespace {
void require_reparses(const std::string& output, bool is_module, const char* what) {
  desugar::Arena arena;
  desugar::Diagnostics diags;
  if (desugar::parse_js_text(output, is_module, arena, &diags).ok) return;
  std::fprintf(stderr, "fuzz_pipeline: %s output does not parse:\n%s\n", what, output.c_str());
  std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return 0;  // larger inputs only slow the search down
  desugar::SourceFile file;
  file.path = "<fuzz>";
  // The first byte picks script or module; the rest is the program.
  file.is_module = size > 0 && (data[0] & 1);
  if (size > 0) file.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  struct Mode {
    desugar::Stage stage;
    desugar::AwaitMode await_mode;
    const char* name;
  };
  const Mode modes[] = {
      {desugar::Stage::Print, desugar::AwaitMode::Modern, "print"},
      {desugar::Stage::Generator, desugar::AwaitMode::Modern, "generator"},
      {desugar::Stage::Generator, desugar::AwaitMode::Legacy, "generator --await legacy"},
      {desugar::Stage::Promise, desugar::AwaitMode::Modern, "promise"},
      {desugar::Stage::Promise, desugar::AwaitMode::Legacy, "promise --await legacy"},
  };
  for (const Mode& m : modes) {
    desugar::Options options;
    options.stage = m.stage;
    options.await_mode = m.await_mode;
    desugar::CompileResult result = desugar::compile(file, options);
    if (!result.ok) return 0;  // rejected input: every stage rejects it the same way
    require_reparses(result.output, file.is_module, m.name);
  }
  return 0;
}
