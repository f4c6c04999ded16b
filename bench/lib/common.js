'use strict';
// Shared by the bench scripts: paths, pinned npm dependencies, statistics, table printing.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const BENCH = path.resolve(__dirname, '..');
const ROOT = path.resolve(BENCH, '..');
const WORK = path.join(BENCH, 'work');

function die(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// Minimal flag parser: --name value, --name=value, boolean --flag; repeated flags collect.
function parseArgs(argv, spec) {
  const out = {};
  for (const [name, def] of Object.entries(spec)) out[name] = Array.isArray(def) ? [] : def;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i], value;
    if (arg === '-h' || arg === '--help') { out.help = true; continue; }
    if (!arg.startsWith('--')) die(`unexpected argument '${arg}' (try --help)`);
    arg = arg.slice(2);
    const eq = arg.indexOf('=');
    if (eq >= 0) { value = arg.slice(eq + 1); arg = arg.slice(0, eq); }
    if (!(arg in spec)) die(`unknown option --${arg} (try --help)`);
    const def = spec[arg];
    if (typeof def === 'boolean') { out[arg] = value === undefined ? true : value !== 'false'; continue; }
    if (value === undefined) {
      if (i + 1 >= argv.length) die(`--${arg} needs a value`);
      value = argv[++i];
    }
    if (Array.isArray(def)) out[arg].push(value);
    else out[arg] = typeof def === 'number' ? Number(value) : value;
  }
  return out;
}

// `npm ci` in bench/ when bench/node_modules is missing or was installed from another lockfile.
// npm checks every package against the integrity hashes in bench/package-lock.json.
function ensureDeps() {
  const lock = path.join(BENCH, 'package-lock.json');
  const stamp = path.join(BENCH, 'node_modules', '.desugar-bench-stamp');
  const hash = crypto.createHash('sha256').update(fs.readFileSync(lock)).digest('hex');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  console.error('bench: installing the pinned bench dependencies (npm ci in bench/)');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) die('npm ci failed in bench/');
  fs.writeFileSync(stamp, hash);
}

// Builds the named targets in BUILD (at most 2 jobs: the machine is shared).
function buildTargets(build, targets) {
  if (!fs.existsSync(path.join(build, 'CMakeCache.txt'))) {
    die(`${build} is not a configured build directory (run: cmake --preset dev, or pass --build DIR)`);
  }
  const r = spawnSync('cmake', ['--build', build, '--parallel', '2', '--target', ...targets],
                      { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) die(`building ${targets.join(', ')} in ${build} failed`);
}

function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// Runs argv, returning { status, stdout, stderr, wallMs, cpuMs, maxRssKiB }. With { rss: true },
// peak RSS and CPU time (user + system) come from GNU time (/usr/bin/time) when it is there,
// else from python3's RUSAGE_CHILDREN, else they are null.
let rssTool;
function rssWrapper() {
  if (rssTool !== undefined) return rssTool;
  if (fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0) {
    rssTool = { argv: ['/usr/bin/time', '-f', 'BENCH_MAXRSS %M %U %S'] };
  } else if (spawnSync('python3', ['-c', 'import resource']).status === 0) {
    rssTool = { argv: ['python3', '-c',
      'import resource,subprocess,sys\n' +
      'r=subprocess.run(sys.argv[1:]).returncode\n' +
      'u=resource.getrusage(resource.RUSAGE_CHILDREN)\n' +
      'print("BENCH_MAXRSS %d %.3f %.3f" % (u.ru_maxrss, u.ru_utime, u.ru_stime), file=sys.stderr)\n' +
      'sys.exit(r if r >= 0 else 128 - r)'] };
  } else {
    rssTool = null;
  }
  return rssTool;
}

function run(argv, { rss = false, cwd, input } = {}) {
  const wrap = rss ? rssWrapper() : null;
  const full = wrap ? [...wrap.argv, ...argv] : argv;
  const t0 = nowMs();
  const r = spawnSync(full[0], full.slice(1), { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = nowMs() - t0;
  let stderr = r.stderr || '', maxRssKiB = null, cpuMs = null;
  if (wrap) {
    const m = /BENCH_MAXRSS (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
    if (m) {
      maxRssKiB = Number(m[1]);
      cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
      stderr = stderr.slice(0, m.index);
    }
    stderr = stderr.replace(/^Command exited with non-zero status \d+\n/m, '');
  }
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout || '', stderr, wallMs, cpuMs, maxRssKiB };
}

// Plain-text table: rows of cells, first row is the header; numbers right-aligned.
function table(rows) {
  const widths = [];
  for (const row of rows) row.forEach((c, i) => { widths[i] = Math.max(widths[i] || 0, String(c).length); });
  return rows.map((row, r) => row.map((c, i) => {
    const s = String(c);
    return i > 0 && r > 0 ? s.padStart(widths[i]) : s.padEnd(widths[i]);
  }).join('  ').trimEnd()).join('\n');
}

function fmt(x, digits = 1) {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

module.exports = { BENCH, ROOT, WORK, die, parseArgs, ensureDeps, buildTargets, median, nowMs, run, table, fmt };
