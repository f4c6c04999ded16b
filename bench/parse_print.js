#!/usr/bin/env node
'use strict';
// Bench 1: front-end and printer throughput on large real-world inputs (bench/README.md).
//
// Per input and per round, in a rotating order, each in a fresh process:
//   phase_timer IN --phase ts      tree-sitter parse alone (+ freeing the tree), peak RSS
//   phase_timer IN --phase front   parse_js (tree-sitter + CST->AST + freeing the tree), print_js
//   desugar IN --stage print -o OUT        the whole CLI run: wall time and peak RSS
//   desugar IN --stage generator -o OUT    (informative)
// then medians over the rounds. CST->AST = parse_js - tree-sitter parse - tree free, paired per
// round. Each time is taken both as wall time and as CPU time (user + system): on a shared machine
// CPU time is the steadier of the two. Targets: whole `--stage print` run <= 1.5x tree-sitter's
// parse alone; peak RSS <= 40x the input size.
const fs = require('fs');
const path = require('path');
const { BENCH, ROOT, WORK, die, parseArgs, ensureDeps, buildTargets, median, run, table, fmt } = require('./lib/common');

const HELP = `usage: node bench/parse_print.js [options]

  --build DIR       build directory holding desugar (and where phase_timer is built); default build/
  --runs N          rounds per input (medians are reported); default 5
  --input FILE      input to measure (repeatable); default: TypeScript 4.9.5 and 5.6.3's
                    lib/typescript.js, from the pinned bench/package-lock.json (npm ci)
  --generator=false skip the informative 'desugar --stage generator' row
  --no-build        do not build desugar and phase_timer first
  --json FILE       also write the JSON result line to FILE
  --check           exit 1 when a target is missed (the time target on CPU time)
`;

const opts = parseArgs(process.argv.slice(2), {
  build: path.join(ROOT, 'build'), runs: 5, input: [], generator: true, 'no-build': false, json: '', check: false,
});
if (opts.help) { process.stdout.write(HELP); process.exit(0); }
if (!(opts.runs >= 1)) die('--runs must be >= 1');

const TARGET_RATIO = 1.5;   // whole --stage print run / tree-sitter parse alone
const TARGET_RSS = 40;      // peak RSS / input bytes

const build = path.resolve(opts.build);
const DESUGAR = path.join(build, 'desugar');
const TIMER = path.join(build, 'bench', 'phase_timer');
if (!opts['no-build']) buildTargets(build, ['desugar', 'phase_timer']);
for (const bin of [DESUGAR, TIMER]) if (!fs.existsSync(bin)) die(`${bin} is missing (build it, or configure with -DDESUGAR_BENCH=ON)`);

let inputs = opts.input.map((f) => ({ label: path.basename(f), file: path.resolve(f) }));
if (inputs.length === 0) {
  ensureDeps();
  inputs = [
    { label: 'typescript@4.9.5 lib/typescript.js', file: path.join(BENCH, 'node_modules/typescript-4.9.5/lib/typescript.js') },
    { label: 'typescript@5.6.3 lib/typescript.js', file: path.join(BENCH, 'node_modules/typescript/lib/typescript.js') },
  ];
}
const OUT = path.join(WORK, 'parse_print');
fs.mkdirSync(OUT, { recursive: true });

function must(r, what) {
  if (r.status !== 0) die(`${what} failed (status ${r.status}${r.signal ? ', ' + r.signal : ''}):\n${r.stderr.slice(0, 2000)}`);
  return r;
}

function jsonOf(r, what) {
  must(r, what);
  try { return JSON.parse(r.stdout.trim().split('\n').pop()); } catch (e) { die(`${what}: bad output ${r.stdout.slice(0, 500)}`); }
}

const results = [];
for (const [k, input] of inputs.entries()) {
  if (!fs.existsSync(input.file)) die(`input ${input.file} is missing`);
  const bytes = fs.statSync(input.file).size;
  const outPrint = path.join(OUT, `input${k}.print.js`), outGen = path.join(OUT, `input${k}.generator.js`);
  const tasks = {
    ts: () => jsonOf(run([TIMER, input.file, '--phase', 'ts']), 'phase_timer --phase ts'),
    front: () => jsonOf(run([TIMER, input.file, '--phase', 'front']), 'phase_timer --phase front'),
    print: () => must(run([DESUGAR, input.file, '--stage', 'print', '-o', outPrint], { rss: true }), 'desugar --stage print'),
    generator: () => {
      const r = run([DESUGAR, input.file, '--stage', 'generator', '-o', outGen], { rss: true });
      return r.status === 0 ? r : { failed: (r.stderr.split('\n')[0] || `status ${r.status}`) };
    },
  };
  const names = Object.keys(tasks).filter((t) => t !== 'generator' || opts.generator);
  const rounds = [];
  process.stderr.write(`parse_print: ${input.label} (${(bytes / 1e6).toFixed(2)} MB): `);
  for (let r = 0; r < opts.runs; r++) {
    const round = {};
    // Rotate the order so no phase always runs first (cold caches) or last.
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + r) % names.length];
      round[name] = tasks[name]();
    }
    rounds.push(round);
    process.stderr.write('.');
  }
  process.stderr.write('\n');

  // Wall and CPU (user + system) medians of one measure over the rounds.
  const both = (wall, cpu) => ({ wall: median(rounds.map(wall)), cpu: median(rounds.map(cpu)) });
  const genFailed = opts.generator ? rounds.find((x) => x.generator.failed) : null;
  const m = {
    ts_parse: both((x) => x.ts.ts_parse_ms, (x) => x.ts.ts_parse_cpu_ms),
    ts_free: both((x) => x.ts.ts_free_ms, (x) => x.ts.ts_free_cpu_ms),
    convert: both((x) => x.front.parse_js_ms - x.ts.ts_parse_ms - x.ts.ts_free_ms,
                  (x) => x.front.parse_js_cpu_ms - x.ts.ts_parse_cpu_ms - x.ts.ts_free_cpu_ms),
    print: both((x) => x.front.print_ms, (x) => x.front.print_cpu_ms),
    parse_js: both((x) => x.front.parse_js_ms, (x) => x.front.parse_js_cpu_ms),
    front_and_print: both((x) => x.front.parse_js_ms + x.front.print_ms, (x) => x.front.parse_js_cpu_ms + x.front.print_cpu_ms),
    whole_print: both((x) => x.print.wallMs, (x) => x.print.cpuMs),
    whole_generator: opts.generator && !genFailed ? both((x) => x.generator.wallMs, (x) => x.generator.cpuMs) : { wall: NaN, cpu: NaN },
  };
  const rssOf = (f) => median(rounds.map(f));
  const res = {
    input: input.label,
    bytes,
    out_bytes: rounds[0].front.out_bytes,
    runs: opts.runs,
    ms: m,
    mb_per_s: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { wall: bytes / 1e3 / v.wall, cpu: bytes / 1e3 / v.cpu }])),
    whole_generator_error: genFailed ? genFailed.generator.failed : undefined,
    peak_rss_kib: {
      ts_parse: rssOf((x) => x.ts.peak_rss_kib),
      front_and_print: rssOf((x) => x.front.peak_rss_kib),
      whole_print: rssOf((x) => x.print.maxRssKiB),
      whole_generator: opts.generator && !genFailed ? rssOf((x) => x.generator.maxRssKiB) : NaN,
    },
    arena_bytes: rounds[0].front.arena_bytes,
  };
  res.ratio_whole_print_to_ts_parse = { wall: m.whole_print.wall / m.ts_parse.wall, cpu: m.whole_print.cpu / m.ts_parse.cpu };
  res.rss_ratio = (res.peak_rss_kib.whole_print * 1024) / bytes;
  res.target_time_ok = { wall: res.ratio_whole_print_to_ts_parse.wall <= TARGET_RATIO, cpu: res.ratio_whole_print_to_ts_parse.cpu <= TARGET_RATIO };
  res.target_rss_ok = Number.isFinite(res.rss_ratio) ? res.rss_ratio <= TARGET_RSS : null;
  results.push(res);

  const mbs = (ms) => fmt(bytes / 1e3 / ms, 2);
  const rss = (kib) => (Number.isFinite(kib) ? `${fmt(kib / 1024, 0)} MiB (${fmt((kib * 1024) / bytes, 1)}x)` : '');
  const row = (label, v, r = NaN, rate = true) =>
    [label, fmt(v.wall, 0), rate ? mbs(v.wall) : '', fmt(v.cpu, 0), rate ? mbs(v.cpu) : '', rss(r)];
  console.log(`\n${input.label}: ${(bytes / 1e6).toFixed(2)} MB in, ${(res.out_bytes / 1e6).toFixed(2)} MB printed; ` +
              `medians of ${opts.runs} runs (MB = 1e6 bytes; MB/s of input; CPU = user + system)`);
  console.log(table([
    ['phase', 'wall ms', 'MB/s', 'CPU ms', 'MB/s', 'peak RSS (x input)'],
    row('(a) tree-sitter parse alone', m.ts_parse, res.peak_rss_kib.ts_parse),
    row('    tree-sitter: free the tree', m.ts_free, NaN, false),
    row('(b) CST->AST conversion', m.convert),
    row('(c) print', m.print),
    row('    parse_js + print, in process', m.front_and_print, res.peak_rss_kib.front_and_print),
    row('(d) desugar --stage print (whole run)', m.whole_print, res.peak_rss_kib.whole_print),
    ...(opts.generator ? [genFailed ? ['    desugar --stage generator (whole run)', 'failed', '', '', '', res.whole_generator_error]
                                    : row('    desugar --stage generator (whole run)', m.whole_generator, res.peak_rss_kib.whole_generator)] : []),
  ]));
  const ok = (b) => (b === null ? 'n/a' : b ? 'ok' : 'MISSED');
  console.log(`targets: (d)/(a) = ${fmt(res.ratio_whole_print_to_ts_parse.cpu, 2)} CPU, ${fmt(res.ratio_whole_print_to_ts_parse.wall, 2)} wall ` +
              `(<= ${TARGET_RATIO}: ${ok(res.target_time_ok.cpu)} CPU, ${ok(res.target_time_ok.wall)} wall); ` +
              `peak RSS of (d) = ${fmt(res.rss_ratio, 1)}x input (<= ${TARGET_RSS}x: ${ok(res.target_rss_ok)}); ` +
              `AST arena ${fmt(res.arena_bytes / 1048576, 0)} MiB`);
}

const line = JSON.stringify({ bench: 'parse_print', desugar: DESUGAR, results });
console.log('\n' + line);
if (opts.json) fs.writeFileSync(opts.json, line + '\n');
if (opts.check && results.some((r) => !r.target_time_ok.cpu || r.target_rss_ok === false)) process.exit(1);
