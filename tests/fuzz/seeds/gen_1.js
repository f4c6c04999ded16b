
// desugar fuzz program, seed 1 (tests/fuzz/gen.js)
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
function boom(m) { throw new Error(m); }
ticker(8);
const f1 = async (a, b = boom('default')) => (await (async (x) => x + await (async () => { await null; return a; })())(b)) > 1 ? 'hi' : 'lo';
const f2 = async function (a, b) {
  console.log('f2:1', a, b);
  if (b === 1) {
    console.log('f2:2', await f1(await Promise.resolve(2)));
    await f1((b + 3));
    if (5 !== 6) return new Promise(r => r(5));
  }
  return b;
};
const f3 = async function f3x(a, b) {
  console.log('f3:1', a, b);
  let acc1 = 5;
  let v2 = await f1(2);
  console.log('f3:2', v2);
  if (1 >= 0) {
    console.log('f3:3', (acc1 + 2));
    sleep(9, 5).then(async x => { console.log('c:1', x); await Promise.resolve(9); return x; }).catch(e => { console.log('c:2', e.message); return 9; }).finally(() => console.log('c:3')).then(x => console.log('f3:4', x)).catch(e => console.log('f3:4', e.message));
    const v3 = await sleep(3, a);
    console.log('f3:5', v3);
  }
};
f3(8, 5).then(x => console.log('m:1', x), e => console.log('m:1', e.message));
f2(8, 8).catch(e => console.log('m:2', e.message));
f2(2, 7).then(x => console.log('m:3', x)).catch(e => console.log('m:3', e.message));
timeout(() => {
  console.log('T:1');
  setImmediate(() => {
    console.log('I:1');
  });
  setImmediate(() => {
    console.log('I:2');
  });
}, 3);
