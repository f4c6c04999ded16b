
// calling return() and throw() on suspended and unstarted async generators
async function* gen() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
(async () => {
  const it = gen();
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.return('stopped')));
  console.log(JSON.stringify(await it.next()));
  const it2 = gen();
  try { await it2.throw(new Error('unstarted')); } catch (e) { console.log('throw on unstarted:', e.message); }
  console.log(JSON.stringify(await gen().return(Promise.resolve('awaited return'))));
})();
