// await on a thenable that resolves with another thenable, then with a native promise
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
const inner = { then(f) { console.log('inner then'); f('inner value'); } };
const outer = { then(f) { console.log('outer then'); f(inner); } };
const outerP = { then(f) { console.log('outerP then'); f(Promise.resolve('native inside')); } };
(async () => { console.log('A', await outer); })();
(async () => { console.log('B', await outerP); })();
console.log('sync');
