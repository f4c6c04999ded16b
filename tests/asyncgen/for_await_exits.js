// break, continue, labeled continue, return and throw from a for await body; return() is awaited
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
function source(tag) {
  let i = 0;
  return { [Symbol.asyncIterator]() { return this; },
    next() { console.log(tag, 'next'); return Promise.resolve({ value: i++, done: i > 5 }); },
    return() { console.log(tag, 'return called'); return Promise.resolve({ done: true }); } };
}
ticker(60);
(async () => {
  for await (const x of source('brk')) { if (x === 1) break; console.log('brk', x); }
  console.log('after break');
  for await (const x of source('cont')) { if (x % 2) continue; console.log('cont', x); }
  console.log('after continue');
  outer: for (const tag of ['L']) { for await (const x of source('lab')) { if (x === 1) continue outer; console.log('lab', x); } }
  console.log('after labeled continue');
  const r = await (async () => { for await (const x of source('ret')) if (x === 2) return 'returned ' + x; })();
  console.log(r);
  try { for await (const x of source('thr')) if (x === 1) throw new Error('body threw'); } catch (e) { console.log('caught', e.message); }
  lbl: for await (const x of source('lbrk')) { for (;;) { break lbl; } }
  console.log('after labeled break');
})();
