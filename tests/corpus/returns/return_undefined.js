// falling off the end, bare return, and return undefined all fulfill with undefined at the same level
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(4);
async function a() { }
async function b() { return; }
async function c(flag) { if (flag) return; console.log('not here'); }
async function d() { await undefined; }
a().then(v => console.log('a', v));
b().then(v => console.log('b', v));
c(true).then(v => console.log('c', v));
d().then(v => console.log('d', v));
