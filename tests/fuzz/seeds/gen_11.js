
// desugar fuzz program, seed 11 (tests/fuzz/gen.js)
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
function defer() {
  let resolve, reject;
  const p = new Promise((res, rej) => { resolve = res; reject = rej; });
  p.catch(() => {});
  return { p, resolve, reject };
}
ticker(9);
const g1 = defer();
const g2 = defer();
async function f1(a) {
  console.log('f1:1', a);
  console.log('f1:2', 5);
  return Promise.race([g1.p, sleep(5, a)]).then(x => ({ then(r) { r(x); } }));
}
class C2 {
  constructor(k) { this.k = k; }
  async m(a) {
    console.log('C2.m:1', a);
    let acc1 = a;
    const v2 = await f1(a);
    console.log('C2.m:2', v2);
    return v2;
  }
}
const f3 = async (a, b) => await 1 - b;
const f4 = async function f4x(a, b) {
  console.log('f4:1', a, b);
  let acc3 = b;
  const v4 = await Promise.race([(b + 2), Promise.resolve(3).then(x => Promise.resolve(x)).finally(() => console.log('fin:1'))]);
  console.log('f4:2', v4);
  await f1(v4);
  const v5 = await Promise.all([f1((acc3 + 3)), Promise.resolve(3)]);
  console.log('f4:3', JSON.stringify(v5));
};
f3(1, 6).then(x => console.log('m:1', x), e => console.log('m:1', e.message));
new C2(5).m(4).then(x => console.log('m:2', x), e => console.log('m:2', e.message));
g1.resolve(0);
queueMicrotask(() => g2.resolve(7));
new C2(6).m(4).finally(() => console.log('m:3')).catch(e => console.log('m:3', e.message));
f4(2, 7).finally(() => console.log('m:4')).catch(e => console.log('m:4', e.message));
console.log('m:sync');
Promise.all([Promise.resolve(9)]).then(r => console.log('m:5', JSON.stringify(r)), e => console.log('m:5', e.message));
