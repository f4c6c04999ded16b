
// desugar fuzz program, seed 5 (tests/fuzz/gen.js)
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
const f1 = async (a, b) => {
  console.log('f1:1', a, b);
  await (async () => {
    shared = shared + await { then(res) { process.nextTick(res, 2); } };
    console.log('f1:2', shared);
    if (a > 2) return a;
  })();
};
class C2 {
  constructor(k) { this.k = k; }
  async m(a) {
    console.log('C2.m:1', a);
    const v1 = await f1(0, (a + 3));
    console.log('C2.m:2', v1);
    console.log('C2.m:3', v1);
    const v2 = await f1(this.k, this.k);
    console.log('C2.m:4', v2);
    const v3 = await new Promise(r => r(Promise.resolve(9)));
    console.log('C2.m:5', v3);
    return this.k;
  }
  static async s(a) {
    console.log('C2.s:1', a);
    let acc4 = 9;
    try {
      const v5 = `${await Promise.any([Promise.reject(new Error('C2.s!:1')), Promise.reject(new Error('C2.s!:2'))])}|${a}`;
      console.log('C2.s:2', v5);
      const v6 = await Promise.resolve(9);
      console.log('C2.s:3', v6);
      console.log('C2.s:4', (await Promise.reject(new Error('C2.s!:3'))) + (await Promise.resolve(2)));
    } catch (e7) {
      console.log('C2.s:5', e7.message);
    }
    return 6;
  }
}
const f3 = async (a) => {
  console.log('f3:1', a);
  const v8 = await await a;
  console.log('f3:2', v8);
  const v9 = await f1((v8 + 2), (v8 + 2));
  console.log('f3:3', v9);
  try {
    C2.s(4).finally(() => console.log('f3:4')).catch(e => console.log('f3:4', e.message));
    const v10 = (await Promise.resolve(0)) === 7;
    console.log('f3:5', v10);
    Promise.allSettled([]).then(r => console.log('f3:6', JSON.stringify(r.map(s => s.status === 'fulfilled' ? s.value : s.reason.message))), e => console.log('f3:6', e.message));
    if (v8 === 4) throw new Error('f3!:1');
  } catch (e11) {
    console.log('f3:7', e11.message);
  }
  if ((await Promise.reject(new Error('f3!:2'))) < 0) {
    const v12 = await Promise.resolve(v8);
    console.log('f3:8', v12);
  } else {
    const v13 = await (a + 3);
    console.log('f3:9', v13);
  }
};
new C2(3).m(5).then(x => console.log('m:1', x), e => console.log('m:1', e.message));
Promise.race([sleep(3, 5)]).then(r => console.log('m:2', r), e => console.log('m:2', e.message));
console.log('m:3', 2);
f3(6).finally(() => console.log('m:4')).catch(e => console.log('m:4', e.message));
C2.s(5).then(x => console.log('m:5', x), e => console.log('m:5', e.message));
