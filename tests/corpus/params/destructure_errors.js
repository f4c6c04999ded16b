// destructuring a null/undefined argument rejects the async function instead of throwing
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(3);
async function obj({ a, b }) { return a + b; }
async function arr([x, y]) { return x + y; }
const nested = async ({ p: { q } }) => q;
obj(null).then(() => console.log('no'), e => console.log('obj', e.name));
arr(undefined).then(() => console.log('no'), e => console.log('arr', e.name));
arr(5).then(() => console.log('no'), e => console.log('arr not iterable', e.name));
nested({}).then(() => console.log('no'), e => console.log('nested', e.name));
obj({ a: 1, b: 2 }).then(v => console.log('ok', v));
console.log('sync');
