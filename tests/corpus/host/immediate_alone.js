// setImmediate alone at top level runs after all microtasks and nextTicks of the main script
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 3 (next check phase)'));
  Promise.resolve().then(() => console.log('micro after immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
(async () => { await null; console.log('async'); await null; process.nextTick(() => console.log('tick')); })();
console.log('sync');
