// Language coverage of the simulator's interpreter and console.log formatting (util.inspect):
// each program's expected stdout was recorded from Node v20.20.2.
#include <catch2/catch.hpp>

#include <string>

#include "parse/parse.h"
#include "sim/sim.h"

using namespace desugar;

namespace {

std::string out(const std::string& js) {
  SourceFile file{"<test>", js, false};
  Arena arena;
  ParseResult r = parse_js(file, arena, nullptr);
  REQUIRE(r.ok);
  SimOptions o;
  o.source = file.text;
  Prediction p = predict(r.program, o);
  INFO(js << "\nrefusal: " << p.refusal);
  REQUIRE(p.ok);
  return p.stdout_text;
}

struct Case {
  const char* js;
  const char* node_stdout;
};

// clang-format off
const Case kCases[] = {
    {R"JS(console.log([1, 2, 3], { a: 1, b: 'x' }, 'top', -0, [ -0 ], null, undefined, true);)JS",
     R"OUT([ 1, 2, 3 ] { a: 1, b: 'x' } top -0 [ -0 ] null undefined true
)OUT"},
    {R"JS(console.log({ a: { b: { c: { d: 1 } } } }, [[1, [2, [3, [4]]]]]);)JS",
     R"OUT({ a: { b: { c: [Object] } } } [ [ 1, [ 2, [Array] ] ] ]
)OUT"},
    {R"JS(console.log(['a\nb', "it's", `"q" 'x'`], { 'a-b': 1, $x: 2, _y: 3, 42: 4 });)JS",
     R"OUT([ 'a\nb', "it's", `"q" 'x'` ] { '42': 4, 'a-b': 1, '$x': 2, _y: 3 }
)OUT"},
    {R"JS(console.log(Array.from({ length: 30 }, (_, i) => i * 3));)JS",
     R"OUT([
   0,  3,  6,  9, 12, 15, 18, 21, 24,
  27, 30, 33, 36, 39, 42, 45, 48, 51,
  54, 57, 60, 63, 66, 69, 72, 75, 78,
  81, 84, 87
]
)OUT"},
    {R"JS(console.log(Array.from({ length: 120 }, (_, i) => i));)JS",
     R"OUT([
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99,
  ... 20 more items
]
)OUT"},
    {R"JS(console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);)JS",
     R"OUT([
  'apple',
  'banana',
  'cherry',
  'date',
  'elderberry',
  'fig',
  'grape',
  'honeydew'
]
)OUT"},
    {R"JS(class Foo { constructor() { this.x = 1; } } class Bar extends Foo {} console.log(new Foo(), new Bar(), Foo, Bar, class {});)JS",
     R"OUT(Foo { x: 1 } Bar { x: 1 } [class Foo] [class Bar extends Foo] [class (anonymous)]
)OUT"},
    {R"JS(console.log(function f() {}, () => {}, async function g() {}, function* h() {}, async () => {}, Math.max);)JS",
     R"OUT([Function: f] [Function (anonymous)] [AsyncFunction: g] [GeneratorFunction: h] [AsyncFunction (anonymous)] [Function: max]
)OUT"},
    {R"JS(console.log(new Map([[1, 'a'], ['b', { c: 2 }]]), new Set([1, 'x', [2]]), new Map(), new Set());)JS",
     R"OUT(Map(2) { 1 => 'a', 'b' => { c: 2 } } Set(3) { 1, 'x', [ 2 ] } Map(0) {} Set(0) {}
)OUT"},
    {R"JS(console.log(Promise.resolve(1), Promise.reject(2).catch(() => {}) && 0, new Promise(() => {}));)JS",
     R"OUT(Promise { 1 } 0 Promise { <pending> }
)OUT"},
    {R"JS(const p = Promise.reject(new Map()); p.catch(() => {}); console.log(p);)JS",
     R"OUT(Promise { <rejected> Map(0) {} }
)OUT"},
    {R"JS(console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }), [undefined, , 3], [, , ,]);)JS",
     R"OUT([Object: null prototype] {} [Object: null prototype] { a: 1 } [ undefined, <1 empty item>, 3 ] [ <3 empty items> ]
)OUT"},
    {R"JS(const o = { a: 1 }; o.self = o; console.log(o);)JS",
     R"OUT(<ref *1> { a: 1, self: [Circular *1] }
)OUT"},
    {R"JS(console.log({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} });)JS",
     R"OUT({ a: [Getter], b: [Setter], c: [Getter/Setter] }
)OUT"},
    {R"JS(console.log([1.5, 2e21, 1e-7, 0.1 + 0.2, 123456789012345680000, NaN, Infinity, -Infinity]);)JS",
     R"OUT([
  1.5,
  2e+21,
  1e-7,
  0.30000000000000004,
  123456789012345680000,
  NaN,
  Infinity,
  -Infinity
]
)OUT"},
    {R"JS(console.log(Symbol('s'), { [Symbol('k')]: 1 }, [Symbol.iterator]);)JS",
     R"OUT(Symbol(s) { [Symbol(k)]: 1 } [ Symbol(Symbol.iterator) ]
)OUT"},
    {R"JS(console.log(new Number(3), new String('ab'), new Boolean(false), Object(Symbol('q')));)JS",
     R"OUT([Number: 3] [String: 'ab'] [Boolean: false] [Symbol: Symbol(q)]
)OUT"},
    {R"JS(console.log('%s is %d years and %i, %f', 'Bob', 42.5, 42.9, '3.5', 'extra', { a: 1 });)JS",
     R"OUT(Bob is 42.5 years and 42, 3.5 extra { a: 1 }
)OUT"},
    {R"JS(console.log('%j %o%%', { a: [1] }, 1);)JS",
     R"OUT({"a":[1]} 1%
)OUT"},
    {R"JS(console.log('100%', '%d', 5);)JS",
     R"OUT(100% %d 5
)OUT"},
    {R"JS(console.log({ longPropertyNameNumberOne: 'value one', longPropertyNameNumberTwo: 'value two', three: 3 });)JS",
     R"OUT({
  longPropertyNameNumberOne: 'value one',
  longPropertyNameNumberTwo: 'value two',
  three: 3
}
)OUT"},
    {R"JS(console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }], [[1, 2], [3, 4]]);)JS",
     R"OUT([ { a: 1, b: 2 }, { a: 3, b: 4 } ] [ [ 1, 2 ], [ 3, 4 ] ]
)OUT"},
    {R"JS(console.log((function () { return arguments; })(1, 'a'));)JS",
     R"OUT([Arguments] { '0': 1, '1': 'a' }
)OUT"},
    {R"JS(console.log([function named() {}, class K {}], { f() {}, g: () => 1, async h() {} });)JS",
     R"OUT([ [Function: named], [class K] ] { f: [Function: f], g: [Function: g], h: [AsyncFunction: h] }
)OUT"},
    {R"JS(console.log(Object.assign(() => {}, { a: 1 }), Object.assign(function nm() {}, { b: 2 }));)JS",
     R"OUT([Function (anonymous)] { a: 1 } [Function: nm] { b: 2 }
)OUT"},
    {R"JS(console.log('a\tb', ['a\tb', 'x\\y', 'nul\0'], 'é', ['é', '中文']);)JS",
     R"OUT(a	b [ 'a\tb', 'x\\y', 'nul\x00' ] é [ 'é', '中文' ]
)OUT"},
    {R"JS(console.log([1, [2, [3, [4, [5]]]]], { x: [{ y: [{ z: 1 }] }] });)JS",
     R"OUT([ 1, [ 2, [ 3, [Array] ] ] ] { x: [ { y: [Array] } ] }
)OUT"},
    {R"JS(console.log(new Array(5), new Array(3).fill(0), [1, 2, 3].map(String));)JS",
     R"OUT([ <5 empty items> ] [ 0, 0, 0 ] [ '1', '2', '3' ]
)OUT"},
    {R"JS(console.log((5).toFixed(2), (1.005).toFixed(2), (2.5).toFixed(0), (0.000001234).toPrecision(2), (255).toString(16), (0.5).toString(2), (-7.25).toString(8));)JS",
     R"OUT(5.00 1.00 3 0.0000012 ff 0.1 -7.2
)OUT"},
    {R"JS(console.log(JSON.stringify({ a: [1, { b: 2 }], c: 'x', d: undefined, e: () => 1 }, null, 2));)JS",
     R"OUT({
  "a": [
    1,
    {
      "b": 2
    }
  ],
  "c": "x"
}
)OUT"},
    {R"JS(console.log(JSON.stringify([new Date(0).getTime(), 'é\u2028', '\ud800']), JSON.parse('{"a":[1,2,{"b":null}]}').a[2]);)JS",
     R"OUT([0,"é ","\ud800"] { b: null }
)OUT"},
    {R"JS(console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((a, b) => a - b), ['b', 'a', 'C'].sort(), [5, 1, 4].sort((a, b) => a > b));)JS",
     R"OUT([ 1, 10, 2, 3 ] [ 1, 2, 3, 10 ] [ 'C', 'a', 'b' ] [ 5, 1, 4 ]
)OUT"},
    {R"JS(console.log(String([1, [2, 3]]), String({}), `${[1, 2]}`, [] + {}, [1] == 1, null == undefined, '5' * '2');)JS",
     R"OUT(1,2,3 [object Object] 1,2 [object Object] true true 10
)OUT"},
    {R"JS(console.log(parseInt('42px'), parseFloat('3.14abc'), Number(''), Number(' 12 '), Number('0x1f'), +[], +{}, 1 / 3);)JS",
     R"OUT(42 3.14 0 12 31 0 NaN 0.3333333333333333
)OUT"},
    {R"JS(console.log('abc'.padStart(6, '-'), 'a,b,,c'.split(','), 'Hello'.at(-1), 'x'.repeat(3), ' t '.trim() + '|', 'abcdef'.slice(-3, -1));)JS",
     R"OUT(---abc [ 'a', 'b', '', 'c' ] o xxx t| de
)OUT"},
    {R"JS(const { a, b: [c, d = 5], ...rest } = { a: 1, b: [2], e: 3, f: 4 }; console.log(a, c, d, rest);)JS",
     R"OUT(1 2 5 { e: 3, f: 4 }
)OUT"},
    {R"JS(label: for (const i of [1, 2, 3]) { for (const j of [1, 2]) { if (j === 2) continue label; if (i === 3) break label; console.log(i, j); } })JS",
     R"OUT(1 1
2 1
)OUT"},
    {R"JS(function* gen() { const x = yield 1; console.log('got', x); try { yield 2; } finally { console.log('cleanup'); } } const it = gen(); console.log(it.next('ignored'), it.next('A'), it.return('R'), it.next());)JS",
     R"OUT(got A
cleanup
{ value: 1, done: false } { value: 2, done: false } { value: 'R', done: true } { value: undefined, done: true }
)OUT"},
    {R"JS(class A { #p = 1; static s = 'st'; get p() { return this.#p; } static m() { return A.s; } #priv() { return 'pv'; } call() { return this.#priv(); } } console.log(new A().p, A.m(), new A().call(), new A());)JS",
     R"OUT(1 st pv A {}
)OUT"},
    {R"JS(const obj = { toString() { return 'T'; }, valueOf() { return 42; } }; console.log(obj + 1, `${obj}`, obj * 2, [obj] + '');)JS",
     R"OUT(43 T 84 T
)OUT"},
    {R"JS(console.log(typeof null, typeof undefinedVar, typeof (() => {}), typeof Symbol());)JS",
     R"OUT(object undefined function symbol
)OUT"},
};
// clang-format on

}  // namespace

TEST_CASE("interpreter and console.log formatting agree with Node", "[sim][language]") {
  for (const Case& c : kCases) {
    INFO(c.js);
    CHECK(out(c.js) == c.node_stdout);
  }
}
