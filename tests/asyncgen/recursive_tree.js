// recursive async generators with yield* and awaits at each level
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
async function* walk(node, depth = 0) { await null; yield node.v + '@' + depth; for (const k of node.kids) yield* walk(k, depth + 1); }
ticker(30);
(async () => { for await (const x of walk(tree)) console.log(x); })();
