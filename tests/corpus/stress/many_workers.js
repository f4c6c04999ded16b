// twenty async workers with different await patterns interleaved with a ticker
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(20);
const th = v => ({ then(f) { f(v); } });
async function worker(id) {
  const ops = [null, Promise.resolve(id), th(id), (async () => id)(), Promise.resolve().then(() => id)];
  for (let k = 0; k < 3; k++) {
    const op = ops[(id + k) % ops.length];
    await op;
    console.log('w' + id, 'step', k);
  }
  return id;
}
const ws = [];
for (let i = 0; i < 20; i++) ws.push(worker(i));
Promise.all(ws).then(r => console.log('all', r.length));
