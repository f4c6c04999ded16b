// a rejected promise in a sync iterable rejects the loop; as in Node 20 the sync iterator is not closed
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
function* gen() {
  try { yield 1; yield Promise.reject(new Error('rejected value')); yield 3; }
  finally { console.log('gen finally'); }
}
ticker(20);
(async () => {
  try { for await (const x of gen()) console.log('got', x); } catch (e) { console.log('caught', e.message); }
  try { for await (const x of [Promise.reject(new Error('first'))]) console.log('never'); } catch (e) { console.log('caught', e.message); }
})();
