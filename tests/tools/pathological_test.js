#!/usr/bin/env node
'use strict';
// Pathological input stays bounded: deeply nested or huge programs end with exit 1 and a located
// `file:line:col: error[Dnnnn]` diagnostic, or exit 0 when valid, never a crash or a hang (ctest's
// timeout). Inputs are generated at test time; V8's verdict is checked for each.
//   node tests/tools/pathological_test.js --desugar build/desugar
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { spawnSync } = require('child_process');

const args = process.argv.slice(2);
const BIN = args[args.indexOf('--desugar') + 1];
const N = 100000;

// [name, source, V8 accepts]
const CASES = [
  ['100000 (', '('.repeat(N), false],
  ['100000 [', '['.repeat(N), false],
  ['100000 {', '{'.repeat(N), false],
  ['100000 a=>', 'a=>'.repeat(N), false],
  ['100000 (...) around a', '('.repeat(N) + 'a' + ')'.repeat(N), true],
  ['100000 [...]', '['.repeat(N) + ']'.repeat(N), true],
  ['100000 {...}', '{'.repeat(N) + '}'.repeat(N), true],
  ['100000 a=> then a', 'a=>'.repeat(N) + 'a', true],
  ['"use strict" and 300000 x; lines', '"use strict";\n' + 'x;\n'.repeat(300000), true],
  ['"use strict" and 300000 x; lines, then one (', '"use strict";\n' + 'x;\n'.repeat(300000) + '(', false],
];

// V8 rejects the invalid inputs with a SyntaxError, or a RangeError (its own stack limit).
function v8Accepts(source) {
  try {
    new vm.Script(source);
    return true;
  } catch (e) {
    return false;
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desugar-patho-'));
let failures = 0;
for (const [name, source, valid] of CASES) {
  if (!valid && v8Accepts(source)) {
    failures++;
    console.log(`FAIL ${name}: V8 accepts it`);
    continue;
  }
  const file = path.join(dir, 'case.js');
  fs.writeFileSync(file, source);
  const r = spawnSync(BIN, [file, '--stage', 'print', '--no-order', '-o', path.join(dir, 'out.js')], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const located = /^[^\n]*case\.js:\d+:\d+: error\[D\d{4}\]: /m.test(r.stderr);
  // Valid input: exit 0, or (nesting beyond desugar's limit) a located error; never a crash.
  const ok = valid ? r.status === 0 || (r.status === 1 && located) : r.status === 1 && located;
  if (!ok) {
    failures++;
    console.log(`FAIL ${name}: exit ${r.status} signal ${r.signal}: ${(r.stderr || '').slice(0, 200)}`);
  } else {
    console.log(`ok   ${name}: exit ${r.status}${r.status ? ' ' + r.stderr.split('\n')[0].replace(/^.*case\.js/, 'case.js') : ''}`);
  }
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(`${CASES.length - failures}/${CASES.length} checks passed`);
process.exit(failures ? 1 : 0);
