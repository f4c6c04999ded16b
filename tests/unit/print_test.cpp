// Printer tests: round trips through the parser (exact output), hand-built trees (passes build
// trees without parentheses), idempotence over the corpus, and a size/depth smoke test.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "ast/ast.h"
#include "parse/parse.h"
#include "print/printer.h"

using namespace desugar;

namespace {

// Parses and prints; the final newline is dropped to keep the expectations short.
std::string rt(std::string_view js, bool module = false) {
  SourceFile file{"<test>", std::string(js), module};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  INFO("input: " << js);
  REQUIRE(r.ok);
  std::string out = print_js(r.program, PrintOptions{file.text});
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// Full output, with source (for blank lines).
std::string print_src(std::string_view js, bool module = false) {
  SourceFile file{"<test>", std::string(js), module};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  INFO("input: " << js);
  REQUIRE(r.ok);
  return print_js(r.program, PrintOptions{file.text});
}

// print(parse(print(parse(x)))) == print(parse(x))
void check_idempotent(std::string_view js, bool module = false) {
  std::string once = print_src(js, module);
  std::string twice = print_src(once, module);
  INFO("input:\n" << js << "\nfirst print:\n" << once);
  CHECK(twice == once);
}

}  // namespace

TEST_CASE("print: precedence of binary operators", "[print]") {
  CHECK(rt("a + b * c") == "a + b * c;");
  CHECK(rt("(a + b) * c") == "(a + b) * c;");
  CHECK(rt("a - (b - c)") == "a - (b - c);");
  CHECK(rt("(a - b) - c") == "a - b - c;");
  CHECK(rt("a * (b / c) % d") == "a * (b / c) % d;");
  CHECK(rt("a << (b >> c)") == "a << (b >> c);");
  CHECK(rt("a | b ^ c & d") == "a | b ^ c & d;");
  CHECK(rt("(a | b) & c") == "(a | b) & c;");
  CHECK(rt("a == (b != c)") == "a == (b != c);");
  CHECK(rt("(a < b) instanceof c") == "a < b instanceof c;");
  CHECK(rt("a in (b in c)") == "a in (b in c);");
  CHECK(rt("a && b || c && d") == "a && b || c && d;");
  CHECK(rt("a && (b || c)") == "a && (b || c);");
}

TEST_CASE("print: exponent and unary", "[print]") {
  CHECK(rt("(-a) ** b") == "(-a) ** b;");
  CHECK(rt("a ** b ** c") == "a ** b ** c;");
  CHECK(rt("(a ** b) ** c") == "(a ** b) ** c;");
  CHECK(rt("a ** -b") == "a ** -b;");
  CHECK(rt("-(a ** b)") == "-(a ** b);");
  CHECK(rt("(typeof a) ** 2") == "(typeof a) ** 2;");
  CHECK(rt("async function f() { (await a) ** 2; }") ==
        "async function f() {\n  (await a) ** 2;\n}");
  CHECK(rt("(++a) ** 2") == "++a ** 2;");
  CHECK(rt("- -x") == "- -x;");
  CHECK(rt("+ +x") == "+ +x;");
  CHECK(rt("-(-x)") == "- -x;");
  CHECK(rt("- --x") == "- --x;");
  CHECK(rt("+ ++x") == "+ ++x;");
  CHECK(rt("-(+x)") == "-+x;");
  CHECK(rt("a - -b") == "a - -b;");
  CHECK(rt("a + +b") == "a + +b;");
  CHECK(rt("a - --b") == "a - --b;");
  CHECK(rt("a++ + ++b") == "a++ + ++b;");
  CHECK(rt("!(a && b)") == "!(a && b);");
  CHECK(rt("typeof typeof x") == "typeof typeof x;");
  CHECK(rt("void 0") == "void 0;");
  CHECK(rt("delete a[b]") == "delete a[b];");
  CHECK(rt("typeof (a + b)") == "typeof (a + b);");
  CHECK(rt("(-a).b") == "(-a).b;");
  CHECK(rt("(a++).b") == "(a++).b;");
}

TEST_CASE("print: nullish coalescing mixing", "[print]") {
  CHECK(rt("a ?? (b || c)") == "a ?? (b || c);");
  CHECK(rt("(a || b) ?? c") == "(a || b) ?? c;");
  CHECK(rt("(a ?? b) || c") == "(a ?? b) || c;");
  CHECK(rt("a && (b ?? c)") == "a && (b ?? c);");
  CHECK(rt("a ?? b ?? c") == "a ?? b ?? c;");
  CHECK(rt("(a && b) ?? c") == "(a && b) ?? c;");
}

TEST_CASE("print: assignment, conditional, sequence", "[print]") {
  CHECK(rt("a = b = c") == "a = b = c;");
  CHECK(rt("(a = b).c") == "(a = b).c;");
  CHECK(rt("a = (b, c)") == "a = (b, c);");
  CHECK(rt("a ? b : c ? d : e") == "a ? b : c ? d : e;");
  CHECK(rt("(a ? b : c) ? d : e") == "(a ? b : c) ? d : e;");
  CHECK(rt("a ? (b, c) : d") == "a ? (b, c) : d;");
  CHECK(rt("a ? b = 1 : c = 2") == "a ? b = 1 : c = 2;");
  CHECK(rt("(a = 1) ? b : c") == "(a = 1) ? b : c;");
  CHECK(rt("(a || b) ? c : d") == "a || b ? c : d;");
  CHECK(rt("(a, b)(c)") == "(a, b)(c);");
  CHECK(rt("f((a, b))") == "f((a, b));");
  CHECK(rt("[(a, b)]") == "[(a, b)];");
  CHECK(rt("x = { a: (b, c) }") == "x = { a: (b, c) };");
  CHECK(rt("a, b, c") == "a, b, c;");
  CHECK(rt(R"(a += b ??= c)") == R"(a += b ??= c;)");
  CHECK(rt("a || (b = c)") == "a || (b = c);");
}

TEST_CASE("print: arrows and yield in operand positions", "[print]") {
  CHECK(rt("x = () => ({})") == "x = () => ({});");
  CHECK(rt("x = () => ({}).y") == "x = () => ({}).y;");
  CHECK(rt("x = () => ({} = a)") == "x = () => ({} = a);");
  CHECK(rt("x = a => a") == "x = (a) => a;");
  CHECK(rt("x = async a => a") == "x = async (a) => a;");
  CHECK(rt("x = () => (a, b)") == "x = () => (a, b);");
  CHECK(rt("(() => a)()") == "(() => a)();");
  CHECK(rt("a || (() => b)") == "a || (() => b);");
  CHECK(rt("(() => a) ? b : c") == "(() => a) ? b : c;");
  CHECK(rt("a ? () => b : () => c") == "a ? () => b : () => c;");
  CHECK(rt("x = () => () => 1") == "x = () => () => 1;");
  CHECK(rt("f(() => {})") == "f(() => {});");
  CHECK(rt("function* g() { (yield a) + 1; yield yield b; x = yield; yield* c; }") ==
        "function* g() {\n  (yield a) + 1;\n  yield yield b;\n  x = yield;\n  yield* c;\n}");
  CHECK(rt("function* g() { f(yield a, b); (yield a, b); }") ==
        "function* g() {\n  f(yield a, b);\n  yield a, b;\n}");
}

TEST_CASE("print: calls, new and members", "[print]") {
  CHECK(rt("new (f())()") == "new (f())();");
  CHECK(rt("new (a.b())()") == "new (a.b())();");
  CHECK(rt("new a.b()") == "new a.b();");
  CHECK(rt("new (a().b)()") == "new (a()).b();");
  CHECK(rt("new X") == "new X();");
  CHECK(rt("new new X()()") == "new new X()();");
  CHECK(rt("(new X).y") == "new X().y;");
  CHECK(rt("new X()()") == "new X()();");
  CHECK(rt("new (a?.b)()") == "new (a?.b)();");
  CHECK(rt("(1).toString()") == "(1).toString();");
  CHECK(rt("1..toString()") == "1..toString();");
  CHECK(rt("1.5.toString()") == "1.5.toString();");
  CHECK(rt("1[0]") == "1[0];");
  CHECK(rt("a?.b.c") == "a?.b.c;");
  CHECK(rt("(a?.b).c") == "(a?.b).c;");
  CHECK(rt("(a?.b)()") == "(a?.b)();");
  CHECK(rt("a?.b()") == "a?.b();");
  CHECK(rt("a?.[b]?.(c)") == "a?.[b]?.(c);");
  CHECK(rt("(a?.b)`t`") == "(a?.b)`t`;");
  CHECK(rt("f`a${b}c`") == "f`a${b}c`;");
  CHECK(rt("import(x).then(f)") == "import(x).then(f);");
}

TEST_CASE("print: statement-start hazards", "[print]") {
  CHECK(rt("({}).x") == "({}).x;");
  CHECK(rt("({})") == "({});");
  CHECK(rt("({} = a)") == "({} = a);");
  CHECK(rt("({ a } = b)") == "({ a } = b);");
  CHECK(rt("[a] = b") == "[a] = b;");
  CHECK(rt("(function(){})()") == "(function() {})();");
  CHECK(rt("(function(){}).call(x)") == "(function() {}).call(x);");
  CHECK(rt("(async function(){})()") == "(async function() {})();");
  CHECK(rt("(class {}).x") == "(class {}).x;");
  CHECK(rt("(let)[0] = 1") == "(let)[0] = 1;");
  CHECK(rt("let.x = 1") == "let.x = 1;");
  CHECK(rt("(function(){}), a") == "(function() {}), a;");
  CHECK(rt("x = function(){}") == "x = function() {};");
  CHECK(rt("'use strict'; a") == "'use strict';\na;");
  CHECK(rt("export default (function(){}).call(x)", true) ==
        "export default (function() {}).call(x);");
  CHECK(rt("export default (class {}).x", true) == "export default (class {}).x;");
  CHECK(rt("export default function () {}", true) == "export default function() {}");
  CHECK(rt("export default class {}", true) == "export default class {}");
  CHECK(rt("export default async function f() { await x; }", true) ==
        "export default async function f() {\n  await x;\n}");
  CHECK(rt("export default a + b", true) == "export default a + b;");
  CHECK(rt("export default (a, b)", true) == "export default (a, b);");
  CHECK(rt("export const a = 1", true) == "export const a = 1;");
}

TEST_CASE("print: for loops", "[print]") {
  CHECK(rt("for (let x = (a in b); ;) ;") == "for (let x = (a in b);;);");
  CHECK(rt("for (x = (a in b); ;) ;") == "for (x = (a in b);;);");
  CHECK(rt("for (x = [a in b]; ;) ;") == "for (x = [a in b];;);");
  CHECK(rt("for (x = f(a in b); ;) ;") == "for (x = f(a in b);;);");
  CHECK(rt("for (x = (a in b) ? c : d; ;) ;") == "for (x = (a in b) ? c : d;;);");
  CHECK(rt("for (x = () => (a in b); ;) ;") == "for (x = () => (a in b);;);");
  CHECK(rt("for (var i = 0, n = a.length; i < n; i++) f(i)") ==
        "for (var i = 0, n = a.length; i < n; i++) f(i);");
  CHECK(rt("for (;;) {}") == "for (;;) {}");
  CHECK(rt("for (const k in o) {}") == "for (const k in o) {}");
  CHECK(rt("for (const [k, v] of m) {}") == "for (const [k, v] of m) {}");
  CHECK(rt("for (x of (a, b)) ;") == "for (x of (a, b));");
  CHECK(rt("for ((let) in o) ;") == "for ((let) in o);");
  CHECK(rt("for ((async) of o) ;") == "for ((async) of o);");
  CHECK(rt("async function f() { for await (const x of y) g(x); }") ==
        "async function f() {\n  for await (const x of y) g(x);\n}");
  CHECK(rt("for (a.b in c) ;") == "for (a.b in c);");
}

TEST_CASE("print: dangling else", "[print]") {
  CHECK(rt("if (a) { if (b) x; } else y;") == "if (a) {\n  if (b) x;\n} else y;");
  CHECK(rt("if (a) if (b) x; else y;") == "if (a) if (b) x;\nelse y;");
  CHECK(rt("if (a) { for (;;) if (b) x; } else y;") == "if (a) {\n  for (;;) if (b) x;\n} else y;");
  CHECK(rt("if (a) { if (b) x; else if (c) z; } else y;") ==
        "if (a) {\n  if (b) x;\n  else if (c) z;\n} else y;");
  CHECK(rt("if (a) { x; } else if (b) { y; } else { z; }") ==
        "if (a) {\n  x;\n} else if (b) {\n  y;\n} else {\n  z;\n}");
}

TEST_CASE("print: ASI and statements", "[print]") {
  CHECK(rt("a\n(b)") == "a(b);");
  CHECK(rt("a\n++b") == "a;\n++b;");
  CHECK(rt("function f() { return (\n a\n) }") == "function f() {\n  return a;\n}");
  CHECK(rt("do x(); while (y)") == "do x();\nwhile (y);");
  CHECK(rt("do { x() } while (y)") == "do {\n  x();\n} while (y);");
  CHECK(rt("l: for (;;) { break l; continue l }") == "l: for (;;) {\n  break l;\n  continue l;\n}");
  CHECK(rt("switch (x) { case 1: a(); break; default: }") ==
        "switch (x) {\n  case 1:\n    a();\n    break;\n  default:\n}");
  CHECK(rt("switch (x) {}") == "switch (x) {}");
  CHECK(rt("try { a() } catch { b() } finally { c() }") ==
        "try {\n  a();\n} catch {\n  b();\n} finally {\n  c();\n}");
  CHECK(rt("try {} catch ({ message }) {}") == "try {} catch ({ message }) {}");
  CHECK(rt("throw new Error('x')") == "throw new Error('x');");
  CHECK(rt("debugger") == "debugger;");
  CHECK(rt("while (a) ;") == "while (a);");
  CHECK(rt("{}") == "{}");
  CHECK(rt(";") == ";");
  CHECK(rt("var a, b = 1, [c] = d, { e } = f") == "var a, b = 1, [c] = d, { e } = f;");
  CHECK(rt("if (a) b(); else c()") == "if (a) b();\nelse c();");
}

TEST_CASE("print: literals, arrays, objects, templates", "[print]") {
  CHECK(rt("[a, , b]") == "[a, , b];");
  CHECK(rt("[a, ,]") == "[a, ,];");
  CHECK(rt("[,]") == "[,];");
  CHECK(rt("[...a, b]") == "[...a, b];");
  CHECK(rt("x = { a, b: 1, [c]: 2, 'd': 3, 4: 5, ...e }") ==
        "x = { a, b: 1, [c]: 2, 'd': 3, 4: 5, ...e };");
  CHECK(rt("x = {}") == "x = {};");
  CHECK(rt("x = { m() { return 1 } }") == "x = {\n  m() {\n    return 1;\n  }\n};");
  CHECK(rt("x = { get a() {}, set a(v) {}, async *g() {}, [k]() {} }") ==
        "x = {\n  get a() {},\n  set a(v) {},\n  async *g() {},\n  [k]() {}\n};");
  CHECK(rt("({ a = 1, b: { c } = {}, ...r } = o)") == "({ a = 1, b: { c } = {}, ...r } = o);");
  CHECK(rt("x = `a${b + c}d${`e${f}`}`") == "x = `a${b + c}d${`e${f}`}`;");
  CHECK(rt("x = /re/g.test(s)") == "x = /re/g.test(s);");
  CHECK(rt("x = 'a' + \"b\"") == "x = 'a' + \"b\";");
  CHECK(rt("x = 0x10 + 1e3 + 1_000n") == "x = 0x10 + 1e3 + 1_000n;");
  CHECK(rt("x = this, y = null, z = true") == "x = this, y = null, z = true;");
}

TEST_CASE("print: functions and classes", "[print]") {
  CHECK(rt("function f(a, b = 1, ...r) {}") == "function f(a, b = 1, ...r) {}");
  CHECK(rt("async function f() { await x; }") == "async function f() {\n  await x;\n}");
  CHECK(rt("function* g() {}") == "function* g() {}");
  CHECK(rt("async function* g() {}") == "async function* g() {}");
  CHECK(rt("x = function* () {}") == "x = function*() {};");
  CHECK(rt("function f({ a, b: [c] }, [d = 1]) {}") == "function f({ a, b: [c] }, [d = 1]) {}");
  CHECK(rt("class A extends B { static x = 1; #y; z = 2; constructor() { super(); } "
           "get v() { return this.#y; } set v(n) {} static { init(); } [k]() {} "
           "static async *m() {} }") ==
        "class A extends B {\n"
        "  static x = 1;\n"
        "  #y;\n"
        "  z = 2;\n"
        "  constructor() {\n"
        "    super();\n"
        "  }\n"
        "  get v() {\n"
        "    return this.#y;\n"
        "  }\n"
        "  set v(n) {}\n"
        "  static {\n"
        "    init();\n"
        "  }\n"
        "  [k]() {}\n"
        "  static async *m() {}\n"
        "}");
  CHECK(rt("class A {}") == "class A {}");
  CHECK(rt("class A extends (B, C) {}") == "class A extends (B, C) {}");
  CHECK(rt("class A extends f() {}") == "class A extends f() {}");
  CHECK(rt("class A { #p; has(o) { return #p in o; } }") ==
        "class A {\n  #p;\n  has(o) {\n    return #p in o;\n  }\n}");
  CHECK(rt("function f() { return new.target; }") == "function f() {\n  return new.target;\n}");
  CHECK(rt("x = import.meta.url", true) == "x = import.meta.url;");
}

TEST_CASE("print: comments, verbatim and blank lines", "[print]") {
  CHECK(rt("a(); // one\nb();") == "a(); // one\nb();");
  CHECK(rt("// head\na();") == "// head\na();");
  CHECK(rt("a();\n/* block */\nb();") == "a();\n/* block */\nb();");
  CHECK(rt("function f() {\n  x(); // t\n}") == "function f() {\n  x(); // t\n}");
  CHECK(rt("import a from 'a';\nexport { a };", true) == "import a from 'a';\nexport { a };");
  CHECK(rt("#!/usr/bin/env node\na()") == "#!/usr/bin/env node\na();");
  CHECK(rt("a();\n\n\n\nb();\nc();") == "a();\n\nb();\nc();");
  CHECK(rt("function f() {\n  a();\n\n  b();\n}") == "function f() {\n  a();\n\n  b();\n}");
  CHECK(rt("switch (x) {\n  case 1:\n    a();\n\n  case 2:\n}") ==
        "switch (x) {\n  case 1:\n    a();\n\n  case 2:\n}");
  CHECK(rt("class A {\n  a = 1;\n\n  m() {}\n}") == "class A {\n  a = 1;\n\n  m() {}\n}");
  // without the source, no blank lines
  {
    SourceFile file{"<t>", "a();\n\nb();", false};
    Arena arena;
    ParseResult r = parse_js(file, arena, nullptr);
    REQUIRE(r.ok);
    CHECK(print_js(r.program) == "a();\nb();\n");
  }
}

TEST_CASE("print: hand-built trees get their parentheses", "[print]") {
  Arena arena;
  AstBuilder b(arena);
  auto id = [&](std::string_view n) { return b.ident(n); };

  // (a + b) * c
  CHECK(print_js(b.binary(Op::Mul, b.binary(Op::Add, id("a"), id("b")), id("c"))) == "(a + b) * c");
  // a * (b + c)
  CHECK(print_js(b.binary(Op::Mul, id("a"), b.binary(Op::Add, id("b"), id("c")))) == "a * (b + c)");
  // a - (b - c) keeps its grouping, (a - b) - c drops it
  CHECK(print_js(b.binary(Op::Sub, id("a"), b.binary(Op::Sub, id("b"), id("c")))) == "a - (b - c)");
  CHECK(print_js(b.binary(Op::Sub, b.binary(Op::Sub, id("a"), id("b")), id("c"))) == "a - b - c");
  // a ?? (b || c)
  CHECK(print_js(b.binary(Op::Nullish, id("a"), b.binary(Op::LogicalOr, id("b"), id("c")))) ==
        "a ?? (b || c)");
  // (a, b).c and f((a, b))
  Node* seq = b.make(Kind::Sequence);
  seq->list = b.list({id("a"), id("b")});
  CHECK(print_js(b.member(seq, "c")) == "(a, b).c");
  CHECK(print_js(b.call(id("f"), {seq})) == "f((a, b))");
  // await x.then(...) as a member object: (await x).y
  Node* aw = b.make(Kind::Await);
  ast::argument(aw) = id("x");
  CHECK(print_js(b.member(aw, "y")) == "(await x).y");
  // an object literal as an expression statement and as an arrow body
  Node* obj = b.make(Kind::Object);
  CHECK(print_js(b.expr_stmt(b.member(obj, "x"))) == "({}).x;\n");
  Node* arrow = b.make(Kind::Arrow);
  ast::body(arrow) = obj;
  CHECK(print_js(b.expr_stmt(b.assign(id("f"), arrow))) == "f = () => ({});\n");
  // a function expression called as a statement
  Node* fn = b.make(Kind::FunctionExpr);
  ast::body(fn) = b.block(std::span<Node* const>{});
  CHECK(print_js(b.expr_stmt(b.call(fn, {}))) == "(function() {})();\n");
  // new with a call inside its callee
  Node* nw = b.make(Kind::New);
  ast::callee(nw) = b.member(b.call(id("f"), {}), "g");
  CHECK(print_js(nw) == "new (f()).g()");
  // negative literal built by a pass
  CHECK(print_js(b.binary(Op::Sub, id("a"), b.number("-1"))) == "a - -1");
  CHECK(print_js(b.binary(Op::Pow, b.number("-1"), id("a"))) == "(-1) ** a");
  // a number literal before a dot
  CHECK(print_js(b.member(b.number("1"), "x")) == "(1).x");
  // an assignment as a call argument and a conditional as a binary operand
  Node* cond = b.make(Kind::Conditional);
  ast::test(cond) = id("a");
  ast::consequent(cond) = id("b");
  ast::alternate(cond) = id("c");
  CHECK(print_js(b.binary(Op::Add, cond, id("d"))) == "(a ? b : c) + d");
  CHECK(print_js(b.call(id("f"), {b.assign(id("x"), id("y"))})) == "f(x = y)");
  // `in` inside a hand-built for-init
  Node* loop = b.make(Kind::For);
  ast::init(loop) = b.var("let", id("x"), b.binary(Op::In, id("a"), id("b")));
  ast::body(loop) = b.make(Kind::Empty);
  CHECK(print_js(loop) == "for (let x = (a in b);;);\n");
  // dangling else built by hand: if (a) { if (b) x; } else y;
  Node* inner = b.make(Kind::If);
  ast::test(inner) = id("b");
  ast::consequent(inner) = b.expr_stmt(id("x"));
  Node* outer = b.make(Kind::If);
  ast::test(outer) = id("a");
  ast::consequent(outer) = inner;
  ast::alternate(outer) = b.expr_stmt(id("y"));
  CHECK(print_js(outer) == "if (a) {\n  if (b) x;\n} else y;\n");
  // a Chain as a member object
  Node* opt = b.member(id("a"), "b");
  opt->flags |= flag::Optional;
  Node* chain = b.make(Kind::Chain);
  ast::expression(chain) = opt;
  CHECK(print_js(b.member(chain, "c")) == "(a?.b).c");
  CHECK(print_js(b.call(chain, {})) == "(a?.b)()");
  // a shorthand property whose value was renamed falls back to key: value
  Node* prop = b.make(Kind::Property);
  prop->flags = flag::Shorthand;
  ast::key(prop) = id("a");
  ast::value(prop) = id("_a");
  Node* obj2 = b.make(Kind::Object);
  obj2->list = b.list({prop});
  CHECK(print_js(b.assign(id("o"), obj2)) == "o = { a: _a }");
  // unary minus of unary minus, and of a prefix decrement
  Node* neg = b.make(Kind::Unary);
  set_op(neg, Op::Neg);
  ast::argument(neg) = id("x");
  Node* neg2 = b.make(Kind::Unary);
  set_op(neg2, Op::Neg);
  ast::argument(neg2) = neg;
  CHECK(print_js(neg2) == "- -x");
  // statements built by passes: trailing comment
  Node* c = b.make(Kind::Comment);
  c->text = "// note";
  c->flags = flag::Trailing;
  Node* prog = b.make(Kind::Program);
  prog->list = b.list({b.expr_stmt(id("a")), c, b.expr_stmt(id("b"))});
  CHECK(print_js(prog) == "a; // note\nb;\n");
}

TEST_CASE("print: idempotent on tricky snippets", "[print]") {
  const char* snippets[] = {
      "if (a) if (b) x; else y; else z;",
      "a = b ? c : d ? e : f",
      "x = { a: function () {}, b: () => {}, c: class {} }",
      "label: { break label; }",
      "for (var a = (b in c) ? d : e;;) break;",
      "x = a ?? (b && c)",
      "x = (a, b) => ({ a, b })",
      "x = async () => { await (async () => {})(); }",
      "var f = function g() { return g; }",
      "x = -(-(-y))",
      "x = a-- - --b",
      "x = [...a, , ...b,]",
      "({ a: [b, { c }] } = d)",
      "new (class { m() {} })()",
      "x = a?.b?.[c]?.(d).e",
      "async function f() { for await (const [a, b] of c) { await d; } }",
      "switch (a) { case 1: case 2: { let x; } default: break; }",
      "class A { static async *[Symbol.iterator]() { yield* this.x; } static y; }",
      "a(); // one\n\n// two\nb(); /* three */",
  };
  for (const char* s : snippets) check_idempotent(s);
}

TEST_CASE("print: idempotent over the corpus", "[print]") {
  namespace fs = std::filesystem;
  fs::path root = fs::path(__FILE__).parent_path().parent_path() / "corpus";
  if (!fs::exists(root)) return;
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    auto ext = entry.path().extension();
    if (ext != ".js" && ext != ".mjs") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    INFO(entry.path().string());
    check_idempotent(ss.str(), ext == ".mjs");
    ++files;
  }
  CHECK(files > 0);
}

TEST_CASE("print: deep and large inputs", "[print]") {
  // A long left-nested chain (minified code) prints in a loop, and deep nesting built by hand
  // prints without blowing the stack.
  std::string chain = "x = a";
  for (int i = 0; i < 5000; ++i) chain += " + a";
  CHECK(rt(chain) == chain + ";");
  {
    Arena arena;
    AstBuilder b(arena);
    Node* sum = b.ident("a");
    Node* calls = b.ident("a");
    for (int i = 0; i < 20000; ++i) {
      sum = b.binary(Op::Add, sum, b.ident("a"));
      calls = b.call(b.ident("f"), {calls});
    }
    CHECK(print_js(sum).size() == 1 + 20000 * 4);
    CHECK(print_js(calls).size() == 1 + 20000 * 3);
  }

  // A large program prints quickly.
  std::string big;
  while (big.size() < 2'000'000) {
    big +=
        "function f(a, b) { if (a) { return a.b(c, [1, 2], { d: 3 }) + b * 2; } "
        "for (let i = 0; i < n; i++) x[i] = i ? 'y' : \"z\"; }\n";
  }
  SourceFile file{"<big>", big, false};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  REQUIRE(r.ok);
  auto start = std::chrono::steady_clock::now();
  std::string printed = print_js(r.program, PrintOptions{file.text});
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  CHECK(printed.size() > big.size() / 2);
  CHECK(ms < 1000.0);
}
