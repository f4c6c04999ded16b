// labelled break and continue across nested loops with awaits
'use strict';
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(20);
async function f() {
  outer: for (let i = 0; i < 3; i++) {
    inner: for (let j = 0; j < 3; j++) {
      await null;
      if (j === 1 && i === 0) continue outer;
      if (i === 1 && j === 0) continue inner;
      if (i === 2 && j === 1) break outer;
      console.log('i', i, 'j', j);
    }
    console.log('end inner', i);
  }
  blk: {
    console.log('in block');
    if (await true) break blk;
    console.log('unreachable');
  }
  console.log('done');
}
f();
