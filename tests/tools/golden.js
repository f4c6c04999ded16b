#!/usr/bin/env node
'use strict';
// Golden suite. Each golden/<case>/ holds input.js (or input.mjs) and:
//   expected.out        stdout of `node input.js`, recorded from Node (the truth)
//   expected.status     exit status, only when not 0
//   print.js            desugar --stage print output (pinned)
//   generator.js        desugar --stage generator output (pinned)
//   promise.js          desugar --stage promise output, the default (pinned)
//   expected.legacy.out the documented pre-2019 order (from a source, see expected.legacy.source)
//   generator.legacy.js, promise.legacy.js: --await legacy outputs (pinned; only with the above)
//   expected.order      desugar --order (the simulator's prediction, pinned) — must equal
//                       expected.out, which comes from Node and is the truth
//   expected.trace      desugar --explain for the seed programs (pinned)
// fail_<name>/ cases hold input.js and expected.diag: desugar's diagnostics, exit status 1.
// (.mjs inputs pin .mjs outputs.)
//
// Checks: Node still prints expected.out for the input; every pinned output is what desugar
// emits now; every emitted program prints expected.out (legacy: expected.legacy.out) under Node;
// no file in a case is stale (nothing produces or reads it).
//
//   node golden.js --desugar BIN [--bless] [--filter SUBSTR]
// --bless rewrites pinned outputs and Node's expected.out/status, printing a unified diff of
// every change. It never takes an expected ordering from desugar.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { runNode, runDesugar, pool, firstDifference, syntaxError } = require('./node_oracle');

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const BIN = opt('--desugar');
const BLESS = args.includes('--bless') || process.env.DESUGAR_BLESS === '1';
const FILTER = opt('--filter') || '';
const ROOT = path.resolve(__dirname, '../../golden');
const KNOWN = new Set(['README.md', 'NOTES.md', 'expected.legacy.source']);

function diff(oldText, newText, name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-diff-'));
  const a = path.join(dir, 'old'), b = path.join(dir, 'new');
  fs.writeFileSync(a, oldText); fs.writeFileSync(b, newText);
  let out = '';
  try { execFileSync('diff', ['-u', '--label', `a/${name}`, '--label', `b/${name}`, a, b]); }
  catch (e) { out = e.stdout.toString(); }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

function readOr(file, fallback) { return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : fallback; }

// Compares `actual` with the pinned file; in bless mode writes it and prints the diff.
function pin(caseDir, name, actual, problems) {
  const file = path.join(caseDir, name);
  const expected = readOr(file, null);
  if (expected === actual) return;
  const rel = path.relative(ROOT, file);
  if (BLESS) {
    process.stdout.write(diff(expected || '', actual, rel) || `(new file ${rel})\n`);
    fs.writeFileSync(file, actual);
  } else if (expected === null) {
    problems.push(`${rel} is missing (run the bless command)`);
  } else {
    problems.push(`${rel} differs from what desugar emits now:\n${diff(expected, actual, rel)}`);
  }
}

async function checkCase(name) {
  const dir = path.join(ROOT, name);
  const problems = [];
  const files = new Set(fs.readdirSync(dir));
  const ext = files.has('input.mjs') ? '.mjs' : '.js';
  const input = path.join(dir, 'input' + ext);
  const used = new Set(['input' + ext]);
  if (!fs.existsSync(input)) return [`${name}: no input.js or input.mjs`];

  if (name.startsWith('fail_')) {
    used.add('expected.diag');
    const r = await runDesugar(BIN, [input]);
    if (r.status !== 1) problems.push(`${name}: desugar exited ${r.status}, expected 1`);
    pin(dir, 'expected.diag', r.stderr.split(ROOT + '/').join(''), problems);
  } else {
    // The truth: Node on the input.
    const truth = await runNode(input);
    used.add('expected.out'); used.add('expected.status');
    const status = String(truth.status);
    if (BLESS) {
      pin(dir, 'expected.out', truth.stdout, problems);
      if (status !== '0') pin(dir, 'expected.status', status + '\n', problems);
      else if (files.has('expected.status')) fs.rmSync(path.join(dir, 'expected.status'));
    } else {
      const want = readOr(path.join(dir, 'expected.out'), null);
      const wantStatus = readOr(path.join(dir, 'expected.status'), '0').trim();
      if (want === null) problems.push(`${name}/expected.out is missing (run the bless command)`);
      else if (want !== truth.stdout) problems.push(`${name}/expected.out is stale: node input${ext} now prints ${firstDifference(want, truth.stdout)}`);
      if (wantStatus !== status) problems.push(`${name}: node exits ${status}, expected.status says ${wantStatus}`);
    }
    // The simulator's prediction must be exactly what Node printed.
    used.add('expected.order');
    const order = await runDesugar(BIN, [input, '--order']);
    if (order.status !== 0) problems.push(`${name}: desugar --order exited ${order.status}\n${order.stderr}`);
    else {
      pin(dir, 'expected.order', order.stdout, problems);
      if (order.stdout !== truth.stdout) problems.push(`${name}: the predicted order differs from Node at ${firstDifference(truth.stdout, order.stdout)}`);
    }
    if (name.startsWith('seed')) {
      used.add('expected.trace');
      const trace = await runDesugar(BIN, [input, '--explain']);
      if (trace.status !== 0) problems.push(`${name}: desugar --explain exited ${trace.status}\n${trace.stderr}`);
      else pin(dir, 'expected.trace', trace.stdout, problems);
    }
    const legacy = files.has('expected.legacy.out');
    if (legacy) {
      // The pre-2019 order is predicted too (from the simulator's legacy Await).
      const want = fs.readFileSync(path.join(dir, 'expected.legacy.out'), 'utf8');
      const r = await runDesugar(BIN, [input, '--order', '--await', 'legacy']);
      if (r.status !== 0 || r.stdout !== want) problems.push(`${name}: desugar --order --await legacy predicts ${firstDifference(want, r.stdout)}`);
    }
    const stages = [['print', 'modern', 'print', truth.stdout], ['generator', 'modern', 'generator', truth.stdout],
      ['promise', 'modern', 'promise', truth.stdout]];
    if (legacy) {
      used.add('expected.legacy.out');
      const legacyOut = fs.readFileSync(path.join(dir, 'expected.legacy.out'), 'utf8');
      stages.push(['generator', 'legacy', 'generator.legacy', legacyOut], ['promise', 'legacy', 'promise.legacy', legacyOut]);
    }
    for (const [stage, mode, base, wantOut] of stages) {
      const outName = base + ext;
      used.add(outName);
      const r = await runDesugar(BIN, [input, '--stage', stage, '--await', mode]);
      if (r.status !== 0) { problems.push(`${name}: desugar --stage ${stage} --await ${mode} exited ${r.status}\n${r.stderr}`); continue; }
      pin(dir, outName, r.stdout, problems);
      const bad = syntaxError(r.stdout, outName);
      if (bad) { problems.push(`${name}/${outName} does not parse: ${bad}`); continue; }
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-run-'));
      const outFile = path.join(tmp, outName);
      fs.writeFileSync(outFile, r.stdout);
      const ran = await runNode(outFile, dir);
      fs.rmSync(tmp, { recursive: true, force: true });
      if (ran.stdout !== wantOut) problems.push(`${name}/${outName} under node prints ${firstDifference(wantOut, ran.stdout)}`);
      else if (mode === 'modern' && String(ran.status) !== status) problems.push(`${name}/${outName} exits ${ran.status}, node on the input exits ${status}`);
    }
  }
  for (const f of files) {
    if (!used.has(f) && !KNOWN.has(f)) problems.push(`${name}/${f} is stale: no stage produces or reads it`);
  }
  return problems;
}

async function main() {
  if (!BIN) throw new Error('--desugar BIN is required');
  const cases = fs.readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes(FILTER)).map((d) => d.name).sort();
  const results = await pool(cases, os.cpus().length, checkCase);
  let failed = 0;
  results.forEach((problems, i) => {
    if (problems.length === 0) return;
    failed++;
    console.log(`FAIL ${cases[i]}\n  ` + problems.join('\n  '));
  });
  console.log(`golden: ${cases.length - failed} passed, ${failed} failed`);
  process.exit(failed > 0 || cases.length === 0 ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
