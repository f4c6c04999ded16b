// for await over sync iterables of promises, thenables and plain values; the tick of each step
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const th = { then(r) { r('thenable'); } };
function* gen() { yield Promise.resolve('g1'); yield 'g2'; }
ticker(40);
(async () => {
  for await (const x of [Promise.resolve(1), 2, th]) console.log('array', x);
  console.log('between');
  for await (const x of gen()) console.log('gen', x);
  for await (const x of new Map([['k', Promise.resolve('v')]])) console.log('map', JSON.stringify(x));
  console.log('end');
})();
