// this and arguments inside async generator functions and methods, sloppy and strict
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* sloppy() { yield typeof this; yield arguments.length; yield arguments[1]; }
async function* strict() { 'use strict'; yield typeof this; }
const obj = { tag: 'obj', async *m() { yield this.tag; yield [...arguments].join('|'); } };
ticker(10);
(async () => {
  for await (const v of sloppy(1, 2, 3)) console.log('sloppy', v);
  for await (const v of strict()) console.log('strict', v);
  for await (const v of obj.m('a', 'b')) console.log('m', v);
  const call = sloppy.call('str', 9);
  console.log('call', JSON.stringify(await call.next()));
})();
