// rejections: a yielded rejected promise, a rejected value in a sync iterable, a failing next
async function* g() { try { yield Promise.reject(new Error('y')); } catch (e) { yield 'caught ' + e.message; } }
(async () => {
  for await (const x of g()) console.log(x);
  try { for await (const x of [1, Promise.reject(new Error('v'))]) console.log(x); } catch (e) { console.log('loop', e.message); }
  const bad = { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('next')) }) };
  try { for await (const x of bad) ; } catch (e) { console.log('bad', e.message); }
})();
