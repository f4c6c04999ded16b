#!/usr/bin/env node
'use strict';
// The simulator against Node: for every program, `desugar FILE --order` must print exactly what
// Node prints (and predict its exit status), or refuse with a located D0201 diagnostic.
//
//   node order_test.js --desugar BIN [--cache DIR] [--jobs N] [--refused FILE] [--update-refused]
//                      [--golden-traces check|bless] (--dir DIR | --fuzz START:COUNT | FILE...)...
//   node order_test.js --desugar BIN --bench      jobs/s and peak RSS of the simulator vs Node
//
// A wrong prediction always fails. A refusal is counted; with --refused FILE (one path per line,
// relative to the repository, `fuzz:N` for generated programs) a refusal of a program that is not
// in the list fails too, so the list can only shrink. Closes with "order: N passed, M failed",
// after a summary line of the refusals. With --golden-traces, each golden case's
// `desugar input --explain` is compared with (or, bless, written to) golden/<case>/expected.trace,
// and its predicted ordering with expected.order (which must also equal Node's expected.out).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { nodeTruth, runDesugar, pool, firstDifference } = require('./node_oracle');

const ROOT = path.resolve(__dirname, '..', '..');

function parseArgs(argv) {
  const o = { files: [], dirs: [], fuzz: [], jobs: os.cpus().length };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    if (a === '--desugar') o.desugar = val();
    else if (a === '--cache') o.cache = val();
    else if (a === '--jobs') o.jobs = Number(val());
    else if (a === '--dir') o.dirs.push(val());
    else if (a === '--fuzz') o.fuzz.push(val());
    else if (a === '--refused') o.refused = val();
    else if (a === '--update-refused') o.update = true;
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--golden-traces') o.goldenTraces = val();
    else if (a === '--bench') o.bench = true;
    else o.files.push(a);
  }
  return o;
}

function listPrograms(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listPrograms(p));
    else if (/\.(m?js)$/.test(entry.name)) out.push(p);
  }
  return out.sort();
}

function goldenInputs(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('fail_'))
    .map((e) => ['input.js', 'input.mjs'].map((f) => path.join(dir, e.name, f)).find((f) => fs.existsSync(f)))
    .filter(Boolean)
    .sort();
}

function predictedStatus(stderr) {
  const m = /desugar: predicted exit status (\d+)/.exec(stderr);
  return m ? Number(m[1]) : 0;
}

// ---- --bench: the simulator's speed and memory against Node on promise-heavy programs.
const BENCHES = {
  'await loop (1e6 awaits)':
    'async function main() { let s = 0; for (let i = 0; i < 1000000; i++) s += await i; console.log(s); }\nmain();\n',
  'then-chain storm (1e7 jobs, 1000 live chains)':
    'let done = 0;\nfunction link(n) { if (n === 10000) { if (++done === 1000) console.log("done"); return; }\n' +
    '  Promise.resolve(n).then(v => link(v + 1)); }\nfor (let c = 0; c < 1000; c++) link(0);\n',
  'then-chain built at once (1e6 pending)':
    'let p = Promise.resolve(0);\nfor (let i = 0; i < 1000000; i++) p = p.then(v => v + 1);\np.then(v => console.log(v));\n',
};

function timed(cmd, args, env) {
  const { spawnSync } = require('child_process');
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = Number((r.stderr.trim().split('\n').pop() || '0')) / 1024;
  return { ms, rss, stdout: r.stdout, stderr: r.stderr };
}

function bench(o) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'order-bench-'));
  console.log('benchmark | simulator time | jobs | jobs/s | peak RSS | node time | node RSS | same output');
  for (const [name, src] of Object.entries(BENCHES)) {
    const f = path.join(work, 'b.js');
    fs.writeFileSync(f, src);
    const d = timed(o.desugar, [f, '--order', '--max-steps', '4000000000'], { DESUGAR_SIM_STATS: '1' });
    const n = timed(process.execPath, [f], {});
    const jobs = Number((/simulated (\d+) jobs/.exec(d.stderr) || [0, 0])[1]);
    console.log(`${name} | ${(d.ms / 1000).toFixed(2)} s | ${jobs} | ${(jobs / (d.ms / 1000) / 1e6).toFixed(2)}e6 | ` +
                `${d.rss.toFixed(0)} MB | ${(n.ms / 1000).toFixed(2)} s | ${n.rss.toFixed(0)} MB | ${d.stdout === n.stdout}`);
  }
  fs.rmSync(work, { recursive: true, force: true });
}

// ---- --golden-traces: expected.trace (the --explain text) and expected.order for golden cases.
async function goldenTraces(o, items) {
  let problems = 0;
  for (const item of items) {
    if (!/(^|\/)golden\//.test(item.id)) continue;
    const dir = path.dirname(item.file);
    const order = await runDesugar(o.desugar, [item.file, '--order']);
    const trace = await runDesugar(o.desugar, [item.file, '--explain']);
    if (order.status !== 0 || trace.status !== 0) continue;  // refused: nothing to pin
    const expectedOut = path.join(dir, 'expected.out');
    if (fs.existsSync(expectedOut) && fs.readFileSync(expectedOut, 'utf8') !== order.stdout) {
      problems++;
      console.log(`FAIL ${item.id}: the predicted order differs from Node's expected.out`);
    }
    for (const [file, text] of [['expected.order', order.stdout], ['expected.trace', trace.stdout]]) {
      const p = path.join(dir, file);
      if (o.goldenTraces === 'bless') {
        if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text) {
          fs.writeFileSync(p, text);
          console.log(`wrote ${path.relative(ROOT, p)}`);
        }
      } else if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text) {
        problems++;
        console.log(`FAIL ${path.relative(ROOT, p)} is ${fs.existsSync(p) ? 'stale' : 'missing'}`);
      }
    }
  }
  return problems;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!o.desugar) throw new Error('--desugar BIN is required');
  if (o.bench) return bench(o);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'order-test-'));
  const items = o.files.map((f) => ({ file: f, id: path.relative(ROOT, path.resolve(f)) }));
  for (const d of o.dirs) {
    const files = fs.existsSync(path.join(d, 'README.md')) && path.basename(d) === 'golden' ? goldenInputs(d) : listPrograms(d);
    for (const f of files) items.push({ file: f, id: path.relative(ROOT, path.resolve(f)) });
  }
  if (o.fuzz.length) {
    const { generate } = require('../fuzz/gen.js');
    const dir = path.join(work, 'fuzz');
    fs.mkdirSync(dir);
    for (const spec of o.fuzz) {
      const [start, count] = spec.split(':').map(Number);
      for (let s = start; s < start + count; s++) {
        const f = path.join(dir, `fuzz_${s}.js`);
        fs.writeFileSync(f, generate(s));
        items.push({ file: f, id: `fuzz:${s}` });
      }
    }
  }
  const allowed = new Set();
  if (o.refused && fs.existsSync(o.refused)) {
    for (const line of fs.readFileSync(o.refused, 'utf8').split('\n')) {
      const t = line.replace(/#.*/, '').trim();
      if (t) allowed.add(t);
    }
  }
  const results = await pool(items, o.jobs, async (item) => {
    const [truth, d] = await Promise.all([nodeTruth(item.file, o.cache), runDesugar(o.desugar, [item.file, '--order'])]);
    if (d.status === 1 && /error\[D0201\]/.test(d.stderr)) {
      const reason = (/error\[D0201\]: (.*)/.exec(d.stderr) || [])[1] || '';
      return { item, kind: 'refused', why: reason };
    }
    if (d.status !== 0) return { item, kind: 'failed', why: `desugar --order exited ${d.status}\n    ${d.stderr.trim().split('\n').slice(0, 8).join('\n    ')}` };
    const status = predictedStatus(d.stderr);
    if (d.stdout !== truth.stdout) {
      return { item, kind: 'failed', why: 'stdout differs at ' + firstDifference(truth.stdout, d.stdout).replace('lowered:        ', 'predicted:      ') };
    }
    if (status !== truth.status) return { item, kind: 'failed', why: `predicted exit status ${status}, node says ${truth.status}` };
    return { item, kind: 'passed' };
  });
  let passed = 0, failed = 0;
  const refused = [];
  if (o.goldenTraces) failed += await goldenTraces(o, items);
  for (const r of results) {
    if (r.kind === 'passed') { passed++; continue; }
    if (r.kind === 'refused') {
      refused.push(r);
      if (o.refused && !o.update && !allowed.has(r.item.id)) {
        failed++;
        console.log(`FAIL ${r.item.id}: refused, but it is not in ${path.relative(ROOT, o.refused)} (a regression)\n    ${r.why}`);
      } else if (o.verbose) {
        console.log(`refused ${r.item.id}: ${r.why}`);
      }
      continue;
    }
    failed++;
    console.log(`FAIL ${r.item.id}\n    ${r.why}`);
    if (r.item.id.startsWith('fuzz:')) console.log('    program:\n' + fs.readFileSync(r.item.file, 'utf8').replace(/^/gm, '      | '));
  }
  if (o.refused && o.update) {
    const lines = refused.map((r) => `${r.item.id}  # ${r.why}`).sort();
    fs.writeFileSync(o.refused, '# Programs the simulator refuses (D0201). This list may only shrink.\n' + lines.join('\n') + '\n');
  } else if (o.refused) {
    const now = new Set(refused.map((r) => r.item.id));
    const fixed = [...allowed].filter((id) => !now.has(id) && items.some((i) => i.id === id));
    if (fixed.length) console.log(`note: now predicted, remove from the refused list: ${fixed.join(', ')}`);
  }
  fs.rmSync(work, { recursive: true, force: true });
  const reasons = {};
  for (const r of refused) reasons[r.why] = (reasons[r.why] || 0) + 1;
  const top = Object.entries(reasons).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${v}× ${k}`);
  console.log(`order: ${refused.length} refused of ${items.length}${top.length ? ' (' + top.join('; ') + ')' : ''}`);
  console.log(`order: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || items.length === 0 ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
