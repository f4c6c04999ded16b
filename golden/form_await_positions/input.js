// await in expression positions, with evaluation order kept
const log = (label, v) => { console.log('eval', label); return v; };
let x = 1;
async function positions() {
  console.log('call', Math.max(log('a', 1), await log('b', 5), log('c', 3)));
  x += await 10; // reads x before suspending
  console.log('compound', x);
  const o = { k: 0 };
  o[log('key', 'k')] = await log('value', 7);
  console.log('member', o.k);
  console.log('template', `${log('t1', 'A')}-${await 'B'}-${log('t3', 'C')}`);
  console.log('array', [log('e1', 1), await 2, log('e3', 3)].join(','));
  console.log('logical', (await false) || (await 'right'));
  console.log('conditional', (await true) ? await 'yes' : 'no');
  console.log('await await', await await Promise.resolve('deep'));
}
positions();
x = 100;
