// a finally that itself continues/breaks/returns cancels a pending break, return or throw
async function f() {
  const out = [];
  for (let i = 0; i < 3; i++) {
    try {
      await null;
      if (i === 0) return 'early';
      throw new Error('e' + i);
    } finally {
      out.push('fin' + i);
      continue;
    }
  }
  return out.join(',');
}
async function g() {
  let n = 0;
  while (true) {
    try { n++; await n; return 'never'; } finally { if (n < 3) continue; break; }
  }
  return 'broke at ' + n;
}
(async () => { console.log(await f()); console.log(await g()); })();
