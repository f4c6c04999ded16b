// await on a thenable that calls its reject callback; a throw after reject is ignored
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const bad = { then(res, rej) { rej(new TypeError('thenable rejected')); throw new Error('ignored throw'); } };
const bad2 = { then() { throw new RangeError('then threw'); } };
(async () => {
  try { await bad; } catch (e) { console.log('1', e.name, e.message); }
  try { await bad2; } catch (e) { console.log('2', e.name, e.message); }
  console.log('done');
})();
