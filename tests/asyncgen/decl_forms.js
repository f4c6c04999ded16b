// async generator declaration, expressions (named, anonymous, self-referencing), name/length/prototype
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* decl(a, b = 2) { yield a + b; }
const anon = async function* () { yield 'anon'; };
const named = async function* inner(n) { if (n > 0) { yield n; yield* inner(n - 1); } };
ticker(8);
console.log(decl.name, decl.length, anon.name, named.name, typeof decl.prototype, Object.keys(decl.prototype).length);
console.log(Object.getPrototypeOf(decl()) === decl.prototype, typeof decl().next, Object.prototype.toString.call(decl()));
try { new decl(); } catch (e) { console.log(e.name); }
const it = decl(1);
console.log(it[Symbol.asyncIterator]() === it);
(async () => {
  for await (const v of decl(1)) console.log('decl', v);
  for await (const v of anon()) console.log('anon', v);
  for await (const v of named(3)) console.log('named', v);
})();
