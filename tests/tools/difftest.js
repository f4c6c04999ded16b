#!/usr/bin/env node
'use strict';
// Node-differential test: for every program, run it under node, lower it with desugar, run the
// output under node, and require the same stdout and exit status.
//
//   node difftest.js --desugar BIN --stage STAGE [--await MODE] [--jobs N] [--cache DIR]
//                    [--no-explicit-jobs] [--fully-lowered] (--dir DIR | --fuzz START:COUNT | FILE...)
//                    [--fuzz-for-await-in-functions]
// --fully-lowered also fails a program whose output still has a generator or runner.
//
// Prints one line per failure (with the first differing line) and closes with
// "difftest: N passed, M failed". Exit status 1 on any failure or when nothing was tested.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { nodeTruth, runNode, runDesugar, pool, firstDifference, syntaxError } = require('./node_oracle');

function parseArgs(argv) {
  const o = { files: [], jobs: os.cpus().length, stage: 'print', await: 'modern' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    if (a === '--desugar') o.desugar = val();
    else if (a === '--stage') o.stage = val();
    else if (a === '--await') o.await = val();
    else if (a === '--jobs') o.jobs = Number(val());
    else if (a === '--cache') o.cache = val();
    else if (a === '--dir') o.dirs = (o.dirs || []).concat(val());
    else if (a === '--fuzz') o.fuzz = val();
    else if (a === '--keep') o.keep = val();
    else if (a === '--no-explicit-jobs') o.extra = (o.extra || []).concat(a);
    else if (a === '--fully-lowered') o.fullyLowered = true;
    else if (a === '--fuzz-for-await-in-functions') o.fuzzOptions = { forAwaitInAsyncFunctions: true };
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

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!o.desugar) throw new Error('--desugar BIN is required');
  const work = fs.mkdtempSync(path.join(o.keep || os.tmpdir(), 'difftest-'));
  let files = o.files.slice();
  for (const d of o.dirs || []) files.push(...listPrograms(d));
  if (o.fuzz) {
    const [start, count] = o.fuzz.split(':').map(Number);
    const { generate } = require('../fuzz/gen.js');
    const dir = path.join(work, 'fuzz');
    fs.mkdirSync(dir);
    for (let s = start; s < start + count; s++) {
      const f = path.join(dir, `fuzz_${s}.js`);
      fs.writeFileSync(f, generate(s, o.fuzzOptions));
      files.push(f);
    }
  }
  let failed = 0;
  const results = await pool(files, o.jobs, async (file, i) => {
    const ext = path.extname(file);
    const out = path.join(work, `out_${i}${ext}`);
    const args = [file, '-o', out, '--stage', o.stage, '--await', o.await, ...(o.extra || [])];
    const [truth, lowered] = await Promise.all([nodeTruth(file, o.cache), runDesugar(o.desugar, args)]);
    if (lowered.status !== 0) {
      return { file, ok: false, why: `desugar exited ${lowered.status}\n${lowered.stderr.trim()}` };
    }
    // desugar must never write output that does not parse, whatever the program does.
    const bad = syntaxError(fs.readFileSync(out, 'utf8'), out);
    if (bad) return { file, ok: false, why: `the output does not parse: ${bad}`, out };
    if (o.fullyLowered) {
      // The promise stage must leave no generator or runner behind for async code.
      const code = fs.readFileSync(out, 'utf8');
      const body = code.slice(code.indexOf('// ---- end of desugar runtime ----') + 1);
      // No generator left: the runtime has none, and the program only the sync generator
      // functions it was written with.
      const original = fs.readFileSync(file, 'utf8');
      const count = (text, re) => (text.match(re) || []).length;
      const written = count(original, /function\s*\*/g) - count(original, /\basync\s+function\s*\*/g);
      const runtime = code.slice(0, code.indexOf('// ---- end of desugar runtime ----') + 1);
      if (/\b__ds\d*_async\(/.test(body) || /function\s*\*/.test(runtime) ||
          count(body, /function\s*\*/g) > written) {
        return { file, ok: false, why: 'an async function kept the generator form (run with DESUGAR_EXPLAIN_FALLBACK=1 to see why)' };
      }
    }
    const r = await runNode(out, path.dirname(path.resolve(file)));
    if (r.stdout === truth.stdout && r.status === truth.status) return { file, ok: true };
    let why = r.stdout !== truth.stdout ? 'stdout differs at ' + firstDifference(truth.stdout, r.stdout)
      : `exit status ${r.status}, node says ${truth.status}`;
    if (r.stderr) why += '\n    lowered stderr: ' + r.stderr.trim().split('\n').slice(0, 6).join('\n      ');
    return { file, ok: false, why, out };
  });
  for (const r of results) {
    if (r.ok) continue;
    failed++;
    console.log(`FAIL ${r.file} [--stage ${o.stage} --await ${o.await}${(o.extra || []).map((x) => ' ' + x).join('')}]\n    ${r.why}`);
    if (/fuzz_/.test(r.file)) console.log('    program:\n' + fs.readFileSync(r.file, 'utf8').replace(/^/gm, '      | '));
  }
  if (!o.keep) fs.rmSync(work, { recursive: true, force: true });
  const passed = results.length - failed;
  console.log(`difftest: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || results.length === 0 ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
