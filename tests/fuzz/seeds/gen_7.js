
// desugar fuzz program, seed 7 (tests/fuzz/gen.js)
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
let shared = 0;
ticker(12);
async function f1(a) {
  console.log('f1:1', a);
  if ((await Promise.resolve(a)) !== 1) {
    lp1: for (let i2 = 0; i2 < 2; i2++) {
      for (let j3 = 0; j3 < 1; j3++) {
        if (j3 >= 0 && a < 5) continue lp1;
        const o4 = { n: 6 };
        o4.m = await new Promise(r => r(7));
        console.log('f1:2', JSON.stringify(o4));
        if (a >= 4) continue lp1;
      }
    }
    lp5: {
      const v6 = (6, await sleep(8, 5));
      console.log('f1:3', v6);
      const v7 = `${await new Promise(r => r(8))}|${v6}`;
      console.log('f1:4', v7);
      if (v6 < 2) break lp5;
      let v8 = await { then(res) { console.log('th:1'); res((v6 + 4)); } };
      console.log('f1:5', v8);
    }
  }
  return { then(res) { res(Promise.resolve(0)); } };
}
async function f2(a, b) {
  console.log('f2:1', a, b);
  timeout(() => {
    console.log('T:1');
    console.log('T:2', 3);
  }, 7);
  return sleep(2, b);
}
const f3 = async function f3x() {
  console.log('f3:1');
  let acc9 = 6;
  f1(acc9).then(x => console.log('f3:2', x), e => console.log('f3:2', e.message));
  for (const x10 of [new Promise(r => r(3)), { get then() { console.log('th:2'); return res => res(acc9); } }]) {
    const v11 = await x10;
    console.log('f3:3', v11);
    await v11;
    console.log('f3:4', arguments.length, arguments[0]);
  }
  return 3;
};
timeout(async () => {
  try {
    console.log('T:3');
    shared -= await new Promise(r => r(3));
    console.log('T:4', shared);
    console.log('T:5', `${await { get then() { console.log('th:3'); return res => res(2); } }}|${3}`);
  } catch (e12) {
    console.log('T:6', e12.message);
  }
}, 4);
f2(2, 5).then(x => console.log('m:1', x)).catch(e => console.log('m:1', e.message));
console.log('m:sync');
(async () => {
  f2(6, 9).finally(() => console.log('m:2')).catch(e => console.log('m:2', e.message));
})().catch(e => console.log('m:3', e.message));
timeout(() => {
  console.log('T:7');
  if (5 > 2) {
    f2(2, 2).finally(() => console.log('T:8')).catch(e => console.log('T:8', e.message));
    setImmediate(() => {
      console.log('I:1');
    });
    f3().then(x => console.log('T:9', x), e => console.log('T:9', e.message));
  } else {
    f2(9, 3).finally(() => console.log('T:10')).catch(e => console.log('T:10', e.message));
  }
}, 7);
f3().catch(e => console.log('m:4', e.message));
if (4 >= 1) {
  f3().catch(e => console.log('m:5', e.message));
} else {
  console.log('m:6', 6);
}
