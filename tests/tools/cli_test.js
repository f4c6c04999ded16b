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

fs.rmSync(work, { recursive: true, force: true });
console.log(`cli: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
