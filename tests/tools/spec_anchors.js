#!/usr/bin/env node
'use strict';
// Checks the specification citations in the simulator and the emitted runtime against ECMA-262's
// machine-readable index (npm @tc39/ecma262-biblio, pinned in tests/spec/package-lock.json and
// installed into the build tree with `npm ci` at test time):
//  1. every `#sec-…` anchor (and `#await`) names a clause of the spec;
//  2. every operation named as the spec names it (a PascalCase function, or a PascalCase call
//     in a comment) is one of the spec's abstract operations, unless it is listed below as ours;
//  3. an anchor right above a function that carries a spec name cites that operation's clause.
//
//   node tests/tools/spec_anchors.js --work build/spec-index [--root .]
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const ROOT = path.resolve(opt('--root', path.join(__dirname, '..', '..')));
const WORK = path.resolve(opt('--work', path.join(require('os').tmpdir(), 'desugar-spec-index')));

// Names that look like spec operations but are ours (or the engine's), each with why.
const OURS = new Map(Object.entries({
  ResolvePromise: 'steps 7-16 of the Promise Resolve Functions, shared with the implicit capability',
  CallCapability: 'Call(capability.[[Resolve]] or [[Reject]]) on an implicit %Promise% capability',
  PerformPromiseThenAwait: 'PerformPromiseThen with the Await closures as handlers',
  PromiseReactionJob: 'the Job Abstract Closure of NewPromiseReactionJob',
  PromiseResolveThenableJob: 'the Job Abstract Closure of NewPromiseResolveThenableJob',
  IteratorCloseOnThrow: 'IteratorClose with a throw completion',
  DoubleToRadixCString: "V8's Number.prototype.toString(radix)",
  TimSort: "V8's Array.prototype.sort",
}));

function installIndex() {
  const lock = fs.readFileSync(path.join(ROOT, 'tests/spec/package-lock.json'));
  const stamp = path.join(WORK, 'installed.stamp');
  const hash = require('crypto').createHash('sha256').update(lock).digest('hex');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  fs.mkdirSync(WORK, { recursive: true });
  for (const f of ['package.json', 'package-lock.json', '.npmrc']) {
    fs.copyFileSync(path.join(ROOT, 'tests/spec', f), path.join(WORK, f));
  }
  // npm ci checks the package against the integrity hash in the lock file.
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: WORK, stdio: 'inherit' });
  fs.writeFileSync(stamp, hash);
}

function sources() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(h|cpp)$/.test(e.name)) out.push(p);
    }
  };
  walk(path.join(ROOT, 'src/sim'));
  walk(path.join(ROOT, 'src/runtime'));
  return out.sort();
}

installIndex();
const biblio = JSON.parse(fs.readFileSync(path.join(WORK, 'node_modules/@tc39/ecma262-biblio/biblio.json'), 'utf8'));
const clauses = new Map();  // id -> entry
const ops = new Set();      // abstract operation names
for (const e of biblio.entries) {
  if (e.type === 'clause' && e.id) clauses.set(e.id, e);
  if (e.type === 'op' && e.aoid) ops.add(e.aoid);
  if (e.type === 'clause' && e.aoid) ops.add(e.aoid);
}

const failures = [];
let anchorCount = 0, nameCount = 0, pairCount = 0;
const fail = (file, line, msg) => failures.push(`${path.relative(ROOT, file)}:${line}: ${msg}`);

// C++ types declared in the scanned files: their constructors are not operations.
const files = sources();
const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
const types = new Set();
for (const text of texts.values()) {
  for (const m of text.matchAll(/\b(?:struct|class|enum class|enum|using)\s+([A-Z]\w*)/g)) types.add(m[1]);
}
const isSpecLike = (name) => /^[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)*$/.test(name) && !types.has(name);

for (const [file, text] of texts) {
  const lines = text.split('\n');
  let pending = [];  // anchors in the comment block right above a definition
  lines.forEach((line, i) => {
    const n = i + 1;
    const comment = line.includes('//') ? line.slice(line.indexOf('//')) : '';
    // 1. anchors
    for (const m of comment.matchAll(/#(sec-[A-Za-z0-9%._-]*[A-Za-z0-9%_-]|await)\b/g)) {
      anchorCount++;
      if (!clauses.has(m[1])) fail(file, n, `#${m[1]} is not a clause of ECMA-262`);
      else pending.push({ id: m[1], line: n });
    }
    // 2. operation names: declared functions and calls written in comments
    const named = [];
    const def = line.match(/^(?:[\w:<>*&, ]+?[\s*&])?(?:Interp::)?([A-Z]\w*)\((?!\))?[^;]*$/);
    const isDefinition = def && !/^\s*(return|if|else|case|throw)\b/.test(line) && !line.trimStart().startsWith('//');
    if (isDefinition && isSpecLike(def[1])) named.push(def[1]);
    for (const m of comment.matchAll(/\b([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)\(/g)) named.push(m[1]);
    for (const name of named) {
      if (!isSpecLike(name)) continue;
      nameCount++;
      if (!ops.has(name) && !OURS.has(name)) fail(file, n, `${name} is not an abstract operation of ECMA-262`);
    }
    // 3. an anchor in the comment block right above a definition names that definition
    const near = pending.filter((a) => n - a.line <= 3 && clauses.get(a.id).aoid);
    if (isDefinition && near.length && isSpecLike(def[1]) && ops.has(def[1])) {
      pairCount++;
      if (!near.some((a) => clauses.get(a.id).aoid === def[1])) {
        fail(file, n, `${def[1]} is cited as ${near.map((a) => `#${a.id} (${clauses.get(a.id).aoid})`).join(', ')}`);
      }
    }
    // A comment block ends at the first line of code.
    if (isDefinition || (!line.trimStart().startsWith('//') && line.trim() !== '')) pending = [];
  });
}

for (const f of failures) console.log(`FAIL ${f}`);
console.log(`spec-anchors: ${anchorCount} anchors, ${nameCount} operation names, ${pairCount} anchor-definition pairs ` +
            `checked against @tc39/ecma262-biblio; ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
