// tree-sitter-javascript's deviations from ECMAScript that src/parse corrects
// (src/parse/README.md): for each, a program that must parse to ECMAScript's tree (positive) and
// one that must stay rejected or keep its other meaning (negative).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "ast/ast.h"
#include "parse/parse.h"
#include "print/printer.h"

using namespace desugar;

namespace {

// Parse then print, final newline dropped; "<rejected>" when the parse fails.
std::string pp(std::string_view js, bool module = false) {
  SourceFile file{"<test>", std::string(js), module};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  if (!r.ok) return "<rejected>";
  std::string out = print_js(r.program, PrintOptions{file.text});
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("deviation: an arrow function with a block body is never a callee (ASI)") {
  CHECK(pp("f = () => {}\n(g)") == "f = () => {};\ng;");
  CHECK(pp("f = () => {}\n[1]") == "f = () => {};\n[1];");
  CHECK(pp("f = () => {}(g)") == "<rejected>");
  CHECK(pp("f = x => x\n(g)") == "f = (x) => x(g);");  // a concise body continues
}

TEST_CASE("deviation: for await (let [x] of xs) declares") {
  CHECK(pp("async function f() { for await (let [x] of xs); }") ==
        "async function f() {\n  for await (let [x] of xs);\n}");
  CHECK(pp("async function f() { for await (l[x] of xs); }") ==
        "async function f() {\n  for await (l[x] of xs);\n}");
}

TEST_CASE("deviation: CR, U+2028 and U+2029 end hashbangs, and return/break take ASI at them") {
  CHECK(pp("#!/bin/node\rx") == "#!/bin/node\nx;");
  CHECK(pp("#!/bin/node\xE2\x80\xA8x") == "#!/bin/node\nx;");
  CHECK(pp("function f() { return\r1 }") == "function f() {\n  return;\n  1;\n}");
  CHECK(pp("function f() { return 1 }") == "function f() {\n  return 1;\n}");
  CHECK(pp("x /*\n*/ y") != "<rejected>");
  CHECK(pp("x /* */ y") == "<rejected>");
}

TEST_CASE("deviation: yield is an identifier outside generators") {
  CHECK(pp("yield: 1") == "yield: 1;");
  CHECK(pp("yield = 2") == "yield = 2;");
  CHECK(pp("function* g() { yield 1; }") == "function* g() {\n  yield 1;\n}");
  CHECK(pp("yield 1") == "<rejected>");
}

TEST_CASE("deviation: tagged templates may hold escapes invalid untagged") {
  CHECK(pp("tag`\\unicode`") == "tag`\\unicode`;");
  CHECK(pp("`\\unicode`") == "<rejected>");
}

TEST_CASE("deviation: a class field name, a line break, then a generator method") {
  CHECK(pp("class A { get\n*g() {} }") == "class A {\n  get;\n  *g() {}\n}");
  CHECK(pp("class A { get *g() {} }") == "<rejected>");
}

TEST_CASE("deviation: `{` at a statement start or arrow body opens a block") {
  CHECK(pp("{a: 1}") == "{\n  a: 1;\n}");
  CHECK(pp("a => { b: 1 }") == "(a) => {\n  b: 1;\n};");
  CHECK(pp("({a: 1})") == "({ a: 1 });");
  CHECK(pp("{a: 1, b: 2}") == "<rejected>");
}

TEST_CASE("deviation: a parenthesized string statement is not a directive") {
  CHECK(pp("(\"a\")") == "(\"a\");");
  CHECK(pp("\"a\"") == "\"a\";");
}

TEST_CASE("deviation: Annex B <!-- comments in scripts") {
  CHECK(pp("a <!-- b") != "<rejected>");
  CHECK(pp("a <!-- b", /*module=*/true) != pp("a <!-- b"));
}

TEST_CASE("deviation: keyword names in import/export lists, parenthesized destructuring targets") {
  CHECK(pp("import { null as a } from \"b\";", true) == "import { null as a } from \"b\";");
  CHECK(pp("import { a as null } from \"b\";", true) == "<rejected>");
  CHECK(pp("[(a)] = 1") != "<rejected>");
  CHECK(pp("((a)) => 1") == "<rejected>");
}

TEST_CASE("deviation: a legacy octal literal followed by `.` ends before the `.`") {
  CHECK(pp("01.a") == "(01).a;");
  CHECK(pp("017.toString()") == "(017).toString();");
  CHECK(pp("01.e5") == "(01).e5;");
  CHECK(pp("01.5") == "<rejected>");  // `01` then `.5`
  CHECK(pp("08.a") == "<rejected>");  // `08.` is a decimal literal
  CHECK(pp("0.5") == "0.5;");
}

TEST_CASE("deviation: non-ASCII white space is white space (ASI after it)") {
  CHECK(pp("\xE2\x85\xA3\xE2\x85\xA1\xE2\x80\x8A") == "\xE2\x85\xA3\xE2\x85\xA1;");  // ⅣⅡ U+200A
  CHECK(pp("x\xC2\xA0\ny") == "x;\ny;");                                             // U+00A0
  CHECK(pp("'a\xE2\x80\x8A'") == "'a\xE2\x80\x8A';");  // inside a string: kept
  CHECK(pp("x\xE2\x80\x8Ay") == "<rejected>");         // no line break: no ASI
}

TEST_CASE("deviation: object literals and patterns have no elisions") {
  CHECK(pp("x = {a, b,}") == "x = { a, b };");
  CHECK(pp("x = {a,,b}") == "<rejected>");
  CHECK(pp("({,a} = 0)") == "<rejected>");
  CHECK(pp("({a,,} = 0)") == "<rejected>");
}

TEST_CASE("deviation: a call as an assignment or for-in/of target (V8, web compatibility)") {
  CHECK(pp("f() = 4") == "f() = 4;");
  CHECK(pp("a.b(c)(d) += 1") == "a.b(c)(d) += 1;");
  CHECK(pp("f(a, ...b,) = 1") == "f(a, ...b) = 1;");
  CHECK(pp("f(/*)*/) = 1") == "f() = 1;");
  CHECK(pp("x = f() = 1") == "x = f() = 1;");
  CHECK(pp("{ f(a) = 0 }") == "{\n  f(a) = 0;\n}");
  CHECK(pp("for (f() in x);") == "for (f() in x);");
  CHECK(pp("async function g() { for await (f() of x); }") ==
        "async function g() {\n  for await (f() of x);\n}");
  // The AST is Assign{target: Call}, not a member access.
  SourceFile file{"<test>", "f(a, ...b) = 1", false};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  REQUIRE(r.ok);
  const Node* assign = ast::expression(r.program->list[0]);
  REQUIRE(assign->kind == Kind::Assign);
  REQUIRE(ast::target(assign)->kind == Kind::Call);
  REQUIRE(ast::target(assign)->list.size() == 2);
  CHECK(ast::target(assign)->list[1]->kind == Kind::Spread);
  // Negative: not targets, or not calls.
  CHECK(pp("f() == 4") == "f() == 4;");
  CHECK(pp("f(a) => 1") == "<rejected>");
  CHECK(pp("new f() = 1") == "<rejected>");
  CHECK(pp("f`` = 1") == "<rejected>");
  CHECK(pp("(f(a, b) in x)") == "f(a, b) in x;");
}

TEST_CASE("deviation: a number or async callee as a target; for-in/of heads with no space") {
  CHECK(pp("1() = 2") == "1() = 2;");
  CHECK(pp("1.5() += 1") == "1.5() += 1;");
  CHECK(pp("1(a, ...b) = 2") == "1(a, ...b) = 2;");
  CHECK(pp("{ 1() = 1 }") == "{\n  1() = 1;\n}");
  CHECK(pp("{ \"a\"() = 1 }") == "{\n  \"a\"() = 1;\n}");
  CHECK(pp("async() = 1") == "async() = 1;");
  CHECK(pp("async (/*c*/) += 1") == "async() += 1;");
  CHECK(pp("x = async() = 1") == "x = async() = 1;");
  CHECK(pp("for (async() of x);") == "for ((async)() of x);");
  CHECK(pp("for(f()in x);") == "for (f() in x);");
  CHECK(pp("for(a.b()of x);") == "for (a.b() of x);");
  CHECK(pp("for(1()in x);") == "for (1() in x);");
  CHECK(pp("function* g() { yield 0; for (f() of x); }") ==
        "function* g() {\n  yield 0;\n  for (f() of x);\n}");
  // The callee stays a number: `1()` is a Call of Number 1.
  SourceFile file{"<test>", "1() = 2", false};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  REQUIRE(r.ok);
  const Node* assign = ast::expression(r.program->list[0]);
  REQUIRE(assign->kind == Kind::Assign);
  REQUIRE(ast::target(assign)->kind == Kind::Call);
  CHECK(ast::callee(ast::target(assign))->kind == Kind::Number);
  CHECK(ast::callee(ast::target(assign))->text == "1");
  // Negative: V8 rejects these (`1() &&= 1` is src/check's: early_errors_test.js).
  CHECK(pp("[1()] = 1") == "<rejected>");
  CHECK(pp("async()`` = 1") == "<rejected>");
  CHECK(pp("new async() = 1") == "<rejected>");
  CHECK(pp("1() => 1") == "<rejected>");
}

TEST_CASE("deviation: no ASI after a class member's get, set or static when a member follows") {
  CHECK(pp("class A { get\n f(){} }") == "class A {\n  get f() {}\n}");
  CHECK(pp("class A { set /*\n*/ f(v){} }") == "class A {\n  set f(v) {}\n}");
  CHECK(pp("class A { static // c\n x = 1 }") == "class A {\n  static x = 1;\n}");
  CHECK(pp("class A { static\n *g(){} }") == "class A {\n  static *g() {}\n}");
  // Negative: V8 rejects `get⏎x = 1`; a `*`, a `;` or another field name keeps two members.
  CHECK(pp("class A { get\n x = 1 }") == "<rejected>");
  CHECK(pp("class A { get\n *g(){} }") == "class A {\n  get;\n  *g() {}\n}");
  CHECK(pp("class A { get;\n f(){} }") == "class A {\n  get;\n  f() {}\n}");
  CHECK(pp("class A { async\n f(){} }") == "class A {\n  async;\n  f() {}\n}");
}
