#!/usr/bin/env node
'use strict';
// Each program in tests/known_differences/ shows one difference from native that the README
// documents. NAME.native.out is Node's output for the program (recorded from Node, checked here
// against Node again); NAME.generator.out and NAME.promise.out pin each stage's output. The test
// fails if any changes, so a fixed or a new difference shows up here and the README gets
// updated. --bless records them.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runNode, runDesugar } = require('./node_oracle');

const args = process.argv.slice(2);
const BIN = args[args.indexOf('--desugar') + 1];
const BLESS = args.includes('--bless');
const DIR = path.resolve(__dirname, '../known_differences');

(async () => {
  let passed = 0, failed = 0;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'known-'));
  for (const name of fs.readdirSync(DIR).filter((f) => /\.m?js$/.test(f)).sort()) {
    const file = path.join(DIR, name);
    const base = file.replace(/\.m?js$/, '');
    const native = await runNode(file);
    const problems = [];
    const outputs = [['.native.out', native.stdout]];
    let differs = false;
    for (const stage of ['generator', 'promise']) {
      const out = path.join(work, stage + '_' + name);
      const d = await runDesugar(BIN, [file, '-o', out, '--stage', stage]);
      const lowered = d.status === 0 ? (await runNode(out)).stdout : `desugar failed: ${d.stderr}`;
      outputs.push([`.${stage}.out`, lowered]);
      differs = differs || lowered !== native.stdout;
    }
    for (const [suffix, actual] of outputs) {
      const pinned = fs.existsSync(base + suffix) ? fs.readFileSync(base + suffix, 'utf8') : null;
      if (BLESS) fs.writeFileSync(base + suffix, actual);
      else if (pinned !== actual) problems.push(`${path.basename(base + suffix)} no longer matches:\n${actual}`);
    }
    if (!differs) problems.push('native and lowered now agree: the difference is gone, update the README');
    if (problems.length) { failed++; console.log(`FAIL ${name}\n  ${problems.join('\n  ')}`); } else passed++;
  }
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`known-differences: ${passed} passed, ${failed} failed`);
  process.exit(failed || !passed ? 1 : 0);
})();
