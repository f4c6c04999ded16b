#!/usr/bin/env node
'use strict';
// Round trip on real code: fetch a large real package from npm at test time (TypeScript's
// lib/typescript.js, ~9 MB, pinned), then require that print(parse(x)) parses again with no
// error, that Node accepts it (node --check), and that printing is idempotent:
// print(parse(print(parse(x)))) == print(parse(x)).
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const args = process.argv.slice(2);
const BIN = args[args.indexOf('--desugar') + 1];
const WORK = args.includes('--work') ? args[args.indexOf('--work') + 1] : path.join(require('os').tmpdir(), 'desugar-roundtrip');
const PACKAGE = 'typescript@5.6.3';

function fetchInput() {
  const target = path.join(WORK, 'typescript.js');
  if (fs.existsSync(target)) return target;
  fs.mkdirSync(WORK, { recursive: true });
  const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: WORK, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', tgz, 'package/lib/typescript.js'], { cwd: WORK });
  fs.renameSync(path.join(WORK, 'package/lib/typescript.js'), target);
  fs.rmSync(path.join(WORK, tgz));
  return target;
}

let passed = 0, failed = 0;
function step(name, ok, detail) {
  if (ok) passed++; else { failed++; console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`); }
}

const input = fetchInput();
const p1 = path.join(WORK, 'print1.js'), p2 = path.join(WORK, 'print2.js');
const r1 = spawnSync(BIN, [input, '--stage', 'print', '--no-order', '-o', p1], { encoding: 'utf8' });
step('print(parse(typescript.js))', r1.status === 0, r1.stderr.slice(0, 2000));
if (r1.status === 0) {
  const r2 = spawnSync(BIN, [p1, '--stage', 'print', '--no-order', '-o', p2], { encoding: 'utf8' });
  step('printed output reparses without errors', r2.status === 0, r2.stderr.slice(0, 2000));
  const check = spawnSync(process.execPath, ['--check', p1], { encoding: 'utf8' });
  step('node --check accepts the printed output', check.status === 0, check.stderr.slice(0, 2000));
  if (r2.status === 0) {
    const a = fs.readFileSync(p1, 'utf8'), b = fs.readFileSync(p2, 'utf8');
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    step('printing is idempotent', a === b, `first difference at byte ${at}: ${JSON.stringify(a.slice(at, at + 80))} vs ${JSON.stringify(b.slice(at, at + 80))}`);
  }
  console.log(`roundtrip: input ${(fs.statSync(input).size / 1e6).toFixed(1)} MB, printed ${(fs.statSync(p1).size / 1e6).toFixed(1)} MB`);
}
console.log(`roundtrip: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
