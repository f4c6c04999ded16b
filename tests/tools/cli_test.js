#!/usr/bin/env node
'use strict';
// The command-line contract: --help/--version, exit statuses, located diagnostics, stdin/stdout,
// atomic output (nothing written on error), and awkward inputs (BOM, CRLF, hashbang, empty,
// invalid UTF-8). Closes with "cli: N passed, M failed".
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const BIN = process.argv[process.argv.indexOf('--desugar') + 1];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-test-'));
const file = (name, content) => { const p = path.join(work, name); fs.writeFileSync(p, content); return p; };
const run = (args, input) => spawnSync(BIN, args, { input, encoding: 'utf8' });
const node = (p) => spawnSync(process.execPath, [p], { encoding: 'utf8' });

let passed = 0, failed = 0;
function check(name, fn) {
  try { fn(); passed++; } catch (e) { failed++; console.log(`FAIL ${name}: ${e.message}`); }
}
function expect(cond, msg) { if (!cond) throw new Error(msg); }

check('--help prints usage, exit 0', () => {
  const r = run(['--help']);
  expect(r.status === 0 && /usage: desugar/.test(r.stdout) && /exit status/.test(r.stdout), r.stdout);
});
check('--version', () => { const r = run(['--version']); expect(r.status === 0 && /^desugar \d/.test(r.stdout), r.stdout); });
check('no input is a usage error (2)', () => { const r = run([]); expect(r.status === 2 && /no input/.test(r.stderr), r.stderr); });
check('unknown option is a usage error (2)', () => { const r = run(['--frobnicate', 'x.js']); expect(r.status === 2 && /unknown option/.test(r.stderr), r.stderr); });
check('unknown stage is a usage error (2)', () => { const r = run(['x.js', '--stage', 'nope']); expect(r.status === 2, r.stderr); });
check('missing file: D0004, exit 1', () => {
  const r = run([path.join(work, 'nope.js')]);
  expect(r.status === 1 && /error\[D0004\]: cannot read input/.test(r.stderr), r.stderr);
});

check('syntax error: located diagnostic, caret, exit 1, no output file', () => {
  const input = file('bad.js', 'let a = 1;\nlet b = (2 + ;\n');
  const out = path.join(work, 'bad.out.js');
  const r = run([input, '-o', out]);
  expect(r.status === 1, 'status ' + r.status);
  expect(/bad\.js:2:\d+: error\[D0001\]: syntax error/.test(r.stderr), r.stderr);
  expect(/\n\s+2 \| let b = \(2 \+ ;\n\s+\|\s+\^/.test(r.stderr), 'no source line and caret:\n' + r.stderr);
  expect(!fs.existsSync(out), 'output file was created');
  expect(fs.readdirSync(work).every((f) => !f.includes('desugar-')), 'temporary file left behind');
});
check('syntax error leaves an existing output file untouched', () => {
  const out = file('keep.js', 'original contents\n');
  const r = run([file('bad2.js', 'function (\n'), '-o', out]);
  expect(r.status === 1 && fs.readFileSync(out, 'utf8') === 'original contents\n', 'output modified');
});
check('missing token reported as D0001/D0002 with location', () => {
  const r = run([file('missing.js', 'if (a { b(); }\n')]);
  expect(r.status === 1 && /missing\.js:1:\d+: error\[D000[12]\]/.test(r.stderr), r.stderr);
});
check('invalid UTF-8: D0003', () => {
  const r = run([file('latin1.js', Buffer.from([0x6c, 0x65, 0x74, 0x20, 0x78, 0x3d, 0x27, 0xe9, 0x27, 0x3b, 0x0a]))]);
  expect(r.status === 1 && /latin1\.js:1:8: error\[D0003\]/.test(r.stderr), r.stderr);
});
for (const stage of ['generator', 'promise']) {
  check(`async generators and for await lower (--stage ${stage})`, () => {
    const src = 'async function* g() { yield 1; yield await 2; }\n(async () => { for await (const x of g()) console.log(x); })();\n';
    const out = path.join(work, `ag_${stage}.js`);
    const r = run([file('ag.js', src), '--stage', stage, '-o', out]);
    expect(r.status === 0 && node(out).stdout === '1\n2\n', r.stderr);
  });
}
// A call as an assignment, update or for-in/of target (V8 web compatibility): the call runs, then a
// ReferenceError (a TypeError for `1()`); the right side never runs. Node runs the input as well.
const callTargets = `var log = [];
function f() { log.push('f'); return 1; }
var async = function () { log.push('async'); };
function name(e) { return e instanceof ReferenceError ? 'RefErr' : e instanceof TypeError ? 'TypeErr' : String(e); }
async function run() {
  try { f() = await (log.push('rhs'), 2); } catch (e) { log.push(name(e)); }
  try { await 0; 1() = 2; } catch (e) { log.push(name(e)); }
  try { async() += await 1; } catch (e) { log.push(name(e)); }
  try { async()++; } catch (e) { log.push(name(e)); }
  try { for (f() of [await 1, 2]); } catch (e) { log.push(name(e)); }
  try { for(f()in {a: await 1}); } catch (e) { log.push(name(e)); }
  try { for (async() of []); log.push('empty'); } catch (e) { log.push(name(e)); }
  try { await null; --f(); } catch (e) { log.push(name(e)); }
  return log.join(' ');
}
run().then(function (s) { console.log(s); });
`;
const callTargetsIn = file('call_targets.js', callTargets);
const callTargetsExpected = node(callTargetsIn).stdout;
for (const stage of ['print', 'generator', 'promise']) {
  check(`a call as an assignment/for-in/of target throws where node does (--stage ${stage})`, () => {
    const out = path.join(work, `call_targets_${stage}.js`);
    const r = run([callTargetsIn, '--stage', stage, '-o', out]);
    expect(/RefErr/.test(callTargetsExpected) && !/rhs/.test(callTargetsExpected), callTargetsExpected);
    expect(r.status === 0, r.stderr);
    const got = node(out).stdout;
    expect(got === callTargetsExpected, `node printed ${JSON.stringify(got)}, expected ${JSON.stringify(callTargetsExpected)}`);
  });
}

check('stdin to stdout', () => {
  const r = run(['-', '--stage', 'print'], 'console.log( 1+2 )\n');
  expect(r.status === 0 && r.stdout === 'console.log(1 + 2);\n', JSON.stringify(r.stdout));
});
check('-o writes the file, nothing on stdout', () => {
  const out = path.join(work, 'o.js');
  const r = run([file('ok.js', 'async function f() { await 1; console.log("ok"); }\nf();\n'), '-o', out]);
  expect(r.status === 0 && r.stdout === '' && node(out).stdout === 'ok\n', r.stderr);
});
check('empty file', () => {
  const r = run([file('empty.js', '')]);
  expect(r.status === 0 && r.stdout === '', JSON.stringify(r));
});
check('BOM, CRLF and a hashbang line', () => {
  const src = '\ufeff#!/usr/bin/env node\r\nconst f = async () => { await null; console.log("crlf"); };\r\nf();\r\n';
  const out = path.join(work, 'crlf.out.js');
  const r = run([file('crlf.js', src), '-o', out]);
  const text = fs.readFileSync(out, 'utf8');
  expect(r.status === 0 && text.startsWith('#!/usr/bin/env node\n'), r.stderr + text.slice(0, 80));
  expect(node(out).stdout === 'crlf\n', 'output does not run');
});
check('.mjs input is a module (top-level await lowered)', () => {
  const out = path.join(work, 'tla.out.mjs');
  const r = run([file('tla.mjs', 'const v = await Promise.resolve(7);\nconsole.log(v);\n'), '-o', out]);
  const text = fs.readFileSync(out, 'utf8');
  expect(r.status === 0 && !/\bawait\b/.test(text.replace(/\/\/.*$/gm, '')), text);
  expect(node(out).stdout === '7\n', 'wrong output');
});
check('helper names avoid the input\'s identifiers', () => {
  const r = run([file('clash.js', 'const __ds_await = 1;\nconst f = async () => { await null; return __ds_await; };\nf().then(console.log);\n')]);
  expect(r.status === 0 && /__ds1_await\(/.test(r.stdout) && !/\b__ds_(?!await\b)\w+/.test(r.stdout), r.stdout.slice(0, 400));
  const out = file('clash.out.js', r.stdout);
  expect(node(out).stdout === '1\n', 'clash output wrong');
});

check('an error in one long minified line shows an excerpt around the caret', () => {
  const line = 'var a=1;'.repeat(25000) + 'let b=(2+;' + 'var c=3;'.repeat(25000);
  const r = run([file('min.js', line + '\n'), '--stage', 'print']);
  const m = /min\.js:1:(\d+): error\[D0001\]/.exec(r.stderr);
  expect(r.status === 1 && m && Number(m[1]) > 200000, r.stderr.slice(0, 300));
  const [, src, caret] = r.stderr.split('\n');
  expect(src.length < 140 && /^\s+1 \| \.\.\..*let b=\(2\+;.*\.\.\.$/.test(src), JSON.stringify(src));
  // The caret stands under the reported column's character.
  expect(caret.length < 140 && src[caret.length - 1] === line[Number(m[1]) - 1], JSON.stringify(caret));
});

check('an output path equal to the input is refused (D0051), input untouched', () => {
  const src = 'async function f() { await 1; }\nf();\n';
  const input = file('self.js', src);
  const r = run([input, '-o', path.join(work, '.', 'self.js')]);
  expect(r.status === 1 && /self\.js: error\[D0051\]: the output path is the input file/.test(r.stderr), r.stderr);
  expect(fs.readFileSync(input, 'utf8') === src, 'input was modified');
});
check('an unwritable output path: D0050, exit 1', () => {
  const r = run([file('w.js', 'console.log(1);\n'), '-o', path.join(work, 'no', 'such', 'dir', 'out.js')]);
  expect(r.status === 1 && /out\.js: error\[D0050\]: cannot write output: /.test(r.stderr), r.stderr);
});
check('a directory as input without an output directory: D0052', () => {
  const r = run([work]);
  expect(r.status === 1 && /error\[D0052\]: the input is a directory/.test(r.stderr), r.stderr);
});
check('directory mode mirrors the tree, lowers .js/.mjs/.cjs only, reports per file, --jobs', () => {
  const src = path.join(work, 'tree');
  const put = (rel, text) => { const p = path.join(src, rel); fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, text); };
  const prog = (tag) => `async function f() { console.log("${tag} 1"); await null; console.log("${tag} 3"); }\nf(); console.log("${tag} 2");\n`;
  put('a.js', prog('a'));
  put('lib/b.cjs', prog('b'));
  put('lib/deep/c.mjs', 'console.log("c 1"); await null; console.log("c 2");\n');
  put('lib/bad.js', 'let x = (1 + ;\n');
  put('README.md', '# not code\n');
  put('data.json', '{}\n');
  for (const jobs of ['1', '3']) {
    const out = path.join(work, 'tree-out-' + jobs);
    const r = run([src, '-o', out, '--jobs', jobs]);
    expect(r.status === 1, `status ${r.status} (a file failed, so 1)`);
    expect(/lib\/bad\.js:1:\d+: error\[D0001\]/.test(r.stderr) && /1 of 4 files failed/.test(r.stderr), r.stderr);
    expect(!/\r/.test(r.stderr), 'a progress line when stderr is not a terminal');
    const listed = [];
    const walk = (d, pre) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { if (e.isDirectory()) walk(path.join(d, e.name), pre + e.name + '/'); else listed.push(pre + e.name); } };
    walk(out, '');
    expect(listed.sort().join(' ') === 'a.js lib/b.cjs lib/deep/c.mjs', 'layout: ' + listed.join(' '));
    expect(node(path.join(out, 'a.js')).stdout === 'a 1\na 2\na 3\n', 'a.js lowered wrongly');
    expect(node(path.join(out, 'lib/b.cjs')).stdout === 'b 1\nb 2\nb 3\n', 'b.cjs lowered wrongly');
    const c = fs.readFileSync(path.join(out, 'lib/deep/c.mjs'), 'utf8');
    expect(!/\bawait\b/.test(c.replace(/\/\/.*$/gm, '')) && node(path.join(out, 'lib/deep/c.mjs')).stdout === 'c 1\nc 2\n', 'c.mjs not lowered as a module');
  }
  expect(run([src, '-o', src]).status === 1, 'output directory equal to the input was accepted');
});
check('SIGTERM/SIGINT at any moment leaves either no output file or the complete one', () => {
  // A few MB of async code, interrupted at delays spread over a whole run.
  const body = Array.from({ length: 3000 }, (_, i) =>
    `async function f${i}(x) {\n  const a = await x;\n  for (const y of [a]) await y;\n  return a + ${i};\n}\n`).join('');
  const input = file('big.js', body + 'f0(1).then(console.log);\n');
  const dir = fs.mkdtempSync(path.join(work, 'sig-'));
  const out = path.join(dir, 'big.out.js');
  const t0 = Date.now();
  const full = spawnSync(BIN, [input, '-o', out, '--no-order']);
  const ms = Date.now() - t0;
  expect(full.status === 0, String(full.stderr));
  const complete = fs.readFileSync(out, 'utf8');
  let interrupted = 0;
  for (let i = 1; i <= 12; i++) {
    fs.rmSync(out, { force: true });
    const sig = i % 2 ? 'SIGTERM' : 'SIGINT';
    const r = spawnSync(BIN, [input, '-o', out, '--no-order'], { timeout: Math.max(1, Math.round((ms * i) / 12)), killSignal: sig });
    if (r.signal) interrupted++;
    const left = fs.readdirSync(dir);
    expect(left.every((f) => f === 'big.out.js'), `temporary file left after ${sig}: ${left}`);
    if (left.length) expect(fs.readFileSync(out, 'utf8') === complete, 'partial output file');
  }
  expect(interrupted > 0, 'no run was interrupted');
});

fs.rmSync(work, { recursive: true, force: true });
console.log(`cli: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
