#!/usr/bin/env node
'use strict';
// Front-end conformance: does desugar parse exactly the engine's language?
//   node conformance.js --desugar BIN --work DIR [--known FILE] [--update-known] [--only CATS]
//                       [--filter SUBSTR] [--jobs N] [-v]
// Inputs come from npm at test time: tests/conformance/package-lock.json pins them with integrity
// hashes and `npm ci --ignore-scripts` installs them into DIR (re-installed when the lock changes).
//  pass/   (tc39's test262-parser-tests) desugar --stage print accepts the file, and the reference
//          parser's AST of the printed output equals its AST of the original and of the
//          pass-explicit/ twin (positions, comments, `extra` and parentheses ignored).
//  fail/, early/  desugar's verdict equals V8's (vm.Script, or vm.SourceTextModule for
//          *.module.js): rejected by V8 => exit 1 with a located `file:line:col: error[Dnnnn]`;
//          accepted by V8 => accepted.
//  real/   npm's own lib/, TypeScript's lib/, undici's and playwright-core's lib/: accepted, and
//          the printed output's AST equals the original's.
// A failing case not listed in --known fails the run; listed cases are counted and reported as
// known failures (the list may only shrink: a listed case that passes is reported to remove).
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { execFileSync, spawn, spawnSync } = require('child_process');

// Module verdicts need vm.SourceTextModule: re-run under --experimental-vm-modules.
if (!process.execArgv.includes('--experimental-vm-modules')) {
  const r = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', '--stack-size=4000', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status === null ? 3 : r.status);
}
const vm = require('vm');

const ROOT = path.resolve(__dirname, '../..');
const LOCK_DIR = path.join(ROOT, 'tests/conformance');

function parseArgs(argv) {
  const o = { jobs: 2, only: null, filter: null, known: null, update: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], val = () => argv[++i];
    if (a === '--desugar') o.bin = val();
    else if (a === '--work') o.work = val();
    else if (a === '--known') o.known = val();
    else if (a === '--update-known') o.update = true;
    else if (a === '--only') o.only = new Set(val().split(','));
    else if (a === '--filter') o.filter = val();
    else if (a === '--jobs') o.jobs = Number(val());
    else if (a === '-v') o.verbose = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.bin || !o.work) throw new Error('usage: conformance.js --desugar BIN --work DIR [--known FILE]');
  return o;
}

// npm ci into the work dir, once per lock file content.
function install(work) {
  const lock = fs.readFileSync(path.join(LOCK_DIR, 'package-lock.json'));
  const hash = crypto.createHash('sha256').update(lock).digest('hex');
  const stamp = path.join(work, 'installed.stamp');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  fs.mkdirSync(work, { recursive: true });
  for (const f of ['package.json', 'package-lock.json', '.npmrc']) fs.copyFileSync(path.join(LOCK_DIR, f), path.join(work, f));
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--silent'], { cwd: work, stdio: 'inherit' });
  fs.writeFileSync(stamp, hash);
}

// ---- the reference AST (Babel), normalised
let babel;
const SKIP = new Set(['start', 'end', 'loc', 'range', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'extra', 'tokens']);
function refParse(text, isModule) {
  return babel.parse(text, { sourceType: isModule ? 'module' : 'script', errorRecovery: false, createParenthesizedExpressions: false }).program;
}
// The first difference between two ASTs as a path, or null when equal. `loose` is for
// pass-explicit twins, which tc39 made equal under a Shift AST: there a property key is its name
// whatever its spelling (`a`, "a"), and `(a, b), c` is `a, b, c`.
function astDiff(a, b, at = '', loose = false) {
  if (a === b) return null;
  if (loose) { a = canon(a); b = canon(b); }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (typeof a === 'number' && typeof b === 'number' && Object.is(a, b)) return null;
    return `${at || '/'}: ${short(a)} vs ${short(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return `${at}: ${a.length} vs ${b.length} elements${describe(a, b)}`;
    for (let i = 0; i < a.length; i++) {
      const d = astDiff(a[i], b[i], `${at}/${i}`, loose);
      if (d) return d;
    }
    return null;
  }
  const at2 = a.type ? `${at}(${a.type})` : at;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (SKIP.has(k)) continue;
    const va = a[k], vb = b[k];
    if ((va === undefined || va === null) && (vb === undefined || vb === null)) continue;
    const d = astDiff(va, vb, `${at2}.${k}`, loose);
    if (d) return d;
  }
  return null;
}
function canon(n) {
  if (!n || typeof n !== 'object' || Array.isArray(n)) return n;
  if (n.type === 'SequenceExpression' && n.expressions.some((e) => e.type === 'SequenceExpression')) {
    return { ...n, expressions: n.expressions.flatMap((e) => (e.type === 'SequenceExpression' ? canon(e).expressions : [e])) };
  }
  if (n.key && !n.computed && /^(Object|Class)(Property|Method)$|^ClassPrivateProperty$/.test(n.type)) {
    const k = n.key, name = k.type === 'Identifier' ? k.name : k.type === 'StringLiteral' ? k.value : k.type === 'NumericLiteral' ? String(k.value) : null;
    if (name !== null) return { ...n, key: { type: 'PropertyName', name } };
  }
  return n;
}
function short(v) {
  const s = v && typeof v === 'object' ? (v.type || JSON.stringify(v)) : JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > 60 ? s.slice(0, 60) + '…' : s;
}
function describe(a, b) {
  const types = (x) => x.map((n) => (n && n.type) || typeof n).slice(0, 6).join(',');
  return ` [${types(a)}] vs [${types(b)}]`;
}

// ---- running desugar
function runDesugar(bin, file, isModule) {
  return new Promise((resolve) => {
    const args = [file, '--stage', 'print', '--no-order', isModule ? '--module' : '--script'];
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [], err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}
const LOCATED = /^[^\n]*:\d+:\d+: error\[D\d{4}\]: /m;

// ---- V8's verdict
function v8Accepts(text, isModule) {
  try {
    if (isModule) new vm.SourceTextModule(text);
    else new vm.Script(text);
    return true;
  } catch (e) {
    if (e instanceof SyntaxError || (e && e.name === 'SyntaxError')) return false;
    throw e;
  }
}

// ---- cases
function collect(work) {
  const nm = path.join(work, 'node_modules');
  const suite = path.join(nm, 'test262-parser-tests');
  const cases = [];
  for (const cat of ['pass', 'fail', 'early']) {
    for (const name of fs.readdirSync(path.join(suite, cat)).sort()) {
      if (!name.endsWith('.js')) continue;
      cases.push({ id: `${cat}/${name}`, cat, file: path.join(suite, cat, name), isModule: name.endsWith('.module.js'),
                   explicit: cat === 'pass' ? path.join(suite, 'pass-explicit', name) : null });
    }
  }
  const npmLib = path.join(path.dirname(fs.realpathSync(process.execPath)), '../lib/node_modules/npm/lib');
  const trees = [
    ['npm', fs.existsSync(npmLib) ? npmLib : path.join(execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(), 'npm/lib')],
    ['typescript', path.join(nm, 'typescript/lib')],
    ['undici', path.join(nm, 'undici/lib')],
    ['playwright-core', path.join(nm, 'playwright-core/lib')],
  ];
  for (const [pkg, dir] of trees) {
    for (const file of walk(dir)) {
      // playwright-core's lib/vite/ holds browser bundles: ES modules.
      cases.push({ id: `real/${pkg}/lib/${path.relative(dir, file)}`, cat: 'real', file, isModule: file.endsWith('.mjs') || file.includes('/lib/vite/') });
    }
  }
  return cases;
}
function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules') out.push(...walk(p)); }
    else if (/\.(m?js|cjs)$/.test(e.name)) out.push(p);
  }
  return out;
}

// One case: resolves to null (passed) or the reason it failed.
async function check(o, c) {
  const text = fs.readFileSync(c.file, 'utf8');
  const r = await runDesugar(o.bin, c.file, c.isModule);
  if (r.status !== 0 && r.status !== 1) return `desugar exited ${r.status === null ? 'on ' + r.signal : r.status}: ${r.stderr.slice(0, 300)}`;
  const firstDiag = () => (r.stderr.split('\n').find((l) => LOCATED.test(l + '\n')) || r.stderr.split('\n')[0] || '').slice(0, 300);
  if (c.cat === 'fail' || c.cat === 'early') {
    const v8 = v8Accepts(text, c.isModule);
    if (v8 && r.status !== 0) return `V8 accepts it, desugar rejects it: ${firstDiag()}`;
    if (!v8 && r.status === 0) return 'V8 rejects it, desugar accepts it';
    if (!v8 && !LOCATED.test(r.stderr)) return `rejected without a located error[Dnnnn] diagnostic: ${r.stderr.slice(0, 300)}`;
    return null;
  }
  if (r.status !== 0) return `rejected: ${firstDiag()}`;
  let printed;
  try { printed = refParse(r.stdout, c.isModule); } catch (e) { return `printed output does not parse: ${e.message}`; }
  let orig;
  try { orig = refParse(text, c.isModule); } catch (e) { orig = null; }
  if (orig) {
    const d = astDiff(orig, printed);
    if (d) return `AST differs from the original's at ${d}`;
  }
  if (c.explicit) {
    let twin;
    try { twin = refParse(fs.readFileSync(c.explicit, 'utf8'), c.isModule); } catch (e) { twin = null; }
    if (twin) {
      // A twin the reference parser finds different from its original is the suite's defect
      // (tc39's twins are equal under another AST): counted and shown, never a pass or a failure.
      if (orig && astDiff(orig, twin, '', true)) c.twinDiffers = true;
      else {
        const d = astDiff(twin, printed, '', true);
        if (d) return `AST differs from pass-explicit's at ${d}`;
      }
    } else if (!orig) return 'the reference parser rejects both the original and its pass-explicit twin';
  } else if (!orig) return 'the reference parser rejects the original';
  return null;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  install(o.work);
  babel = require(path.join(o.work, 'node_modules/@babel/parser'));
  let cases = collect(o.work);
  if (o.only) cases = cases.filter((c) => o.only.has(c.cat));
  if (o.filter) cases = cases.filter((c) => c.id.includes(o.filter));
  const known = new Map();
  if (o.known && fs.existsSync(o.known)) {
    for (const line of fs.readFileSync(o.known, 'utf8').split('\n')) {
      const t = line.replace(/#.*/, '').trim();
      if (t) known.set(t, line);
    }
  }
  const results = new Array(cases.length);
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const i = next++;
      try { results[i] = await check(o, cases[i]); } catch (e) { results[i] = `harness error: ${e.stack}`; }
    }
  }
  await Promise.all(Array.from({ length: o.jobs }, worker));

  const cats = {};
  let passed = 0, failed = 0, knownFailed = 0;
  const stale = [], failures = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i], why = results[i];
    const k = c.cat === 'real' ? `real/${c.id.split('/')[1]}` : c.cat;
    const s = (cats[k] ||= { total: 0, ok: 0, known: 0, bad: 0 });
    s.total++;
    if (!why) {
      s.ok++; passed++;
      if (known.has(c.id)) stale.push(c.id);
      continue;
    }
    failures.push(`${c.id}  # ${why.split('\n')[0].slice(0, 200)}`);
    if (known.has(c.id) && !o.update) {
      s.known++; knownFailed++;
      if (o.verbose) console.log(`known ${c.id}: ${why}`);
    } else {
      s.bad++; failed++;
      console.log(`FAIL ${c.id}: ${why}`);
    }
  }
  if (o.update && o.known) {
    const scope = (id) => (!o.only || o.only.has(id.split('/')[0])) && (!o.filter || id.includes(o.filter));
    const kept = [...known.keys()].filter((id) => !scope(id)).map((id) => known.get(id));
    const head = '# Conformance cases desugar fails today (tests/tools/conformance.js). This list may only shrink.\n' +
      '# Regenerate: node tests/tools/conformance.js --desugar BIN --work DIR --known FILE --update-known\n';
    fs.writeFileSync(o.known, head + [...kept, ...failures].sort().join('\n') + '\n');
    console.log(`wrote ${failures.length} failing cases to ${o.known}`);
  }
  const twins = cases.filter((c) => c.twinDiffers).map((c) => c.id);
  if (twins.length) console.log(`conformance: ${twins.length} pass-explicit twins differ from their original under the reference parser (suite defects; compared with the original only): ${twins.map((t) => path.basename(t)).join(' ')}`);
  if (stale.length) console.log(`note: now passing, remove from ${path.basename(o.known)}: ${stale.join(' ')}`);
  for (const [k, s] of Object.entries(cats)) {
    console.log(`conformance ${k}: ${s.ok}/${s.total} correct` + (s.known ? `, ${s.known} known failures` : '') + (s.bad ? `, ${s.bad} NEW failures` : ''));
  }
  if (knownFailed) console.log(`conformance: ${knownFailed} known failures (listed in ${path.basename(o.known)}) are not counted as passed`);
  console.log(`conformance: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
main().catch((e) => { console.error(e); process.exit(3); });
