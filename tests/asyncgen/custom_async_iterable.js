// hand-written async iterables: next returning thenables, next called without arguments, done getters
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const iterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next(...args) { console.log('next args', args.length); i++; return { then(r) { r({ value: i, get done() { console.log('done read'); return i > 2; } }); } }; },
    };
  },
};
ticker(20);
(async () => { for await (const x of iterable) console.log('x', x); console.log('end'); })();
