// async generator declarations and expressions (anonymous, named, self-referencing)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* countdown(n) { while (n > 0) yield n--; }
const anon = async function* () { yield 'anon'; };
const rec = async function* again(n) { if (n > 0) { yield n; yield* again(n - 1); } };
ticker(10);
(async () => {
  for await (const v of countdown(2)) console.log('countdown', v);
  for await (const v of anon()) console.log(anon.name, v);
  for await (const v of rec(2)) console.log(rec.name, v);
})();
