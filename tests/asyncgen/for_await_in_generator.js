// for await inside an async generator, with yields in the body and return() from the consumer
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* source() { try { yield 'a'; yield 'b'; yield 'c'; } finally { console.log('source finally'); } }
async function* mapped() {
  try { for await (const x of source()) { yield x.toUpperCase(); await null; } }
  finally { console.log('mapped finally'); }
}
ticker(40);
(async () => {
  for await (const v of mapped()) console.log('all', v);
  const it = mapped();
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.return('stop')));
  console.log(JSON.stringify(await it.next()));
  const it2 = mapped();
  await it2.next();
  try { await it2.throw(new Error('into')); } catch (e) { console.log('thrown out', e.message); }
})();
