// two async generators consumed in lockstep with a ticker and timers
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function* slow(tag) { for (let i = 0; i < 3; i++) { await sleep(2); yield tag + i; } }
async function* fast(tag) { for (let i = 0; i < 3; i++) yield tag + i; }
ticker(10);
(async () => {
  const a = slow('s'), b = fast('f');
  for (let i = 0; i < 4; i++) {
    const [x, y] = await Promise.all([a.next(), b.next()]);
    console.log(JSON.stringify(x), JSON.stringify(y));
  }
})();
