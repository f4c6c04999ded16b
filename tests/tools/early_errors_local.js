#!/usr/bin/env node
'use strict';
// Local measurement of early errors against tc39's parser suite (test262-parser-tests, unpacked
// by hand into DIR). V8's verdict per file (vm.Script, or vm.SourceTextModule for *.module.js,
// which needs --experimental-vm-modules: we re-run ourselves with it) against desugar's exit
// status under --stage print. Prints the counts and the files where the verdicts differ.
//   node tests/tools/early_errors_local.js --desugar build/desugar --suite /tmp/t262/package [--list]
const fs = require('fs');
const path = require('path');
const { spawnSync, execFileSync } = require('child_process');

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const BIN = opt('--desugar');
const SUITE = opt('--suite');
const LIST = args.includes('--list');

if (args.includes('--v8-verdicts')) {
  // Child mode: print V8's verdict for every file in the suite as JSON.
  const vm = require('vm');
  const out = {};
  for (const dir of ['pass', 'fail', 'early']) {
    for (const name of fs.readdirSync(path.join(SUITE, dir)).sort()) {
      const src = fs.readFileSync(path.join(SUITE, dir, name), 'utf8');
      let ok = true;
      try {
        if (name.endsWith('.module.js')) new vm.SourceTextModule(src);
        else new vm.Script(src);
      } catch (e) {
        ok = false;
      }
      out[`${dir}/${name}`] = ok;
    }
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

const verdicts = JSON.parse(
  execFileSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', __filename, '--v8-verdicts', '--suite', SUITE], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  }),
);

const stats = {};
const wrong = [];
for (const [file, v8ok] of Object.entries(verdicts)) {
  const dir = file.split('/')[0];
  const full = path.join(SUITE, file);
  const flags = ['--stage', 'print', '--no-order', '-o', '/dev/null', file.endsWith('.module.js') ? '--module' : '--script'];
  const r = spawnSync(BIN, [full, ...flags], { encoding: 'utf8' });
  const ours = r.status === 0;
  const located = /:\d+:\d+: error\[D\d{4}\]/.test(r.stderr);
  const s = (stats[dir] ??= { total: 0, v8rejects: 0, rejected: 0, agree: 0, falsePositives: 0 });
  s.total++;
  if (!v8ok) s.v8rejects++;
  const rejectedWell = !ours && r.status === 1 && located;
  if (rejectedWell) s.rejected++;
  if (v8ok === ours && (ours || rejectedWell)) s.agree++;
  if (v8ok && !ours) s.falsePositives++;
  if (v8ok !== ours || (!ours && !rejectedWell)) {
    wrong.push(`${file}: V8 ${v8ok ? 'accepts' : 'rejects'}, desugar ${ours ? 'accepts' : `exit ${r.status}: ${r.stderr.split('\n')[0]}`}`);
  }
}
if (LIST) for (const w of wrong) console.log(w);
for (const [dir, s] of Object.entries(stats)) {
  console.log(
    `${dir}: rejected ${s.rejected}/${s.total} (V8 rejects ${s.v8rejects}), same verdict as V8 ${s.agree}/${s.total}, false positives ${s.falsePositives}`,
  );
}
