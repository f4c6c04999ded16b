// break and return from for await close the iterator, which awaits its own cleanup
async function* g(tag) { try { yield 1; yield 2; } finally { await null; console.log(tag, 'cleanup'); } }
(async () => {
  for await (const x of g('break')) { console.log('got', x); break; }
  const r = await (async () => { for await (const x of g('return')) return x * 10; })();
  console.log('returned', r);
  try { for await (const x of g('throw')) throw new Error('stop'); } catch (e) { console.log('caught', e.message); }
})();
