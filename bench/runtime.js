#!/usr/bin/env node
'use strict';
// Bench 2: the run time under Node of async-heavy programs (bench/programs/*.js), native and as
// each compiler lowers them (bench/README.md).
//
// Each program is compiled by every variant, run once to check that it prints exactly what the
// native program prints (a mismatch fails the bench), then timed over --runs rounds; in each
// round the variants run in a rotating order, each in a fresh `node` process. Reported: medians
// of wall time, and ratios to native after subtracting Node's own start-up time (the median run
// time of an empty script, measured in the same rounds). CPU time (user + system), peak RSS
// and every run's wall time are in the JSON line too.
const fs = require('fs');
const path = require('path');
const { BENCH, ROOT, WORK, die, parseArgs, ensureDeps, buildTargets, median, run, table, fmt } = require('./lib/common');
const transpile = require('./lib/transpile');

const HELP = `usage: node bench/runtime.js [options]

  --build DIR        build directory holding desugar; default build/
  --no-build         do not build desugar first
  --runs N           timed rounds (medians are reported); default 5
  --program NAME     only this program of bench/programs (repeatable; with or without .js)
  --variant NAME     only this variant (repeatable; native is always run); default: all of
                     ${'native desugar-generator desugar-promise babel-regenerator ts-es5 babel-generators ts-es2015'}
  --json FILE        also write the JSON result line to FILE
  --check            exit 1 when a stage-2 (desugar --stage promise) target is missed
`;

const opts = parseArgs(process.argv.slice(2), {
  build: path.join(ROOT, 'build'), 'no-build': false, runs: 5, program: [], variant: [], json: '', check: false,
});
if (opts.help) { process.stdout.write(HELP); process.exit(0); }
if (!(opts.runs >= 1)) die('--runs must be >= 1');

const build = path.resolve(opts.build);
const DESUGAR = path.join(build, 'desugar');
if (!opts['no-build']) buildTargets(build, ['desugar']);
if (!fs.existsSync(DESUGAR)) die(`${DESUGAR} is missing`);
ensureDeps();

const TARGET_NATIVE_RATIO = 1.5;  // stage 2 / native, net of Node's start-up

function desugarStage(stage) {
  return (source, file, out) => {
    // --no-order: the benchmark measures the emitted code, not the simulator's prediction.
    const r = run([DESUGAR, file, '--stage', stage, '--no-order', '-o', out]);
    if (r.status !== 0) throw new Error((r.stderr.trim().split('\n')[0] || `exit status ${r.status}`));
    return null;  // written by desugar
  };
}

// key, column title, compile(source, file, outPath) -> code (or null when it wrote outPath).
const VARIANTS = [
  { key: 'native', title: 'native', compile: (source) => source },
  { key: 'desugar-generator', title: 'desugar gen (stage 1)', compile: desugarStage('generator') },
  { key: 'desugar-promise', title: 'desugar promise (stage 2)', compile: desugarStage('promise') },
  { key: 'babel-regenerator', title: 'babel regenerator', compile: transpile.babelRegenerator },
  { key: 'ts-es5', title: 'tsc ES5', compile: transpile.tsES5 },
  { key: 'babel-generators', title: 'babel node6 (generators)', compile: transpile.babelGenerators },
  { key: 'ts-es2015', title: 'tsc ES2015 (generators)', compile: transpile.tsES2015 },
];
for (const v of opts.variant) if (!VARIANTS.some((x) => x.key === v)) die(`unknown variant '${v}'`);
const variants = VARIANTS.filter((v) => v.key === 'native' || opts.variant.length === 0 || opts.variant.includes(v.key));

const PROGRAMS_DIR = path.join(BENCH, 'programs');
let programs = fs.readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.js')).sort().map((f) => f.slice(0, -3));
if (opts.program.length) {
  const want = opts.program.map((p) => p.replace(/\.js$/, ''));
  for (const p of want) if (!programs.includes(p)) die(`no program bench/programs/${p}.js`);
  programs = programs.filter((p) => want.includes(p));
}

const OUT = path.join(WORK, 'runtime');
fs.mkdirSync(OUT, { recursive: true });
const EMPTY = path.join(OUT, 'empty.js');
fs.writeFileSync(EMPTY, "'use strict';\n");

const node = (file) => run([process.execPath, file], { rss: true });

// ---- compile and verify
// cells[program][variant] = { file } | { error } (could not compile: n/a) | { wrong } (bad output)
const cells = {};
let mismatches = 0;
for (const program of programs) {
  const file = path.join(PROGRAMS_DIR, `${program}.js`);
  const source = fs.readFileSync(file, 'utf8');
  cells[program] = {};
  let expected = null;
  for (const v of variants) {
    const out = v.key === 'native' ? file : path.join(OUT, v.key, `${program}.js`);
    const cell = { file: out, wall: [], cpu: [], rss: [] };
    cells[program][v.key] = cell;
    try {
      if (v.key !== 'native') {
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.rmSync(out, { force: true });
        const code = v.compile(source, file, out);
        if (code !== null) fs.writeFileSync(out, code);
      }
    } catch (e) {
      cell.error = String(e.message || e).split('\n')[0];
      console.error(`runtime: ${program}: ${v.key}: n/a (does not compile: ${cell.error})`);
      continue;
    }
    const r = node(out);
    const got = `exit ${r.status}${r.signal ? ' ' + r.signal : ''}\n${r.stdout}`;
    if (v.key === 'native') {
      if (r.status !== 0 || !/^checksum /m.test(r.stdout)) die(`${program}: the native program fails:\n${r.stdout}${r.stderr.slice(0, 2000)}`);
      expected = got;
    } else if (got !== expected) {
      mismatches++;
      cell.wrong = `printed ${JSON.stringify(got.slice(0, 200))}, native printed ${JSON.stringify(expected)}` +
                   (r.stderr ? `; stderr: ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}` : '');
      console.error(`runtime: CHECKSUM MISMATCH: ${program}: ${v.key} ${cell.wrong}`);
    }
  }
}

// ---- time
const startup = { wall: [], cpu: [] };
const runnable = (p) => variants.filter((v) => !cells[p][v.key].error && !cells[p][v.key].wrong);
process.stderr.write(`runtime: ${opts.runs} rounds of ${programs.length} programs x ${variants.length} variants: `);
for (let r = 0; r < opts.runs; r++) {
  const e = node(EMPTY);
  startup.wall.push(e.wallMs);
  startup.cpu.push(e.cpuMs);
  for (const program of programs) {
    const vs = runnable(program);
    for (let i = 0; i < vs.length; i++) {
      const v = vs[(i + r) % vs.length];
      const cell = cells[program][v.key];
      const res = node(cell.file);
      if (res.status !== 0) die(`${program}: ${v.key} failed on round ${r + 1}: ${res.stderr.slice(0, 1000)}`);
      cell.wall.push(res.wallMs);
      cell.cpu.push(res.cpuMs);
      cell.rss.push(res.maxRssKiB);
    }
  }
  process.stderr.write('.');
}
process.stderr.write('\n');

// ---- report
const base = { wall: median(startup.wall), cpu: median(startup.cpu) };
const results = {};
for (const program of programs) {
  results[program] = {};
  for (const v of variants) {
    const c = cells[program][v.key];
    const m = { wall_ms: median(c.wall), cpu_ms: median(c.cpu), peak_rss_kib: median(c.rss),
                wall_samples_ms: c.wall.map((x) => Math.round(x)) };
    if (c.error) m.error = c.error;
    if (c.wrong) m.wrong = c.wrong;
    results[program][v.key] = m;
  }
  const nat = results[program].native;
  for (const v of variants) {
    const m = results[program][v.key];
    m.ratio_wall = (m.wall_ms - base.wall) / (nat.wall_ms - base.wall);
    m.ratio_cpu = (m.cpu_ms - base.cpu) / (nat.cpu_ms - base.cpu);
  }
}

const cellText = (m, f) => (m.error ? 'n/a' : m.wrong ? 'WRONG' : f(m));
const header = ['program', ...variants.map((v) => v.title)];
console.log(`\nruntime: node ${process.version}, medians of ${opts.runs} runs; Node start-up (empty script) ` +
            `${fmt(base.wall, 0)} ms wall, ${fmt(base.cpu, 0)} ms CPU`);
console.log('\nwall time, ms (whole node process)');
console.log(table([header, ...programs.map((p) => [p, ...variants.map((v) => cellText(results[p][v.key], (m) => fmt(m.wall_ms, 0)))])]));
console.log('\nratio to native, wall time net of Node start-up: (t - start-up) / (native - start-up)');
console.log(table([header, ...programs.map((p) => [p, ...variants.map((v) => cellText(results[p][v.key], (m) => fmt(m.ratio_wall, 2) + 'x'))])]));
console.log('\nratio to native, CPU time (user + system, all of Node\'s threads) net of start-up');
console.log(table([header, ...programs.map((p) => [p, ...variants.map((v) => cellText(results[p][v.key], (m) => fmt(m.ratio_cpu, 2) + 'x'))])]));
console.log('\npeak RSS, MiB');
console.log(table([header, ...programs.map((p) => [p, ...variants.map((v) => cellText(results[p][v.key], (m) => fmt(m.peak_rss_kib / 1024, 0)))])]));

// Targets, on wall time net of start-up: stage 2 within 1.5x of native, faster than Babel's
// regenerator output and TypeScript's ES5 output. Shown for stage 1 too, for information.
const targets = {};
console.log('\ntargets (wall, net of start-up): within 1.5x of native; faster than babel regenerator and tsc ES5');
for (const stage of ['desugar-generator', 'desugar-promise']) {
  if (!variants.some((v) => v.key === stage)) continue;
  targets[stage] = {};
  const parts = [];
  for (const p of programs) {
    const m = results[p][stage];
    if (m.error || m.wrong) { targets[stage][p] = null; parts.push(`${p} ${m.error ? 'n/a' : 'WRONG'}`); continue; }
    const checks = { native: m.ratio_wall <= TARGET_NATIVE_RATIO };
    for (const other of ['babel-regenerator', 'ts-es5']) {
      const o = results[p][other];
      if (o && !o.error && !o.wrong) checks[other] = m.wall_ms < o.wall_ms;
    }
    targets[stage][p] = checks;
    const missed = Object.entries(checks).filter(([, ok]) => !ok).map(([k]) => (k === 'native' ? `>${TARGET_NATIVE_RATIO}x native` : `not faster than ${k}`));
    parts.push(`${p} ${missed.length ? 'MISSED (' + missed.join(', ') + ')' : 'ok'}`);
  }
  console.log(`  ${stage}: ${parts.join('; ')}`);
}

const line = JSON.stringify({ bench: 'runtime', node: process.version, desugar: DESUGAR, runs: opts.runs, startup_ms: base, results, targets });
console.log('\n' + line);
if (opts.json) fs.writeFileSync(opts.json, line + '\n');
if (mismatches) {
  console.error(`runtime: ${mismatches} variant(s) printed something other than native: see CHECKSUM MISMATCH above`);
  process.exit(1);
}
if (opts.check) {
  const stage2 = targets['desugar-promise'];
  if (!stage2 || Object.values(stage2).some((c) => c === null || Object.values(c).some((ok) => !ok))) process.exit(1);
}
