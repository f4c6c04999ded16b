
// desugar fuzz program, seed 12 (tests/fuzz/gen.js)
'use strict';
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i));
}
ticker(5);
const f1 = async (a, b) => {
  console.log('f1:1', a, b);
  const o1 = { n: a };
  o1.n += await new Promise(r => r(Promise.resolve(b)));
  o1['n'] = await 9;
  console.log('f1:2', JSON.stringify(o1));
  try {
    const v2 = [await { then(res) { res(1); throw new Error('ignored'); } }, await { then(_, rej) { queueMicrotask(() => rej(new Error('f1!:1'))); } }].length;
    console.log('f1:3', v2);
    if (a === 4) throw new Error('f1!:2');
  } finally {
    console.log('f1:4');
  }
  return await Promise.resolve(4);
};
async function f2(a, b = a + 3) {
  console.log('f2:1', a, b);
  let acc3 = 4;
  if (a >= 3) {
    const o4 = { n: (acc3 + 4) };
    o4['n'] = await f1(3, 9);
    o4.m = await { then(res) { res(acc3); } };
    console.log('f2:2', JSON.stringify(o4));
  } else {
    let v5 = await Promise.race([new Promise(r => r(b)), undefined, f1((acc3 + 4), 6)]);
    console.log('f2:3', v5);
    console.log('f2:4', a > 4 ? await (b + 1) : await Promise.resolve(4));
  }
  console.log('f2:5', 4);
  console.log('f2:6', 1);
  return a;
}
const f3 = async (a) => {
  console.log('f3:1', a);
  let acc6 = a;
  const o7 = { n: acc6 };
  o7.n = o7.n * 2 + await null;
  o7.n += await Promise.resolve(2);
  console.log('f3:2', JSON.stringify(o7));
  await f1((acc6 + 3), 1);
  const v8 = acc6 + await Promise.resolve(acc6);
  console.log('f3:3', v8);
};
if (2 >= 0) {
  f2(4).then(x => console.log('m:1', x)).catch(e => console.log('m:1', e.message));
} else {
  f1(3, 9).then(x => console.log('m:2', x), e => console.log('m:2', e.message));
}
(async () => {
  console.log('m:3', String(await 2));
})().catch(e => console.log('m:4', e.message));
console.log('m:sync');
f1(8, 0).then(x => console.log('m:5', x)).catch(e => console.log('m:5', e.message));
f2(0).then(x => console.log('m:6', x), e => console.log('m:6', e.message));
f3(3).catch(e => console.log('m:7', e.message));
console.log('m:8', 8);
