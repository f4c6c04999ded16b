#!/usr/bin/env node
'use strict';
// Installing like a real tool: `cmake --install` into a temporary prefix, and the Debian package
// from `cpack` unpacked into a temporary root; both copies of desugar must lower a program that
// then prints what the original prints under node, and ship the man page.
//   node install_test.js --build BUILD_DIR
// Closes with "install: N passed, M failed".
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const BUILD = process.argv[process.argv.indexOf('--build') + 1];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'install-test-'));
const sh = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.stdout || r.error}`);
  return r.stdout;
};
let passed = 0, failed = 0;
function check(name, fn) {
  try { fn(); passed++; } catch (e) { failed++; console.log(`FAIL ${name}: ${e.message}`); }
}
function expect(cond, msg) { if (!cond) throw new Error(msg); }

const program = path.join(work, 'in.js');
fs.writeFileSync(program, 'async function f() { console.log(1); await null; console.log(3); }\nf(); console.log(2);\n');
function lowersWith(bin) {
  const out = path.join(work, `out-${passed + failed}.js`);
  sh(bin, [program, '-o', out]);
  expect(sh(process.execPath, [out]) === '1\n2\n3\n', 'installed desugar lowered the program wrongly');
  expect(/^usage: desugar/.test(sh(bin, ['--help'])), 'no --help');
}
function hasManPage(root) {
  const page = path.join(root, 'share/man/man1/desugar.1');
  const text = fs.readFileSync(page, 'utf8');
  expect(/^\.TH DESUGAR 1/.test(text) && /--stage/.test(text.replace(/\\-/g, '-')), 'man page lacks the options');
}

check('cmake --install into a temporary prefix', () => {
  const prefix = path.join(work, 'prefix');
  sh('cmake', ['--install', BUILD, '--prefix', prefix]);
  lowersWith(path.join(prefix, 'bin/desugar'));
  hasManPage(prefix);
});
check('cpack makes a .deb that unpacks and runs', () => {
  const pkgdir = path.join(work, 'pkg');
  sh('cpack', ['-G', 'DEB', '--config', path.join(BUILD, 'CPackConfig.cmake'), '-B', pkgdir]);
  const deb = fs.readdirSync(pkgdir).find((f) => f.endsWith('.deb'));
  expect(deb, 'no .deb produced');
  const debPath = path.join(pkgdir, deb);
  const depends = sh('dpkg-deb', ['-f', debPath, 'Depends']);
  expect(/libfmt9/.test(depends) && /libc6/.test(depends), 'Depends misses shared libraries: ' + depends);
  const root = path.join(work, 'root');
  sh('dpkg-deb', ['-x', debPath, root]);
  lowersWith(path.join(root, 'usr/bin/desugar'));
  hasManPage(path.join(root, 'usr'));
});

fs.rmSync(work, { recursive: true, force: true });
console.log(`install: ${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
