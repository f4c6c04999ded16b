// The simulator against the tick tables of /work/shared/docs/semantics.md (§2 promise internals,
// §3 async functions, §4 the runner variants). The levels there were measured on Node; each case
// runs after `ticker(6)`, and the level of X is the number of "tN" lines printed before "X".
#include <catch2/catch.hpp>

#include <string>

#include "parse/parse.h"
#include "sim/sim.h"

using namespace desugar;

namespace {

Prediction run(const std::string& js, AwaitMode mode = AwaitMode::Modern) {
  SourceFile file{"<test>", js, false};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  REQUIRE(r.ok);
  SimOptions o;
  o.source = file.text;
  o.await_mode = mode;
  return predict(r.program, o);
}

int level_of_x(const std::string& case_js, AwaitMode mode = AwaitMode::Modern) {
  std::string js =
      "function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() "
      "=> console.log('t' + i)); }\n"
      "const X = () => console.log('X');\n"
      "ticker(6);\n" +
      case_js + "\n";
  Prediction p = run(js, mode);
  INFO(case_js << "\n" << p.refusal);
  REQUIRE(p.ok);
  std::size_t x = p.stdout_text.find("X\n");
  REQUIRE(x != std::string::npos);
  int level = 0;
  for (std::size_t i = 0; i < x; ++i) {
    if (p.stdout_text[i] == 't' && (i == 0 || p.stdout_text[i - 1] == '\n')) ++level;
  }
  return level;
}

struct Case {
  const char* js;
  int level;
};

}  // namespace

TEST_CASE("semantics.md §2: promise internals tick table", "[sim][ticks]") {
  const Case cases[] = {
      {"new Promise(r => r(42)).then(X);", 1},
      {"new Promise(r => r(Promise.resolve(1))).then(X);", 3},
      {"new Promise(r => r({ then(f) { f(1); } })).then(X);", 2},
      {"const q = Promise.resolve(1); Promise.resolve(q).then(X);", 1},
      {"Promise.resolve({ then(f) { f(1); } }).then(X);", 2},
      {"class Sub extends Promise {} Promise.resolve(Sub.resolve(1)).then(X);", 3},
      {"Promise.resolve().then(() => 1).then(X);", 2},
      {"Promise.resolve().then(() => Promise.resolve(1)).then(X);", 4},
      {"Promise.reject(1).then(() => {}).then(() => {}).catch(X);", 3},
      {"Promise.resolve(1).then(v => v).then(X);", 2},
      {"Promise.resolve(1).finally(() => {}).then(X);", 4},
      {"Promise.reject(1).finally(() => {}).catch(X);", 4},
      {"Promise.resolve(1).finally(undefined).then(X);", 2},
      {"Promise.all([Promise.resolve(1), Promise.resolve(2)]).then(X);", 2},
      {"Promise.all([1, 2]).then(X);", 2},
      {"Promise.race([Promise.resolve(1), Promise.resolve(2)]).then(X);", 2},
      {"Promise.any([Promise.resolve(1), Promise.resolve(2)]).then(X);", 2},
      {"Promise.allSettled([Promise.resolve(1), Promise.resolve(2)]).then(X);", 2},
      {"Promise.all([]).then(X);", 1},
      {"queueMicrotask(X);", 1},
  };
  for (const Case& c : cases) {
    INFO(c.js);
    CHECK(level_of_x(c.js) == c.level);
  }
}

TEST_CASE("semantics.md §3: async function tick table", "[sim][ticks]") {
  const Case cases[] = {
      {"(async () => { await Promise.resolve(1); X(); })();", 1},
      {"(async () => { await 1; X(); })();", 1},
      {"(async () => { await { then(f) { f(1); } }; X(); })();", 2},
      {"class Sub extends Promise {} (async () => { await Sub.resolve(1); X(); })();", 3},
      {"const q = Promise.resolve(1); q.constructor = Object; (async () => { await q; X(); })();",
       3},
      {"(async () => { await null; await null; X(); })();", 2},
      {"(async () => 1)().then(X);", 1},
      {"(async () => Promise.resolve(1))().then(X);", 3},
      {"(async () => await Promise.resolve(1))().then(X);", 2},
      {"(async () => ({ then(f) { f(1); } }))().then(X);", 2},
      {"(async () => { throw 1; })().catch(X);", 1},
  };
  for (const Case& c : cases) {
    INFO(c.js);
    CHECK(level_of_x(c.js) == c.level);
  }
}

TEST_CASE("semantics.md §3: legacy await costs three jobs for a native promise", "[sim][ticks]") {
  CHECK(level_of_x("(async () => { await Promise.resolve(1); X(); })();", AwaitMode::Legacy) == 3);
  CHECK(level_of_x("(async () => { await 1; X(); })();", AwaitMode::Legacy) == 1);
  CHECK(level_of_x("new Promise(r => r(Promise.resolve(1))).then(X);", AwaitMode::Legacy) == 3);
}

TEST_CASE("semantics.md §4: the runner variants' continuation levels", "[sim][ticks]") {
  // A: Promise.resolve(v).then; C: always new Promise(r => r(v)); D: sync when not thenable.
  const char* operands[] = {"Promise.resolve(1)", "1", "{ then(f) { f(1); } }", "Sub.resolve(1)"};
  const int native[] = {1, 1, 2, 3};
  const int runner_c[] = {3, 1, 2, 3};
  for (int i = 0; i < 4; ++i) {
    std::string sub = "class Sub extends Promise {}\n";
    INFO(operands[i]);
    CHECK(level_of_x(sub + "(async () => { await (" + operands[i] + "); X(); })();") == native[i]);
    CHECK(level_of_x(sub + "Promise.resolve(" + operands[i] + ").then(X);") == native[i]);
    CHECK(level_of_x(sub + "new Promise(r => r(" + operands[i] + ")).then(X);") == runner_c[i]);
  }
}
