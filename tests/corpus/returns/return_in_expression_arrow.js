// concise-body async arrows returning values, promises and awaits
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const a = async x => x * 2;
const b = async x => Promise.resolve(x * 3);
const c = async x => await x * 4;
const d = async x => (await x, await x + 1);
a(1).then(v => console.log('a', v));
b(1).then(v => console.log('b', v));
c(1).then(v => console.log('c', v));
d(1).then(v => console.log('d', v));
