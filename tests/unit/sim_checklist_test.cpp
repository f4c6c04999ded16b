// semantics.md §7 (the ordering checklist) items not covered by the tick tables, and the §6 async
// generator / for-await table. Expected outputs were measured on Node v20.
#include <catch2/catch.hpp>

#include <string>

#include "parse/parse.h"
#include "sim/sim.h"

using namespace desugar;

namespace {

const char* kTicker =
    "function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => "
    "console.log('t' + i)); }\n";

Prediction run(const std::string& js) {
  SourceFile file{"<test>", js, false};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  REQUIRE(r.ok);
  SimOptions o;
  o.source = file.text;
  return predict(r.program, o);
}

std::string spaced(const std::string& js) {
  Prediction p = run(js);
  INFO(js << "\nrefusal: " << p.refusal);
  REQUIRE(p.ok);
  std::string out;
  for (char c : p.stdout_text) out += c == '\n' ? ' ' : c;
  if (!out.empty()) out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("§7.20: a throwing default parameter rejects an async function, throws for generators",
          "[sim][checklist]") {
  const char* js = R"(
const boom = () => { throw new Error('param'); };
async function af(a = boom()) {}
async function* ag(a = boom()) {}
function* g(a = boom()) {}
af().catch(e => console.log('af rejected:', e.message));
try { ag(); } catch (e) { console.log('ag threw sync:', e.message); }
try { g(); } catch (e) { console.log('g threw sync:', e.message); }
)";
  CHECK(spaced(js) == "ag threw sync: param g threw sync: param af rejected: param");
}

TEST_CASE("§7.21-22: the body runs synchronously up to the first await; x += await y reads x first",
          "[sim][checklist]") {
  CHECK(spaced("(async () => { console.log('in body'); await null; console.log('resumed'); })(); "
               "console.log('after call');") == "in body after call resumed");
  CHECK(spaced("let x = 1; (async () => { x += await 10; console.log(x); })(); x = 100;") == "11");
}

TEST_CASE(
    "§7.23-24: try/catch/finally with awaits interleaves as native; handled rejections exit 0",
    "[sim][checklist]") {
  std::string js = std::string(kTicker) + R"(
ticker(12);
async function g(x) { try { console.log('try'); const v = await x; if (v === 'bad') throw new Error('bad'); return v; }
  catch (e) { console.log('catch', e.message); return 'recovered'; }
  finally { console.log('finally'); await null; console.log('finally after await'); } }
g(Promise.resolve('ok')).then(v => console.log('result', v));
g('bad').then(v => console.log('result', v));
g(Promise.reject(new Error('rej'))).then(v => console.log('result', v));
)";
  Prediction p = run(js);
  REQUIRE(p.ok);
  CHECK(p.exit_status == 0);
  CHECK(p.stdout_text ==
        "try\ntry\ntry\nt1\nfinally\ncatch bad\nfinally\ncatch rej\nfinally\nt2\nfinally after "
        "await\n"
        "finally after await\nfinally after await\nt3\nresult ok\nresult recovered\nresult "
        "recovered\nt4\nt5\nt6\nt7\n"
        "t8\nt9\nt10\nt11\nt12\n");
}

TEST_CASE("§6 / §7.25: for await over an async generator vs an array; queued next() calls",
          "[sim][checklist]") {
  std::string gen = std::string(kTicker) +
                    "ticker(8);\nasync function* gen() { yield 'a'; yield 'b'; }\n"
                    "(async () => { for await (const x of gen()) console.log('body', x); "
                    "console.log('after'); })();\n";
  CHECK(spaced(gen) == "t1 t2 body a t3 t4 body b t5 after t6 t7 t8");
  std::string arr = std::string(kTicker) +
                    "ticker(8);\n(async () => { for await (const x of ['a', 'b']) "
                    "console.log('body', x); console.log('after'); })();\n";
  CHECK(spaced(arr) == "t1 t2 body a t3 t4 body b t5 t6 after t7 t8");
  std::string queued = std::string(kTicker) +
                       "ticker(6);\nasync function* gen() { yield 'a'; yield 'b'; }\n"
                       "const g = gen(); g.next().then(() => console.log('n1')); g.next().then(() "
                       "=> console.log('n2'));\n"
                       "g.next().then(() => console.log('n3'));\n";
  CHECK(spaced(queued) == "t1 t2 n1 t3 n2 n3 t4 t5 t6");
  std::string ret = std::string(kTicker) +
                    "ticker(4);\n(async function*(){ return Promise.resolve('r'); "
                    "})().next().then(r => console.log(JSON.stringify(r)));\n";
  CHECK(spaced(ret) == "t1 t2 {\"value\":\"r\",\"done\":true} t3 t4");
}

TEST_CASE("§4: generators: next/return/throw and finally", "[sim][checklist]") {
  const char* js = R"(
function* g() { try { const a = yield 1; console.log('got', a); yield 2; } finally { console.log('cleanup'); } }
const it = g();
console.log(it.next('ignored')); console.log(it.next('A')); console.log(it.return('R')); console.log(it.next());
)";
  CHECK(run(js).stdout_text ==
        "{ value: 1, done: false }\ngot A\n{ value: 2, done: false }\ncleanup\n{ value: 'R', done: "
        "true }\n"
        "{ value: undefined, done: true }\n");
}
