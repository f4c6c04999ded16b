// The generator stage's async iteration, one form at a time: what an async generator, yield*,
// return and for await become, and which runtime helpers come with them. (Behaviour is checked
// against Node by the differential suites, tests/asyncgen.)
#include <catch2/catch.hpp>

#include <string>

#include "driver/compile.h"

namespace {

std::string lower(const std::string& js, desugar::Stage stage = desugar::Stage::Generator) {
  desugar::SourceFile file;
  file.path = "test.js";
  file.text = js;
  desugar::Options options;
  options.stage = stage;
  options.no_order = true;
  desugar::CompileResult r = desugar::compile(file, options);
  REQUIRE(r.ok);
  return r.output;
}

bool has(const std::string& out, const std::string& needle) {
  return out.find(needle) != std::string::npos;
}

// The program after the runtime.
std::string body(const std::string& all) {
  const std::string marker = "// ---- end of desugar runtime ----";
  std::size_t at = all.find(marker);
  return at == std::string::npos ? all : all.substr(at + marker.size());
}

}  // namespace

TEST_CASE("an async generator declaration becomes a generator for the runner", "[asyncgen]") {
  std::string out =
      lower("async function* g(a) {\n  const v = await a;\n  yield v;\n  return v;\n}\n");
  CHECK(has(out, "function __ds_asyncGenerator(thisArg, args, body, fn) {"));
  CHECK(has(out, "function __ds_asyncGeneratorDrainQueue(generator) {"));
  std::string b = body(out);
  CHECK(has(b, "var g = __ds_asyncGeneratorFunction('g', 1, function*(a) {"));
  CHECK(has(b, "const v = yield new __ds_Await(a);"));
  CHECK(has(b, "  yield v;"));
  CHECK(has(b, "return yield new __ds_Await(v);"));
  CHECK_FALSE(has(b, "async "));
  CHECK_FALSE(has(b, "await "));
}

TEST_CASE("yield* hands the runner a __ds_YieldStar; a bare return is not awaited", "[asyncgen]") {
  std::string out = lower("async function* g(xs) {\n  yield* xs;\n  return;\n}\n");
  CHECK(has(out, "function __ds_asyncGeneratorYieldStar(generator, value) {"));
  std::string b = body(out);
  CHECK(has(b, "yield new __ds_YieldStar(xs);"));
  CHECK(has(b, "  return;"));
  CHECK_FALSE(has(b, "yield*"));
  CHECK_FALSE(has(b, "__ds_Await"));
}

TEST_CASE("async generator methods keep their key and hand `this` and `arguments` over",
          "[asyncgen]") {
  std::string b = body(lower("class C {\n  static async *[k]() {\n    yield this;\n  }\n}\n"));
  CHECK(has(b, "static [k]() {"));
  CHECK(has(b, "return __ds_asyncGenerator(this, arguments, function*() {"));
}

TEST_CASE("for await becomes a loop that awaits and closes the iterator", "[asyncgen]") {
  std::string out = lower(
      "async function f(xs) {\n  L: for await (const x of xs) {\n    if (x) continue L;\n    "
      "break;\n  }\n}\n");
  CHECK(has(out, "function __ds_getAsyncIterator(value, text) {"));
  CHECK_FALSE(has(out, "function __ds_asyncGenerator("));  // no async generator, no runner for one
  std::string b = body(out);
  CHECK(has(b, "const __ds_iterator1 = __ds_getAsyncIterator(xs, 'xs');"));
  CHECK(has(b, "L: for (;;) {"));
  CHECK(has(b, "const __ds_result3 = yield __ds_iteratorNext(__ds_iterator1);"));
  CHECK(has(b, "const x = __ds_value4;"));
  CHECK(has(b, "continue L;"));
  CHECK(has(
      b,
      "__ds_iteratorResultObject(yield __ds_apply(__ds_return6, __ds_iterator1.iterator, []));"));
  CHECK_FALSE(has(b, "for await"));
}

TEST_CASE("for await in an async generator awaits through __ds_Await", "[asyncgen]") {
  std::string b = body(lower("async function* g(xs) {\n  for await (x of xs) yield x;\n}\n"));
  CHECK(has(b, "yield new __ds_Await(__ds_iteratorNext(__ds_iterator1))"));
  CHECK(has(b, "x = __ds_value4;"));
}

TEST_CASE("a head that names its own binding reads it in the temporal dead zone", "[asyncgen]") {
  std::string b = body(lower("async function f() {\n  for await (const x of [x]) ;\n}\n"));
  CHECK(has(b, "let __ds_iterator1;"));
  CHECK(has(b, "let x;"));
}

TEST_CASE("the promise stage drives an async generator's state machine", "[asyncgen]") {
  std::string out = lower(
      "async function* g(xs) {\n  try {\n    const r = yield await 1;\n    yield* xs;\n    "
      "return r;\n  } finally {\n    f();\n  }\n}\n",
      desugar::Stage::Promise);
  CHECK_FALSE(has(out, "function*"));  // no generator left, in the runtime either
  std::string b = body(out);
  CHECK(has(b, "var g = __ds_asyncGeneratorFunction('g', 1, function(xs) {"));
  CHECK(has(b, "const step = (input, mode) => {"));
  CHECK(has(b, "if (mode === 'throw') {"));
  CHECK(has(b, "return { value: new __ds_Await(1), done: false };"));
  CHECK(has(b, "return { value: value, done: false };"));  // the yield
  CHECK(has(b, "return { value: new __ds_YieldStar(xs), done: false };"));
  // A return request at a yield runs the finally block first.
  CHECK(has(b, "if (mode === 'return') {"));
  CHECK(has(b, "completion = { type: 'return', value: input };"));
  CHECK(has(b, "return step;"));
  CHECK_FALSE(has(b, "throwInto"));
}

TEST_CASE("super targets in async methods go through accessors", "[asyncgen]") {
  std::string b =
      body(lower("class B extends A {\n  async m() {\n    super.n += 1;\n    [super.s] = [7];\n    "
                 "delete super.n;\n    super.t`x`;\n  }\n}\n"));
  CHECK(has(b, "__ds_superRef1('n').value += 1;"));
  CHECK(has(b, "[__ds_superRef1('s').value] = [7];"));
  CHECK(has(b, "__ds_superDelete2('n');"));
  CHECK(has(b, "__ds_superTag3('t')`x`;"));
  CHECK(has(b, "const __ds_superDelete2 = (key) => delete super[key];"));
}
