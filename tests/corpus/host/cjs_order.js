// CommonJS order: sync, nextTick, promise jobs; nextTick from a promise job waits for the microtask queue (checklist 1-3)
Promise.resolve()
  .then(() => { console.log('p1'); process.nextTick(() => console.log('tick from p1')); })
  .then(() => console.log('p2'));
process.nextTick(() => {
  console.log('tick');
  Promise.resolve().then(() => console.log('p from tick'));
});
(async () => { console.log('async body'); await null; console.log('async resumed'); process.nextTick(() => console.log('tick from async')); await null; console.log('async resumed 2'); })();
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
