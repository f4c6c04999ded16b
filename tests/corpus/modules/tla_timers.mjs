// top-level await on timers with distinct delays, and setImmediate inside a timer callback
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
console.log(await sleep(2, 'slept 2'));
const [x, y] = await Promise.all([sleep(5, 'five'), sleep(1, 'one')]);
console.log(x, y);
await new Promise(r => setTimeout(() => {
  setImmediate(() => { console.log('immediate'); r(); });
  setTimeout(() => console.log('timeout inside timer'), 0);
}, 1));
console.log('after immediate');
await sleep(3);
console.log('end');
