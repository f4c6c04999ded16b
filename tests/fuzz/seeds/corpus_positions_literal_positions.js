
// await inside array and object literals, including computed keys, spread, shorthand methods
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(10);
const log = (t, v) => (console.log('eval', t), v);
(async () => {
  const arr = [log(0, 'a'), await log(1, 'b'), log(2, 'c'), ...(await log(3, ['d', 'e'])), await log(4, 'f')];
  console.log(JSON.stringify(arr));
  const obj = { [await log('k1', 'key1')]: log('v1', 1), plain: await log('v2', 2), ...(await log('spread', { s: 3 })), [log('k3', 'key3')]: await log('v3', 3) };
  console.log(JSON.stringify(obj));
})();
