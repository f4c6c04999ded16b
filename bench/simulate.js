#!/usr/bin/env node
'use strict';
// Bench 3 (issue 5): the event-loop simulator's speed. For each program in sim_programs/, the
// time `desugar FILE --order` takes to predict the output, as promise jobs simulated per second,
// and its peak RSS, against Node running the same program (the physical limit). The job counts
// are those of the programs' construction (each program's header says how many). The predicted
// output must equal Node's, or the bench fails.
//
//   node bench/simulate.js [--build DIR] [--runs N]     (target: >= 1e6 promise jobs per second)
const path = require('path');
const { spawnSync } = require('child_process');

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const ROOT = path.resolve(__dirname, '..');
const DESUGAR = path.join(path.resolve(opt('--build', path.join(ROOT, 'build'))), 'desugar');
const RUNS = Number(opt('--runs', 3));
const PROGRAMS = [
  { file: 'await_loop.js', jobs: 1e6 + 2 },
  { file: 'then_storm.js', jobs: 1e6 + 2000 },
];

function measure(cmd, argv) {
  // GNU time's %M is the peak RSS in KiB; %e the wall time in seconds.
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...argv], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const last = r.stderr.trim().split('\n').pop().split(' ');
  return { status: r.status, stdout: r.stdout, seconds: Number(last[0]), rssKiB: Number(last[1]) };
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let failed = false;
const rows = [];
for (const p of PROGRAMS) {
  const file = path.join(__dirname, 'sim_programs', p.file);
  const sim = [], node = [];
  let simRss = 0, nodeRss = 0, predicted = '', actual = '';
  for (let i = 0; i < RUNS; i++) {
    const s = measure(DESUGAR, [file, '--order']);
    const n = measure(process.execPath, [file]);
    if (s.status !== 0) { failed = true; console.log(`desugar --order failed on ${p.file}`); }
    sim.push(s.seconds); node.push(n.seconds);
    simRss = Math.max(simRss, s.rssKiB); nodeRss = Math.max(nodeRss, n.rssKiB);
    predicted = s.stdout; actual = n.stdout;
  }
  if (predicted !== actual) { failed = true; console.log(`WRONG prediction for ${p.file}`); }
  const t = median(sim);
  rows.push({ program: p.file, jobs: p.jobs, sim_s: t, jobs_per_s: Math.round(p.jobs / t), sim_rss_mib: Math.round(simRss / 1024),
    node_s: median(node), node_rss_mib: Math.round(nodeRss / 1024), ratio: +(t / median(node)).toFixed(1) });
}
console.log('program          jobs      simulate (s)  jobs/s      peak RSS   node (s)  node RSS   sim/node');
for (const r of rows) {
  console.log(`${r.program.padEnd(16)} ${String(r.jobs).padEnd(9)} ${r.sim_s.toFixed(2).padStart(12)}  ${String(r.jobs_per_s).padEnd(10)}  ${String(r.sim_rss_mib).padStart(5)} MiB  ${r.node_s.toFixed(2).padStart(8)}  ${String(r.node_rss_mib).padStart(5)} MiB  ${r.ratio}x`);
}
const ok = rows.every((r) => r.jobs_per_s >= 1e6);
console.log(`target >= 1e6 promise jobs/s: ${ok ? 'ok' : 'MISSED'}`);
console.log(JSON.stringify({ bench: 'simulate', rows }));
process.exit(failed ? 1 : 0);
