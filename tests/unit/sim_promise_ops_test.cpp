// The simulator's spec operations, one behaviour each: CreateResolvingFunctions' alreadyResolved
// lock, the Promise Resolve Functions' steps, PerformPromiseThen on settled promises,
// HostPromiseRejectionTracker, PromiseResolve, SpeciesConstructor, NewPromiseCapability. The
// expected outputs were checked on Node v20.
#include <catch2/catch.hpp>

#include <string>

#include "parse/parse.h"
#include "sim/sim.h"

using namespace desugar;

namespace {

Prediction run(const std::string& js, bool module = false) {
  SourceFile file{"<test>", js, module};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  REQUIRE(r.ok);
  SimOptions o;
  o.source = file.text;
  o.is_module = module;
  return predict(r.program, o);
}

std::string out(const std::string& js, bool module = false) {
  Prediction p = run(js, module);
  INFO(js << "\nrefusal: " << p.refusal);
  REQUIRE(p.ok);
  return p.stdout_text;
}

}  // namespace

TEST_CASE("CreateResolvingFunctions: the first call wins, later calls are ignored",
          "[sim][promise]") {
  CHECK(out("new Promise((res, rej) => { res(1); rej(2); res(3); }).then(v => console.log('v', v), "
            "e => console.log('e', e));") == "v 1\n");
  CHECK(out("new Promise((res, rej) => { rej(2); res(1); }).then(v => console.log('v', v), e => "
            "console.log('e', e));") == "e 2\n");
  // A throw after resolve() in the executor is ignored.
  CHECK(out("new Promise(res => { res('ok'); throw new Error('late'); }).then(v => "
            "console.log(v));") == "ok\n");
}

TEST_CASE("Promise Resolve Functions: self-resolution rejects with a TypeError", "[sim][promise]") {
  CHECK(out("let r; const p = new Promise(x => r = x); r(p); p.catch(e => console.log(e.name, "
            "e.message));") == "TypeError Chaining cycle detected for promise #<Promise>\n");
}

TEST_CASE("Promise Resolve Functions: `then` is read synchronously, once", "[sim][promise]") {
  const char* js = R"(
const thenable = { get then() { console.log('get then'); return (res) => { console.log('then called'); res(7); }; } };
new Promise(r => { r(thenable); console.log('after resolve()'); }).then(v => console.log('value', v));
console.log('sync end');
const bad = { get then() { throw new Error('boom'); } };
new Promise(r => r(bad)).catch(e => console.log('rejected:', e.message));
)";
  CHECK(out(js) == "get then\nafter resolve()\nsync end\nthen called\nrejected: boom\nvalue 7\n");
}

TEST_CASE("NewPromiseResolveThenableJob: a fresh pair; a throw after resolving is ignored",
          "[sim][promise]") {
  CHECK(out("Promise.resolve({ then(f) { f('a'); throw new Error('x'); } }).then(v => "
            "console.log(v), e => console.log('rej', e.message));") == "a\n");
  CHECK(out("Promise.resolve({ then(f, r) { r('no'); f('yes'); } }).then(v => console.log(v), e => "
            "console.log('rej', e));") == "rej no\n");
}

TEST_CASE("PerformPromiseThen on a settled promise enqueues at once, in registration order",
          "[sim][promise]") {
  const char* js = R"(
const p = Promise.resolve('p');
p.then(() => console.log('first'));
(async () => { await p; console.log('await'); })();
p.then(() => console.log('second'));
)";
  CHECK(out(js) == "first\nawait\nsecond\n");
}

TEST_CASE("PromiseResolve: a native promise is returned as is, a subclass instance is wrapped",
          "[sim][promise]") {
  CHECK(out("const q = Promise.resolve(1); console.log(Promise.resolve(q) === q);") == "true\n");
  CHECK(out("class Sub extends Promise {} const s = Sub.resolve(1); console.log(Promise.resolve(s) "
            "=== s, s instanceof Sub);") == "false true\n");
}

TEST_CASE("SpeciesConstructor: then() builds with Symbol.species; await is unaffected",
          "[sim][promise]") {
  const char* js = R"(
class MyP extends Promise { static get [Symbol.species]() { return Promise; } }
const m = MyP.resolve(1);
const t = m.then(x => x);
console.log(t instanceof MyP, t instanceof Promise);
)";
  CHECK(out(js) == "false true\n");
}

TEST_CASE("NewPromiseCapability(C) runs the subclass constructor", "[sim][promise]") {
  const char* js = R"(
class Logged extends Promise { constructor(ex) { console.log('construct'); super(ex); } }
Logged.resolve(1).then(v => console.log('then', v));
)";
  CHECK(out(js) == "construct\nconstruct\nthen 1\n");
}

TEST_CASE("Await does not call a patched then, but reads constructor synchronously",
          "[sim][promise]") {
  const char* js = R"(
const origThen = Promise.prototype.then;
Promise.prototype.then = function (f, r) { console.log('patched then called'); return origThen.call(this, f, r); };
const p = Promise.resolve(1);
(async () => { await p; console.log('after await'); })();
Object.defineProperty(p, 'constructor', { get() { console.log('constructor getter'); return Promise; } });
(async () => { await p; console.log('after await 2'); })();
console.log('sync end');
)";
  CHECK(out(js) == "constructor getter\nsync end\nafter await\nafter await 2\n");
}

TEST_CASE("HostPromiseRejectionTracker: an unhandled rejection ends Node with status 1",
          "[sim][promise]") {
  Prediction p =
      run("Promise.reject(new Error('x')); setTimeout(() => console.log('never'), 0); "
          "Promise.resolve().then(() => console.log('drained first'));");
  REQUIRE(p.ok);
  CHECK(p.stdout_text == "drained first\n");
  CHECK(p.exit_status == 1);
  // Handled later in the same drain: no crash.
  Prediction q =
      run("const p = Promise.reject(1); Promise.resolve().then(() => p.catch(() => "
          "console.log('caught')));");
  REQUIRE(q.ok);
  CHECK(q.stdout_text == "caught\n");
  CHECK(q.exit_status == 0);
  // Splitting the handlers leaves the derived promise unhandled.
  Prediction s =
      run("const p = Promise.reject(new Error('boom')); p.then(() => console.log('ok')); "
          "p.catch(() => console.log('caught'));");
  REQUIRE(s.ok);
  CHECK(s.stdout_text == "caught\n");
  CHECK(s.exit_status == 1);
}

TEST_CASE("Combinators read resolve once and invoke then per element", "[sim][promise]") {
  const char* js = R"(
const orig = Promise.resolve;
let calls = 0;
Promise.resolve = function (v) { calls++; return orig.call(this, v); };
Promise.all([1, 2, 3]).then(v => console.log(v.join(','), calls));
)";
  CHECK(out(js) == "1,2,3 3\n");
  CHECK(out("Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => "
            "console.log(e.constructor.name, e.errors.join(','), e.message));") ==
        "AggregateError 1,2 All promises were rejected\n");
  CHECK(out("Promise.allSettled([1, Promise.reject(2)]).then(r => "
            "console.log(JSON.stringify(r)));") ==
        "[{\"status\":\"fulfilled\",\"value\":1},{\"status\":\"rejected\",\"reason\":2}]\n");
}
