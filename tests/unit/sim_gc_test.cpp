// The simulator's heap stays bounded on long runs: unreachable promises, closures, environments
// and finished async activations are collected between jobs.
#include <catch2/catch.hpp>

#include <string>

#include "parse/parse.h"
#include "sim/sim.h"

using namespace desugar;

namespace {

Prediction run(const std::string& js) {
  SourceFile file{"<test>", js, false};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  REQUIRE(r.ok);
  SimOptions o;
  o.source = file.text;
  o.max_steps = 1'000'000'000;
  return predict(r.program, o);
}

}  // namespace

TEST_CASE("a million awaits run in bounded memory", "[sim][gc]") {
  Prediction p =
      run("async function main() { let s = 0; for (let i = 0; i < 1000000; i++) s += await i; "
          "console.log(s); }\n"
          "main();\n");
  REQUIRE(p.ok);
  CHECK(p.stdout_text == "499999500000\n");
  CHECK(p.jobs >= 1000000);
  CHECK(p.gc_collections > 0);
  CHECK(p.peak_heap_bytes < (std::size_t{96} << 20));
}

TEST_CASE("a then-chain storm of a million jobs runs in bounded memory", "[sim][gc]") {
  Prediction p = run(
      "let done = 0;\n"
      "function link(n) { if (n === 1000) { if (++done === 1000) console.log('done'); return; }\n"
      "  Promise.resolve(n).then(v => link(v + 1)); }\n"
      "for (let c = 0; c < 1000; c++) link(0);\n");
  REQUIRE(p.ok);
  CHECK(p.stdout_text == "done\n");
  CHECK(p.jobs >= 1000000);
  CHECK(p.gc_collections > 0);
  CHECK(p.peak_heap_bytes < (std::size_t{96} << 20));
}

TEST_CASE("generators and async functions abandoned while suspended are collected", "[sim][gc]") {
  Prediction p =
      run("function* g() { yield 1; yield 2; }\n"
          "let n = 0;\n"
          "function step(i) { if (i === 60000) { console.log('ok', n); return; } const it = g(); n "
          "+= it.next().value;\n"
          "  (async () => { await new Promise(() => {}); })();\n"
          "  if (i % 1000 === 999) setTimeout(() => step(i + 1), 0); else step(i + 1); }\n"
          "step(0);\n");
  REQUIRE(p.ok);
  CHECK(p.stdout_text == "ok 60000\n");
  CHECK(p.gc_collections > 0);
  CHECK(p.peak_heap_bytes < (std::size_t{256} << 20));
}
