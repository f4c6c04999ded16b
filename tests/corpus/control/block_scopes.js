// block-scoped shadowing and TDZ across awaits in nested blocks
'use strict';
async function f() {
  let x = 'outer';
  {
    let x = await 'block';
    console.log('in block', x);
    {
      const x = await 'inner';
      console.log('in inner', x);
    }
    console.log('back in block', x);
  }
  console.log('outer again', x);
  try {
    console.log(y);
  } catch (e) {
    console.log('TDZ', e.name);
  }
  let y = await 'y';
  return y;
}
f().then(v => console.log('ret', v));
