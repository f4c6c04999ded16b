
// an async function returning its own result promise rejects with a TypeError (self-resolution)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(4);
let self;
async function f() { await null; return self; }
self = f();
self.then(() => console.log('fulfilled?'), e => console.log('rejected', e.name));
console.log('sync');
