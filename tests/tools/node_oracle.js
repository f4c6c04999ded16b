'use strict';
// Running programs under Node, the oracle: stdout and exit status of a JS file, with a cache of
// the original programs' results keyed by content, Node version and file kind, so the several
// suites that run the same corpus do not each run every original again.
const { execFile, execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const TIMEOUT_MS = 20000;

function runNode(file, cwd) {
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { cwd: cwd || path.dirname(file), timeout: TIMEOUT_MS,
      maxBuffer: 64 << 20, env: { ...process.env, NODE_OPTIONS: '' } },
    (err, stdout, stderr) => {
      let status = 0;
      if (err) status = typeof err.code === 'number' ? err.code : (err.killed ? 'timeout' : String(err.code || err.signal));
      resolve({ stdout, stderr, status });
    });
  });
}

function cacheKey(file) {
  const h = crypto.createHash('sha256');
  h.update(process.version + '\0' + path.extname(file) + '\0');
  h.update(fs.readFileSync(file));
  return h.digest('hex').slice(0, 32);
}

// The truth for an original program: Node's stdout and exit status.
async function nodeTruth(file, cacheDir) {
  const key = cacheDir ? path.join(cacheDir, cacheKey(file) + '.json') : null;
  if (key && fs.existsSync(key)) {
    try { return JSON.parse(fs.readFileSync(key, 'utf8')); } catch { /* rerun */ }
  }
  const r = await runNode(path.resolve(file));
  const truth = { stdout: r.stdout, status: r.status };
  if (key && r.status !== 'timeout') {
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(key, JSON.stringify(truth));
  }
  return truth;
}

function runDesugar(bin, args) {
  return new Promise((resolve) => {
    execFile(bin, args, { timeout: 60000, maxBuffer: 256 << 20 }, (err, stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : 'crash:' + (err.signal || err.code)) : 0, stdout, stderr });
    });
  });
}

// Runs `fn` over `items` with at most `jobs` in flight.
async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

function firstDifference(a, b) {
  const al = a.split('\n'), bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) {
      return `line ${i + 1}:\n    node (original): ${JSON.stringify(al[i])}\n    lowered:         ${JSON.stringify(bl[i])}`;
    }
  }
  return '';
}

// Why `code` (desugar's output) does not compile under Node, or null when it does. A script is
// compiled as CommonJS wraps it (in-process, without running it); a module by `node --check`.
function syntaxError(code, file) {
  try {
    if (/\.mjs$/.test(file)) {
      execFileSync(process.execPath, ['--check', '--input-type=module'], { input: code, stdio: ['pipe', 'ignore', 'pipe'] });
    } else {
      vm.compileFunction(code.replace(/^#!.*/, ''), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
    }
    return null;
  } catch (e) {
    return String(e.stderr || e.message).trim().split('\n').slice(0, 6).join('\n    ');
  }
}

module.exports = { runNode, nodeTruth, runDesugar, pool, firstDifference, syntaxError };
