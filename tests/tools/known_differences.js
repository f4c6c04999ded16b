#!/usr/bin/env node
'use strict';
// Each program in tests/known_differences/ shows one difference from native that the README
// documents. NAME.native.out is Node's output for the program (recorded from Node, checked here
// against Node again); NAME.generator.out pins the lowered program's output. The test fails if
// either changes, so a fixed or a new difference shows up here and the README gets updated.
// --bless records both.
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
    const out = path.join(work, name);
    const d = await runDesugar(BIN, [file, '-o', out]);
    const lowered = d.status === 0 ? (await runNode(out)).stdout : `desugar failed: ${d.stderr}`;
    const problems = [];
    for (const [suffix, actual] of [['.native.out', native.stdout], ['.generator.out', lowered]]) {
      const pinned = fs.existsSync(base + suffix) ? fs.readFileSync(base + suffix, 'utf8') : null;
      if (BLESS) fs.writeFileSync(base + suffix, actual);
      else if (pinned !== actual) problems.push(`${path.basename(base + suffix)} no longer matches:\n${actual}`);
    }
    if (native.stdout === lowered) problems.push('native and lowered now agree: the difference is gone, update the README');
    if (problems.length) { failed++; console.log(`FAIL ${name}\n  ${problems.join('\n  ')}`); } else passed++;
  }
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`known-differences: ${passed} passed, ${failed} failed`);
  process.exit(failed || !passed ? 1 : 0);
})();
