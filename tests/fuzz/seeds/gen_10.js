
// desugar fuzz program, seed 10 (tests/fuzz/gen.js)
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i));
}
// timeout(fn, ms): setTimeout with virtual time (deterministic order).
const timers = [];
let vnow = 0, tseq = 0, armed = false;
function timeout(fn, ms) {
  timers.push({ at: vnow + Math.max(1, ms), seq: tseq++, fn });
  timers.sort((x, y) => x.at - y.at || x.seq - y.seq);
  if (!armed) { armed = true; setTimeout(fire, 1); }
}
function fire() {
  const t = timers.shift();
  vnow = t.at;
  armed = timers.length > 0;
  if (armed) setTimeout(fire, 1);
  t.fn();
}
const sleep = (ms, v) => new Promise(res => timeout(() => res(v), ms));
async function f1(a) {
  console.log('f1:1', a);
  let acc1 = 8;
  const v2 = await sleep(8, 9).then(x => Promise.resolve(x + 0));
  console.log('f1:2', v2);
  const o3 = { n: acc1 };
  o3[await sleep(9, 1)] = (a + 2);
  console.log('f1:3', JSON.stringify(o3));
  return 3;
}
const f2 = async (a) => {
  console.log('f2:1', a);
  let acc4 = 7;
  const v5 = await 5;
  console.log('f2:2', v5);
  const v6 = (await new Promise(r => r((a + 1)))) + (await f1(acc4));
  console.log('f2:3', v6);
  return 9;
};
f2(7).then(x => console.log('m:1', x)).catch(e => console.log('m:1', e.message));
console.log('m:sync');
timeout(() => {
  console.log('T:1');
  console.log('T:2', 3);
  timeout(() => {
    console.log('T:3');
    process.nextTick(() => { console.log('q:1'); queueMicrotask(() => console.log('q:2')); });
    f2(9).then(x => console.log('T:4', x)).catch(e => console.log('T:4', e.message));
  }, 9);
}, 7);
ticker(6);
(async () => {
  const v7 = await f1(8);
  console.log('m:2', v7);
  const o8 = { n: 8 };
  o8.n += await f2(0);
  o8.m = await sleep(0, v7);
  console.log('m:3', JSON.stringify(o8));
})().then(x => console.log('m:4', x), e => console.log('m:4', e.message));
