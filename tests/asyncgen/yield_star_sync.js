// yield* over sync iterables: an array of promises, a string, a sync generator with return value, a Set
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
function* sg() { const x = yield 's1'; console.log('sync got', x); yield Promise.resolve('s2'); return 'sync-ret'; }
async function* g() {
  yield* [1, Promise.resolve(2), 3];
  yield* 'ab';
  const r = yield* sg();
  console.log('ret', r);
  yield* new Set(['x', 'y']);
}
ticker(40);
(async () => { const it = g(); let r; let i = 0; while (!(r = await it.next('n' + i++)).done) console.log(JSON.stringify(r)); console.log('done'); })();
