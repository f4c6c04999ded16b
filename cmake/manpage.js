#!/usr/bin/env node
'use strict';
// Turns `desugar --help` (read on stdin) into the man page desugar.1, so the two never disagree.
//   desugar --help | node cmake/manpage.js VERSION > desugar.1
const version = process.argv[2] || '';
const help = require('fs').readFileSync(0, 'utf8');
const esc = (s) => s.replace(/\\/g, '\\e').replace(/^([.'])/, '\\&$1').replace(/-/g, '\\-');
const lines = help.split('\n');
const out = [`.TH DESUGAR 1 "" "desugar ${version}" "User Commands"`, '.SH NAME',
  'desugar \\- show in runnable code what the engine does with async/await'];
let i = 0;
const usage = lines[i++].replace(/^usage:\s*/, '');
out.push('.SH SYNOPSIS', '.B desugar', esc(usage.replace(/^desugar\s*/, '')));
while (i < lines.length && lines[i].trim() === '') i++;
out.push('.SH DESCRIPTION');
while (i < lines.length && lines[i].trim() !== '') out.push(esc(lines[i++].trim()));
out.push('.SH OPTIONS', '.nf');
for (; i < lines.length; i++) {
  const l = lines[i];
  if (/^\S.*:$/.test(l)) out.push('.fi', `.SH ${esc(l.slice(0, -1).toUpperCase())}`, '.nf');
  else out.push(esc(l));
}
out.push('.fi', '');
process.stdout.write(out.join('\n'));
