// ESM order: promise jobs run before nextTick because the module body runs inside microtask processing
Promise.resolve()
  .then(() => { console.log('p1'); process.nextTick(() => console.log('tick from p1')); })
  .then(() => console.log('p2'));
process.nextTick(() => {
  console.log('tick');
  Promise.resolve().then(() => console.log('p from tick'));
});
(async () => { await null; console.log('async resumed'); })();
console.log('sync');
