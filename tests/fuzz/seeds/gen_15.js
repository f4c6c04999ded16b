
// desugar fuzz program, seed 15 (tests/fuzz/gen.js)
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i));
}
function defer() {
  let resolve, reject;
  const p = new Promise((res, rej) => { resolve = res; reject = rej; });
  p.catch(() => {});
  return { p, resolve, reject };
}
ticker(4);
const g1 = defer();
const g2 = defer();
async function f1(a, b = a + 3) {
  console.log('f1:1', a, b);
  let acc1 = 5;
  await (async () => {
    if (acc1 >= 6) return;
  })();
  let v2 = await Promise.resolve(b);
  console.log('f1:2', v2);
  if (b < 5) return b;
  return v2;
}
const f2 = async (a, b) => {
  console.log('f2:1', a, b);
  let acc3 = 8;
  f1(a, 5).finally(() => console.log('f2:2')).catch(e => console.log('f2:2', e.message));
  if ((await a) < 3) throw new Error('f2!:1');
  const v4 = await Promise.resolve(8);
  console.log('f2:3', v4);
  return Promise.resolve((v4 + 1));
};
async function f3(a) {
  console.log('f3:1', a);
  let acc5 = a;
  const v6 = Math.min((a + 2), await Promise.resolve((acc5 + 4)), await { get then() { console.log('th:1'); return res => res(a); } });
  console.log('f3:2', v6);
  console.log('f3:3', (acc5 + 2));
  console.log('f3:4', a);
  return new Promise(r => r(Promise.resolve(1)));
}
f1(5, 0).finally(() => console.log('m:1')).catch(e => console.log('m:1', e.message));
if (2 < 1) {
  f2(6, 4).then(x => console.log('m:2', x)).catch(e => console.log('m:2', e.message));
  console.log('m:3', 5);
}
f1(5, 6).then(x => console.log('m:4', x)).catch(e => console.log('m:4', e.message));
queueMicrotask(() => g2.resolve(5));
f3(2).then(x => console.log('m:5', x), e => console.log('m:5', e.message));
f2(1, 6).finally(() => console.log('m:6')).catch(e => console.log('m:6', e.message));
console.log('m:sync');
g1.resolve(5);
if (0 === 1) {
  f1(9, 8).then(x => console.log('m:7', x)).catch(e => console.log('m:7', e.message));
  f3(5).finally(() => console.log('m:8')).catch(e => console.log('m:8', e.message));
} else if (0 >= 2) {
  f3(3).finally(() => console.log('m:9')).catch(e => console.log('m:9', e.message));
}
