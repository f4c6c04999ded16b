#!/usr/bin/env node
'use strict';
// Early errors (src/check): for every rule, a program V8 rejects (desugar must exit 1 with the
// expected located error id and V8's message) and a close program V8 accepts (desugar must
// accept it). V8's verdict and message are taken from node at test time, never from desugar.
//   node tests/tools/early_errors_test.js --desugar build/desugar
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { spawnSync, execFileSync } = require('child_process');

const args = process.argv.slice(2);
const BIN = args[args.indexOf('--desugar') + 1];

// [id, rejected program, accepted program]; a leading "M:" means a module. Rules whose every
// negative case the grammar already rejects (D0316, D0317, D0320, D0362, D0363 today) are
// exercised by the parser suite (tests/tools/early_errors_local.js) instead.
const CASES = [
  ['D0011', 'for (let.a of x);', 'for (let.a in x);'],
  ['D0011', 'for (let.x.y of z);', 'for ((let).x.y of z);'],
  ['D0301', 'const x = 1; const x = 2;', 'const x = 1; { const x = 2; }'],
  ['D0301', 'try {} catch ([e]) { var e; }', 'try {} catch (e) { var e; }'],
  ['D0301', 'function f(a) { let a; }', 'function f(a) { var a; }'],
  ['D0301', '"use strict"; { function f(){} function f(){} }', '{ function f(){} function f(){} }'],
  ['D0302', 'function f() { await g(); }', 'async function f() { await g(); }'],
  ['D0303', 'async function f(){ var await; }', 'function f(){ var await; }'],
  ['D0304', '"use strict"; var yield;', 'var yield;'],
  ['D0305', '"use strict"; eval = 1;', 'eval = 1;'],
  ['D0306', 'var \\u0069f;', 'var \\u0069g;'],
  ['D0307', 'let let = 1;', 'var let = 1;'],
  ['D0308', 'function f(a = 1) { "use strict"; }', 'function f(a) { "use strict"; }'],
  ['D0309', '"use strict"; function f(a, a){}', 'function f(a, a){}'],
  ['D0310', '"use strict"; with (a) {}', 'with (a) {}'],
  ['D0311', '"use strict"; delete x;', '"use strict"; delete x.y;'],
  ['D0312', '"use strict"; 010;', '010;'],
  ['D0313', '"use strict"; 08;', '08;'],
  ['D0314', '"use strict"; "\\01";', '"use strict"; "\\0";'],
  ['D0314', '`\\01`;', 'String.raw`\\01`;'],
  ['D0315', '"use strict"; "\\8";', '"\\8";'],
  ['D0318', '"\\u{110000}";', '"\\u{10FFFF}";'],
  ['D0319', 'a?.b = 1;', 'a.b = 1;'],
  ['D0319', '({a}) = 1;', '({a} = 1);'],
  ['D0319', 'f() &&= 1;', 'f() += 1;'],
  ['D0319', '"use strict"; a?.b() = 1;', '"use strict"; a.b() = 1;'],
  ['D0320', '[f() = 1] = x;', '[f() = 1];'],
  ['D0320', '(f() = 1) => 1;', '(f() = 1, 1);'],
  ['D0319', 'M:f() ??= 1;', 'M:for (f() of x);'],
  ['D0319', '1() &&= 1;', '1() += 1;'],
  ['D0319', 'async() ??= 1;', 'async() = 1;'],
  ['D0319', '{ 1.5() ||= 1 }', 'for(1()in x);'],
  ['D0321', '[...a,] = 1;', '[...a] = 1;'],
  ['D0322', 'function f(...a,){}', 'function f(...a){}'],
  ['D0323', 'function* g(a = yield){}', 'function* g(a = 1){ yield; }'],
  ['D0324', 'async function f(a = await 1){}', 'async function f(a = 1){ await 1; }'],
  ['D0325', 'class A extends a = b {}', 'class A extends (a = b) {}'],
  ['D0326', 'return;', 'function f(){ return; }'],
  ['D0327', 'break;', 'while (1) break;'],
  ['D0328', 'x: { continue x; }', 'x: while (1) { continue x; }'],
  ['D0329', 'while (1) { break x; }', 'x: while (1) { break x; }'],
  ['D0330', 'l: l: ;', 'l: { } l: ;'],
  ['D0331', 'class A { constructor(){ super(); } }', 'class A extends B { constructor(){ super(); } }'],
  ['D0331', 'function f(){ super.x; }', '({ m(){ super.x; } });'],
  ['D0332', 'new.target;', 'function f(){ new.target; }'],
  ['D0333', 'import.meta;', 'M:import.meta;'],
  ['D0334', 'class A { constructor(){} constructor(){} }', 'class A { constructor(){} static constructor(){} }'],
  ['D0335', 'class A { get constructor(){} }', 'class A { get constructorx(){} }'],
  ['D0336', 'class A { static prototype(){} }', 'class A { prototype(){} }'],
  ['D0337', 'class A { constructor = 1 }', 'class A { ["constructor"] = 1 }'],
  ['D0338', 'class A { m(){ this.#b } }', 'class A { #b; m(){ this.#b } }'],
  ['D0339', 'class A { #a; m(){ delete this.#a } }', 'class A { #a; m(){ delete this.a } }'],
  ['D0340', '({ get a(x){} });', '({ get a(){} });'],
  ['D0341', '({ set a(){} });', '({ set a(x){} });'],
  ['D0342', '({ set a(...x){} });', '({ set a([...x]){} });'],
  ['D0343', '({ __proto__: 1, __proto__: 2 });', '({ __proto__: 1, ["__proto__"]: 2 });'],
  ['D0344', 'a ?? b || c;', 'a ?? (b || c);'],
  ['D0345', 'M:export { x };', 'M:var x; export { x };'],
  ['D0346', 'M:var x; export { x, x };', 'M:var x; export { x, x as y };'],
  ['D0347', 'import a from "m";', 'M:import a from "m";'],
  ['D0348', 'class C { #a; m(){ super.#a } }', 'class C { #a; m(){ this.#a } }'],
  ['D0349', '/a/gg;', '/a/g;'],
  ['D0319', '+i = 42;', '+(i = 42);'],
  ['D0319', 'a || b = 1;', 'a || (b = 1);'],
  ['D0319', 'async function f() { await a = 1; }', 'async function f() { await (a = 1); }'],
  ['D0325', 'function* g() { return yield.x; }', 'function* g() { return (yield).x; }'],
  ['D0325', 'function* g() { yield\n*a; }', 'function* g() { yield\n*a; }'.replace('\n', ' ')],
  ['D0350', '/a**/;', '/a*/;'],
  ['D0350', '/(?!.){0,}?/u;', '/(?!.){0,}?/;'],
  ['D0350', '/\\1/u;', '/\\1/;'],
  ['D0350', '/{1}/u;', '/a{1}/u;'],
  ['D0350', '/}?/u;', '/}?/;'],
  ['D0350', '/\\u{110000}/u;', '/\\u{10FFFF}/u;'],
  ['D0350', '/(?<a>)(?<a>)/;', '/(?<a>)(?<b>)/;'],
  ['D0350', '/(a/;', '/(a)/;'],
  ['D0351', 'if (1) let x = 1;', 'if (1) { let x = 1; }'],
  ['D0352', '"use strict"; if (1) function f(){}', 'if (1) function f(){}'],
  ['D0353', 'while (1) function f(){}', 'while (1) { function f(){} }'],
  ['D0354', 'if (1) async function f(){}', 'if (1) { async function f(){} }'],
  ['D0355', 'for (var [x] = 1 in y);', 'for (var x = 1 in y);'],
  ['D0357', 'for (async of x);', 'for (async.x of x);'],
  ['D0358', 'a?.b`c`;', 'a.b`c`;'],
  ['D0359', 'new a?.b();', 'new a.b();'],
  ['D0360', '-x ** 2;', '(-x) ** 2;'],
  ['D0361', 'class C { x = arguments; }', 'class C { x = () => 1; m(){ arguments; } }'],
  ['D0364', '0_1;', '0.1_1;'],
  ['D0365', '3in[];', '3 in [];'],
  ['D0365', "('\n');", "('\\\n');"],
  ['D0365', 'var _\u{16AF5};', 'var _\u{16AF0};'],
  ['D0365', '\u{203F} = 10;', '_\u{203F} = 10;'],
  ['D0365', 'var \u{1F012};', 'var \u{2163}\u{2161};'],
  ['D0365', 'var x\\u{1F012};', 'var x\\u{2163};'],
  ['D0365', 'a.\u{FF0A};', 'a.\u{FF21};'],
  ['D0366', 'const x;', 'let x;'],
  ['D0367', 'throw /*\n*/ e;', 'throw /* */ e;'],
  ['D0368', 'switch (c) { default: default: }', 'switch (c) { default: case 1: }'],
  ['D0370', 'M:x; <!-- c', 'x; <!-- c'],
  ['D0371', 'a || () => 1;', 'a || (() => 1);'],
  ['D0372', 'function(){};', '(function(){});'],
];

function v8(source, isModule) {
  try {
    if (isModule) new vm.SourceTextModule(source);
    else new vm.Script(source);
    return null;
  } catch (e) {
    return e.message;
  }
}

if (args.includes('--v8')) {
  // Child mode (needs --experimental-vm-modules): V8's verdicts as JSON.
  const out = CASES.map(([, bad, good]) => [bad, good].map((s) => v8(s.replace(/^M:/, ''), s.startsWith('M:'))));
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

const verdicts = JSON.parse(
  execFileSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', __filename, '--v8'], { encoding: 'utf8' }),
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desugar-early-'));
let failures = 0;
function fail(msg) {
  failures++;
  console.log(`FAIL ${msg}`);
}
function run(source) {
  const isModule = source.startsWith('M:');
  const file = path.join(dir, isModule ? 'case.mjs' : 'case.js');
  fs.writeFileSync(file, source.replace(/^M:/, ''));
  return spawnSync(BIN, [file, '--stage', 'print', '--no-order', '-o', path.join(dir, 'out.js')], { encoding: 'utf8' });
}
CASES.forEach(([id, bad, good], i) => {
  const [badV8, goodV8] = verdicts[i];
  if (badV8 === null) fail(`${id}: V8 accepts the negative case ${JSON.stringify(bad)}`);
  if (goodV8 !== null) fail(`${id}: V8 rejects the positive case ${JSON.stringify(good)}: ${goodV8}`);
  const r = run(bad);
  const m = /:\d+:\d+: error\[(D\d{4})\]: (.*)/.exec(r.stderr);
  if (r.status !== 1 || !m) fail(`${id}: ${JSON.stringify(bad)} not rejected (exit ${r.status})`);
  else if (m[1] !== id) fail(`${id}: ${JSON.stringify(bad)} rejected with ${m[1]}: ${m[2]}`);
  else if (badV8 !== null && m[2] !== badV8) fail(`${id}: message ${JSON.stringify(m[2])}, V8 says ${JSON.stringify(badV8)}`);
  const g = run(good);
  if (g.status !== 0) fail(`${id}: ${JSON.stringify(good)} rejected: ${g.stderr.split('\n')[0]}`);
});
fs.rmSync(dir, { recursive: true, force: true });
console.log(`${CASES.length * 2 - failures}/${CASES.length * 2} checks passed`);
process.exit(failures ? 1 : 0);
