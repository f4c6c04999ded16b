
// desugar fuzz program, seed 6 (tests/fuzz/gen.js)
'use strict';
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
function defer() {
  let resolve, reject;
  const p = new Promise((res, rej) => { resolve = res; reject = rej; });
  p.catch(() => {});
  return { p, resolve, reject };
}
const g1 = defer();
const g2 = defer();
const o1 = {
  k: 6,
  async m() {
    console.log('o1.m:1');
    let acc1 = this.k;
    console.log('o1.m:2', 9);
  },
};
async function f2(a, b) {
  console.log('f2:1', a, b);
  if (b >= 4) throw new Error('f2!:1');
  return o1.m();
}
async function f3(a) {
  console.log('f3:1', a);
  const o2 = { n: 5 };
  o2.m = await (a + 1);
  o2.n += await g1.p;
  console.log('f3:2', JSON.stringify(o2));
  const v3 = await (a !== 0 ? f2(a, a) : g1.p);
  console.log('f3:3', v3);
  console.log('f3:4', 8);
  return 5;
}
ticker(4);
(async () => {
  try {
    if ((await o1.m()) < 3) throw new Error('m!:1');
    throw new Error('m!:2');
  } catch (e4) {
    console.log('m:1', e4.message);
    process.nextTick(() => console.log('q:1'));
  }
})().then(x => console.log('m:2', x)).catch(e => console.log('m:2', e.message));
timeout(() => {
  console.log('T:1');
  new Promise(r => r(0)).then(x => new Promise(r => process.nextTick(r, x))).then(() => Promise.reject(new Error('c:1'))).then(x => console.log('T:2', x), e => console.log('T:2', e.message));
  (async () => {
    f2(8, 9).catch(e => console.log('T:3', e.message));
  })().then(x => console.log('T:4', x)).catch(e => console.log('T:4', e.message));
  Promise.race([Promise.resolve(4), g2.p, (async () => await new Promise(r => r(7)))()]).then(r => console.log('T:5', r), e => console.log('T:5', e.message));
}, 5);
timeout(() => { console.log('T:6'); g1.resolve(4); }, 8);
f3(3).then(x => console.log('m:3', x), e => console.log('m:3', e.message));
g2.resolve(2);
g1.resolve(Promise.resolve(2));
console.log('m:sync');
timeout(() => {
  console.log('T:7');
  Promise.resolve().then(() => console.log('q:2'));
  setImmediate(() => {
    console.log('I:1');
  });
}, 5);
