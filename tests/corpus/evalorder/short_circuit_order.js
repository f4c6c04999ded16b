// a && await b / a || await b / a ?? await b with side effects; await only when the right side runs
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const seen = [];
const s = (t, v) => { seen.push(t); return v; };
(async () => {
  const r1 = s('a1', 0) && await s('b1', 1);
  const r2 = s('a2', 1) && await s('b2', 2);
  const r3 = s('a3', 'x') || await s('b3', 3);
  const r4 = s('a4', undefined) ?? await s('b4', 4);
  console.log(r1, r2, r3, r4, seen.join(' '));
})();
