
// for await over a hand-written async iterable object with Symbol.asyncIterator
const iterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() { i++; return Promise.resolve({ value: i * 10, done: i > 3 }); },
      return() { console.log('return called'); return Promise.resolve({ done: true }); },
    };
  },
};
(async () => {
  for await (const v of iterable) console.log('v', v);
  for await (const v of iterable) { if (v === 20) break; console.log('w', v); }
  console.log('end');
})();
