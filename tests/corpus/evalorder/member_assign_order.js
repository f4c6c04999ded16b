// obj[k] = await v: object and key are evaluated before the await, the key is converted to a property key after it
const log = (t, v) => { console.log('eval', t); return v; };
const target = {};
const key = { toString() { console.log('key toString'); return 'dyn'; } };
(async () => {
  log('obj', target)[log('key', key)] = await log('value', Promise.resolve('V'));
  console.log(JSON.stringify(target));
})();
let o2 = { name: 'first' };
(async () => { o2.field = await 'x'; console.log('first got field', 'field' in first, 'second has', o2.field); })();
const first = o2;
o2 = { name: 'second' };
console.log('sync');
