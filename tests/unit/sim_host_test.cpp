// The simulated hosts against semantics.md §1 and the §7 checklist: nextTick vs promise jobs in
// scripts and ES modules, timers on the virtual clock, setImmediate, the reported
// setTimeout-vs-setImmediate race, budgets and refusals. Expected outputs are Node v20's.
#include <catch2/catch.hpp>

#include <string>

#include "parse/parse.h"
#include "sim/sim.h"

using namespace desugar;

namespace {

Prediction run(const std::string& js, bool module = false, HostKind host = HostKind::Node,
               std::uint64_t max_steps = 100'000'000) {
  SourceFile file{"<test>", js, module};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  REQUIRE(r.ok);
  SimOptions o;
  o.source = file.text;
  o.is_module = module;
  o.host = host;
  o.max_steps = max_steps;
  o.trace = true;
  return predict(r.program, o);
}

std::string lines(const std::string& js, bool module = false, HostKind host = HostKind::Node) {
  Prediction p = run(js, module, host);
  INFO(js << "\nrefusal: " << p.refusal);
  REQUIRE(p.ok);
  std::string out;
  for (char c : p.stdout_text) out += c == '\n' ? ' ' : c;
  if (!out.empty()) out.pop_back();
  return out;
}

const char* kPhases = R"(
setTimeout(() => console.log('timeout'), 1);
Promise.resolve()
  .then(() => { console.log('p1'); process.nextTick(() => console.log('tick from p1')); })
  .then(() => console.log('p2'));
process.nextTick(() => {
  console.log('tick');
  Promise.resolve().then(() => console.log('p from tick'));
});
console.log('sync');
)";

}  // namespace

TEST_CASE("§7.1-3: CommonJS drains nextTick first; an ES module drains promise jobs first",
          "[sim][host]") {
  CHECK(lines(kPhases) == "sync tick p1 p from tick p2 tick from p1 timeout");
  CHECK(lines(kPhases, true) == "sync p1 p2 tick tick from p1 p from tick timeout");
}

TEST_CASE("§7.4: inside a callback, setImmediate comes before setTimeout(0)", "[sim][host]") {
  CHECK(
      lines("setTimeout(() => { setTimeout(() => console.log('timeout'), 0); setImmediate(() => "
            "console.log('immediate')); process.nextTick(() => console.log('nextTick')); }, 0);") ==
      "nextTick immediate timeout");
}

TEST_CASE("§7.5: a top-level setTimeout(0) against setImmediate is reported with both orders",
          "[sim][host]") {
  Prediction p = run(
      "setTimeout(() => console.log('timeout'), 0); setImmediate(() => console.log('immediate'));");
  REQUIRE(p.ok);
  CHECK(p.nondeterministic);
  CHECK(p.stdout_text == "immediate\ntimeout\n");
  CHECK(p.alternative_stdout == "timeout\nimmediate\n");
}

TEST_CASE("§7.6: delays below 1 are 1 and equal delays run in creation order", "[sim][host]") {
  CHECK(lines("setTimeout(() => console.log('A'), 1); setTimeout(() => console.log('B'), 0); "
              "setTimeout(() => console.log('C'), 1); setTimeout(() => console.log('D'), -5); "
              "setTimeout(() => console.log('E'), 2);") == "A B C D E");
}

TEST_CASE("§7.7: microtasks of timer callback 1 run before timer callback 2", "[sim][host]") {
  CHECK(lines("setTimeout(() => { console.log('t1'); Promise.resolve().then(() => console.log('t1 "
              "microtask')); process.nextTick(() => console.log('t1 nextTick')); }, 0); "
              "setTimeout(() => console.log('t2'), 0);") == "t1 t1 nextTick t1 microtask t2");
}

TEST_CASE("setInterval re-arms behind same-duration timers", "[sim][host]") {
  CHECK(lines("let n = 0; const id = setInterval(() => { console.log('f'); if (++n === 3) "
              "clearInterval(id); }, 0); setTimeout(() => console.log('g'), 0);") == "f g f f");
}

TEST_CASE("A busy-wait on Date.now() advances the virtual clock", "[sim][host]") {
  CHECK(lines("setTimeout(() => console.log('d'), 0); Promise.resolve().then(() => { const b = "
              "Date.now(); while (Date.now() - b < 20); console.log('c1'); "
              "Promise.resolve().then(() => console.log('c2')); });") == "c1 c2 d");
}

TEST_CASE("The step budget ends a setInterval that is never cleared", "[sim][host]") {
  Prediction p = run("setInterval(() => {}, 10);", false, HostKind::Node, 100000);
  CHECK(!p.ok);
  CHECK(p.refusal.find("--max-steps") != std::string::npos);
}

TEST_CASE("Unmodelled host APIs refuse with a location", "[sim][host]") {
  Prediction p = run("console.log('a');\nfetch('https://example.com');\n");
  CHECK(!p.ok);
  CHECK(p.refusal == "`fetch` is not modelled");
  CHECK(p.refusal_offset == 18);
  CHECK(!run("const fs = require('fs');").ok);
  CHECK(!run("console.log(Math.random());").ok);
}

TEST_CASE("Uncaught errors: exit status 1 and nothing after", "[sim][host]") {
  Prediction p =
      run("setTimeout(() => { Promise.resolve().then(() => console.log('m')); throw 1; }, 0); "
          "setTimeout(() => console.log('t2'), 0);");
  REQUIRE(p.ok);
  CHECK(p.stdout_text.empty());
  CHECK(p.exit_status == 1);
  Prediction q =
      run("queueMicrotask(() => { throw 1; }); Promise.resolve().then(() => console.log('m2')); "
          "process.nextTick(() => console.log('t'));");
  REQUIRE(q.ok);
  CHECK(q.stdout_text == "t\n");
  CHECK(q.exit_status == 1);
}

TEST_CASE("Top-level await: an unsettled module exits 13", "[sim][host]") {
  Prediction p = run("console.log('a'); await new Promise(() => {}); console.log('b');", true);
  REQUIRE(p.ok);
  CHECK(p.stdout_text == "a\n");
  CHECK(p.exit_status == 13);
}

TEST_CASE("Browser host: no nextTick; a microtask checkpoint after each task", "[sim][host]") {
  CHECK(lines("setTimeout(() => console.log('t'), 0); Promise.resolve().then(() => "
              "console.log('p')); console.log('s');",
              false, HostKind::Browser) == "s p t");
  CHECK(lines("console.log(typeof process, typeof setImmediate, typeof queueMicrotask);", false,
              HostKind::Browser) == "undefined undefined function");
}

TEST_CASE("The trace labels each job with its kind and where it was queued", "[sim][host]") {
  Prediction p =
      run("(async () => { await null; console.log('a'); })();\nPromise.resolve().then(() => "
          "console.log('b'));\n");
  REQUIRE(p.ok);
  REQUIRE(p.trace.size() == 3);
  CHECK(p.trace[0].kind == "script");
  CHECK(p.trace[1].kind == "await continuation");
  CHECK(p.trace[1].lines == std::vector<std::string>{"a"});
  CHECK(p.trace[2].kind == "PromiseReactionJob");
  CHECK(p.trace[2].queued_at == 69);  // the `then` of line 2
}
