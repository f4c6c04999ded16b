
// desugar fuzz program, seed 4 (tests/fuzz/gen.js)
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
ticker(3);
const g1 = defer();
const g2 = defer();
const g3 = defer();
const f1 = async () => {
  console.log('f1:1');
  let acc1 = 6;
  timeout(() => {
    console.log('T:1');
    Promise.allSettled([acc1, sleep(3, 8), g2.p]).then(r => console.log('T:2', JSON.stringify(r.map(s => s.status === 'fulfilled' ? s.value : s.reason.message))), e => console.log('T:2', e.message));
    console.log('T:3', acc1);
  }, 1);
  try {
    console.log('f1:2', (await Promise.resolve([acc1, 0, 2]))[2]);
  } catch (e2) {
    console.log('f1:3', e2.message);
    const v3 = (await { then(res) { console.log('th:1'); res(5); } }) === 0;
    console.log('f1:4', v3);
  }
  return await g2.p;
};
async function f2(a) {
  console.log('f2:1', a);
  let acc4 = 9;
  lp5: for (let i6 = 0; i6 < 2; i6++) {
    for (let j7 = 0; j7 < 1; j7++) {
      if (j7 <= 0 && acc4 <= 0) break lp5;
      const v8 = `${await Promise.resolve(2)}|${acc4}`;
      console.log('f2:2', v8);
    }
  }
  const v9 = await g2.p;
  console.log('f2:3', v9);
  const v10 = JSON.stringify({ a: await sleep(9, 7), b: acc4 });
  console.log('f2:4', v10);
  return await Promise.resolve(v9);
}
Promise.all([f1()]).then(r => console.log('m:1', JSON.stringify(r)), e => console.log('m:1', e.message));
g2.resolve(9);
f2(3).catch(e => console.log('m:2', e.message));
f1().finally(() => console.log('m:3')).catch(e => console.log('m:3', e.message));
console.log('m:sync');
timeout(() => { console.log('T:4'); g1.resolve(2); }, 10);
(async () => {
  timeout(() => {
    console.log('T:5');
    f1().then(x => console.log('T:6', x)).catch(e => console.log('T:6', e.message));
  }, 2);
})().catch(e => console.log('m:4', e.message));
Promise.allSettled([5, f2(3), new Promise(r => r(1))]).then(r => console.log('m:5', JSON.stringify(r.map(s => s.status === 'fulfilled' ? s.value : s.reason.message))), e => console.log('m:5', e.message));
timeout(() => { console.log('T:7'); g3.resolve(9); }, 1);
if (5 <= 0) {
  Promise.all([{ then(res) { timeout(() => res(1), 0); } }, sleep(0, 8)]).then(r => console.log('m:6', JSON.stringify(r)), e => console.log('m:6', e.message));
  f1().catch(e => console.log('m:7', e.message));
} else if (3 !== 4) {
  Promise.all([f1()]).then(r => console.log('m:8', JSON.stringify(r)), e => console.log('m:8', e.message));
} else {
  f2(9).then(x => { console.log('c:1', x); return x + 1; }).finally(() => console.log('m:9')).catch(e => console.log('m:9', e.message));
}
Promise.reject(new Error('m!:1')).then(x => x * 2).then(x => Promise.resolve(x + 1)).catch(e => { console.log('c:2', e.message); return 3; }).then(x => console.log('m:10', x), e => console.log('m:10', e.message));
