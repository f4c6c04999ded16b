#!/usr/bin/env node
'use strict';
// RegExp literal early errors (src/check/regexp_pattern.cpp): desugar's verdict on each pattern
// must be V8's, and a rejection must carry V8's reason (error D0350). Cases: a hand-written list
// covering every reason, plus patterns drawn with a fixed seed from an alphabet of pattern syntax.
// V8's verdict comes from `new RegExp` in this node, never from desugar.
//   node tests/tools/regexp_test.js --desugar build/desugar [--random N]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const args = process.argv.slice(2);
const BIN = args[args.indexOf('--desugar') + 1];
const RANDOM = args.includes('--random') ? Number(args[args.indexOf('--random') + 1]) : 400;

const LISTED = [
  '/a**/', '/a|*/', '/(*)/', '/a{2,1}/', '/{1}/', '/{1}/u', '/a{/', '/a{/u', '/}/u', '/]/u', '/]/', '/}/',
  '/(/', '/)/', '/a)/', '/[a/', '/[b-a]/', '/[\\d-a]/u', '/[\\d-a]/', '/\\c/u', '/\\c/', '/\\1/u',
  '/\\1/', '/(a)\\1/u', '/(a)\\2/u', '/\\u{110000}/u', '/\\u{10FFFF}/u', '/\\u12/u', '/\\u12/',
  '/\\x1/u', '/\\x1/', '/\\q/u', '/\\q/', '/\\-/u', '/[\\-]/u', '/(?<a>)(?<a>)/', '/(?<a>)(?<b>)/',
  '/(?<a>)|(?<a>)/', '/\\k<a>/', '/\\k<a>/u', '/(?<a>)\\k<a>/u', '/\\k/', '/(?<a>)\\k/',
  '/(?<a>)\\k<b>/', '/(?<=a)*/', '/(?<=a)/', '/(?=a)*/', '/(?=a)*/u', '/(?!.){0,}?/u', '/\\b*/',
  '/^*/', '/$+/', '/\\p{L}/u', '/\\P/u', '/\\p/', '/(?<1>)/', '/(?a)/', '/(?:a)/', '/a{1,2}?/',
  '/\\0/u', '/\\00/u', '/\\01/u', '/[\\1]/u', '/[\\1]/', '/\\8/', '/\\8/u', '/[a-\\d]/u',
  '/\\B{1}/', '/(?:a/', '/[[a]]/v', '/[a--b]/v', '/[(]/v', '/[a&&b]/v', '/[\\q{ab}]/v', '/[&&]/v',
  '/[a-]/v', '/[-]/v', '/[a&&&b]/v', '/[{]/v', '/\\ud800/u', '/[z-\\u0061]/u', '/[a-\\u007a]/u',
  '/\\k<a>(?<a>)/u', '/(?<\\u0061>)/', '/(?<ä>)/', '/(?<𝒜>)/u', '/x{1}{1}/', '/a|*/', '/(|)/',
  '/a{,5}/', '/a{,5}/u', '/{/', '/[/', '/a{1,/u', '/a{1,/', '/[😀-😂]/', '/[😀-😂]/u', '/[\\c1]/',
  '/[\\c]/u', '/[\\k]/u', '/\\c1/', '/[a-z-\\d]/u', '/\\/', '/[\\d-\\d]/', '/\\u{61}/', '/a{2}?/u',
  // Unicode property names and values (node's own set).
  '/\\p{Foo}/u', '/\\p{Lu}/u', '/\\P{Lu}/u', '/\\p{lu}/u', '/\\p{Script=Latin}/u', '/\\p{Script=Foo}/u',
  '/\\p{sc=Latn}/u', '/\\p{scx=Grek}/u', '/\\p{Foo=Latin}/u', '/\\p{General_Category}/u',
  '/\\p{gc=Lu}/u', '/\\p{General_Category=Letter}/u', '/\\p{gc=Latin}/u', '/\\p{L=Lu}/u',
  '/\\p{Script}/u', '/\\p{scx}/u', '/\\p{Any}/u', '/\\p{ASCII}/u', '/\\p{Assigned}/u',
  '/\\p{Alphabetic}/u', '/\\p{alphabetic}/u', '/\\p{Extended_Pictographic}/u', '/\\p{Block=Basic_Latin}/u',
  '/\\p{InBasic_Latin}/u', '/\\p{Line_Break=AL}/u', '/\\p{Script=Kawi}/u', '/\\p{RGI_Emoji}/u',
  '/\\p{RGI_Emoji}/v', '/\\P{RGI_Emoji}/v', '/\\p{Basic_Emoji}/v', '/[\\p{L}--\\p{Lu}]/v', '/\\p{L}/',
  '/\\p{Script_Extensions=Latin}/u', '/\\p{Lowercase_Letter}/u', '/\\p{punct}/u', '/\\p{Emoji}/u', '/\\p{space}/u', '/\\p{Space}/u',
  // A v-mode negated class that may contain strings (V8: "Negated character class may contain
  // strings"), and close ones that may not.
  '/[^\\p{RGI_Emoji}]/v', '/[\\p{RGI_Emoji}]/v', '/[^\\p{Emoji}]/v', '/[^\\q{ab}]/v', '/[^\\q{a}]/v',
  '/[^\\q{}]/v', '/[^\\q{a|bc}]/v', '/[^\\q{a|\\u0062}]/v', '/[^[\\p{RGI_Emoji}--\\q{x}]]/v',
  '/[^\\q{x}--\\p{RGI_Emoji}]/v', '/[^\\p{RGI_Emoji}&&\\q{ab}]/v', '/[^[\\p{RGI_Emoji}&&\\p{Emoji}]]/v',
  '/[[^\\p{RGI_Emoji}]]/v', '/[^[^\\p{RGI_Emoji}]]/v', '/[^a-z\\q{ab}]/v', '/[^[a--\\q{ab}]]/v',
];

// A small deterministic generator (mulberry32) over pattern syntax.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const ALPHABET = ['a', 'b', '(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '^', '$', '.', '-',
  ',', '1', '2', '\\', '\\1', '\\k', '<', '>', '(?:', '(?=', '(?<=', '(?<n>', '\\u{', '\\u00',
  '\\x4', 'd', '\\b', '\\d', '\\c', '0', '{1}', '{1,', '&&', '--', '=', '!', 'q'];
const random = rng(8);
const GENERATED = [];
for (let k = 0; k < RANDOM; k++) {
  let body = '';
  const n = 1 + Math.floor(random() * 6);
  for (let j = 0; j < n; j++) body += ALPHABET[Math.floor(random() * ALPHABET.length)];
  if (body.endsWith('\\') && !body.endsWith('\\\\')) body += 'a';
  const flags = ['', 'u', 'v'][Math.floor(random() * 3)];
  GENERATED.push(`/${body}/${flags}`);
}

function v8(literal) {
  const i = literal.lastIndexOf('/');
  try {
    new RegExp(literal.slice(1, i), literal.slice(i + 1));
    return null;
  } catch (e) {
    return e.message;
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desugar-regexp-'));
const file = path.join(dir, 'case.js');
let failures = 0, checked = 0;
for (const literal of [...LISTED, ...GENERATED]) {
  // A body with a line break or an unescaped trailing backslash is not a literal at all.
  // A body starting with `*` makes a comment, not a literal.
  if (/[\n\r]/.test(literal) || literal.startsWith('/*')) continue;
  const expected = v8(literal);
  fs.writeFileSync(file, `${literal};\n`);
  const r = spawnSync(BIN, [file, '--stage', 'print', '--no-order', '-o', path.join(dir, 'out.js')], { encoding: 'utf8' });
  checked++;
  const m = /:\d+:\d+: error\[(D\d{4})\]: (.*)/.exec(r.stderr);
  if (expected === null) {
    if (r.status !== 0) {
      // Not a regular expression literal to the lexer either (V8 accepts it via `new RegExp`):
      // only a failure when node also accepts it as a literal.
      let literalOk = true;
      try { new Function(`${literal};`); } catch { literalOk = false; }
      if (literalOk) { failures++; console.log(`FAIL ${literal}: rejected: ${r.stderr.split('\n')[0]}`); }
    }
  } else {
    let literalOk = true;
    try { new Function(`${literal};`); } catch { literalOk = false; }
    if (r.status !== 1 || !m) { failures++; console.log(`FAIL ${literal}: accepted, V8: ${expected}`); }
    else if (literalOk && m[1] !== 'D0350') { failures++; console.log(`FAIL ${literal}: ${m[1]} ${m[2]}, V8: ${expected}`); }
    else if (m[1] === 'D0350' && m[2] !== expected) { failures++; console.log(`FAIL ${literal}: "${m[2]}", V8: "${expected}"`); }
  }
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(`${checked - failures}/${checked} patterns agree with V8`);
process.exit(failures ? 1 : 0);
