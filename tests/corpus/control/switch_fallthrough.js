// await in switch discriminant, case tests and case bodies with fallthrough and break
'use strict';
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(12);
const side = v => { console.log('test', v); return v; };
async function sw(x) {
  switch (await x) {
    case side(1):
      console.log(x, 'case 1');
    case await side(2):
      console.log(x, 'case 2 (or fallthrough)');
      await null;
      break;
    default:
      console.log(x, 'default');
    case 3:
      console.log(x, 'case 3 (or after default)');
  }
  console.log(x, 'after switch');
}
sw(1); sw(4);
