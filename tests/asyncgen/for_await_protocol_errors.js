// for await protocol errors: non-iterables (V8's messages), next non-object, throwing getters (no close)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const withReturn = (next) => ({ [Symbol.asyncIterator]() { return { next, return() { console.log('return called'); return {}; } }; } });
const xs = 5, o = { p: null };
const f = () => 7;
ticker(20);
const cases = [
  () => xs, () => o.p, () => f(), () => undefined, () => ({}),
  () => withReturn(() => 5),
  () => withReturn(() => ({ get done() { throw new Error('done getter'); } })),
  () => withReturn(() => ({ done: false, get value() { throw new Error('value getter'); } })),
  () => withReturn(() => { throw new Error('next threw'); }),
  () => ({ [Symbol.asyncIterator]: 1 }),
  () => ({ [Symbol.asyncIterator]() { return 1; } }),
];
(async () => {
  for await (const x of xs) ;
})().catch((e) => console.log(e.message));
(async () => { for await (const x of o.p) ; })().catch((e) => console.log(e.message));
(async () => { for await (const x of f()) ; })().catch((e) => console.log(e.message));
(async () => {
  for (const c of cases.slice(3)) { try { for await (const x of c()) console.log('body', x); } catch (e) { console.log(e.name, e.message); } }
})();
