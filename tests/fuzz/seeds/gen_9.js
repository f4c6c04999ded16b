
// desugar fuzz program, seed 9 (tests/fuzz/gen.js)
'use strict';
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i));
}
ticker(4);
const f1 = async function f1x() {
  console.log('f1:1');
  let acc1 = 1;
  await Promise.resolve(acc1);
  console.log('f1:2', arguments.length, arguments[0]);
  await { then(res) { console.log('th:1'); res(5); } };
  console.log('f1:3', arguments.length, arguments[0]);
  for (let i2 = 0; await (i2 < 2); i2++) {
    const v3 = await 2;
    console.log('f1:4', v3);
  }
  return (acc1 + 4);
};
console.log('m:sync');
if (5 < 3) {
  if (0 <= 0) {
    f1().then(x => f1()).then(x => { if (x > 1) throw new Error('c:1'); return x; }).then(x => { console.log('c:2', x); return x + 2; }).catch(e => console.log('m:1', e.message));
  }
} else if (3 !== 3) {
  f1().catch(e => console.log('m:2', e.message));
} else {
  Promise.resolve(0).then(x => f1()).catch(e => { console.log('c:3', e.message); return 9; }).then(x => f1()).finally(() => console.log('m:3')).catch(e => console.log('m:3', e.message));
}
f1().then(x => console.log('m:4', x), e => console.log('m:4', e.message));
Promise.resolve(9).then(x => f1()).then(x => { if (x > 5) throw new Error('c:4'); return x; }).then(x => console.log('m:5', x)).catch(e => console.log('m:5', e.message));
Promise.reject(new Error('m!:1')).then(x => f1()).finally(() => console.log('m:6')).catch(e => console.log('m:6', e.message));
(async () => {
  try {
    const v4 = JSON.stringify({ a: await { then(_, rej) { queueMicrotask(() => rej(new Error('m!:2'))); } }, b: 4 });
    console.log('m:7', v4);
  } catch (e5) {
    console.log('m:8', e5.message);
    console.log('m:9', 8);
  } finally {
    console.log('m:10');
    let v6 = await new Promise((_, rej) => rej(new Error('m!:3')));
    console.log('m:11', v6);
  }
})().finally(() => console.log('m:12')).catch(e => console.log('m:12', e.message));
