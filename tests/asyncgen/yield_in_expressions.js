// yield and await in expression positions: arguments, templates, conditionals, object literals
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g() {
  const a = [yield 'first', await Promise.resolve('aw')];
  const s = `${yield 'second'}-${await 'tpl'}`;
  const o = { k: (yield 'third') ? await 'yes' : 'no' };
  yield JSON.stringify({ a, s, o });
}
ticker(30);
(async () => { const it = g(); let r; let i = 0; while (!(r = await it.next('in' + i++)).done) console.log(r.value); })();
