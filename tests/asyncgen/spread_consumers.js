// consuming async generators with a helper, Promise.all over several, and manual next loops
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g(tag, n) { for (let i = 0; i < n; i++) yield tag + i; }
async function collect(it) { const out = []; for await (const x of it) out.push(x); return out; }
ticker(20);
(async () => {
  const [a, b] = await Promise.all([collect(g('a', 2)), collect(g('b', 3))]);
  console.log(a.join(), b.join());
  const it = g('m', 2);
  let r;
  while (!(r = await it.next()).done) console.log('manual', r.value);
})();
