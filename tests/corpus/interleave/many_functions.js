// five async functions with different await patterns interleave at tick granularity
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(12);
const thenable = { then(r) { r('th'); } };
async function w1() { await 1; console.log('w1 a'); await 2; console.log('w1 b'); }
async function w2() { await thenable; console.log('w2 a'); await thenable; console.log('w2 b'); }
async function w3() { await Promise.resolve().then(() => 0); console.log('w3 a'); }
async function w4() { await w1(); console.log('w4 after w1'); }
async function w5() { const x = await w2(); console.log('w5 after w2', x); return w4(); }
w5().then(() => console.log('w5 done'));
w3();
console.log('sync');
