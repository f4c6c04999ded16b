// async generator methods on classes and objects, consumed one after another
class Tree { constructor(v, kids = []) { this.v = v; this.kids = kids; } async *walk() { yield this.v; for (const k of this.kids) yield* k.walk(); } static async *of(...xs) { yield* xs; } }
const t = new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)]);
const obj = { n: 2, async *rep(s) { for (let i = 0; i < this.n; i++) yield s; } };
(async () => {
  const seen = []; for await (const v of t.walk()) seen.push(v); console.log(seen.join());
  for await (const v of Tree.of('x', 'y')) console.log(v);
  for await (const v of obj.rep('r')) console.log(v);
})();
