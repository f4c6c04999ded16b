
// mix of thenables, subclasses, finally, all, race, return-promise and nextTick under one ticker
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
class Sub extends Promise {}
ticker(12);
(async () => { await Sub.resolve(1); console.log('sub'); })();
(async () => { await { then(f) { f(); } }; console.log('thenable'); })();
(async () => Promise.resolve())().then(() => console.log('return promise'));
Promise.resolve().finally(() => {}).then(() => console.log('finally'));
Promise.all([1, 2]).then(() => console.log('all'));
Promise.race([Promise.resolve()]).then(() => console.log('race'));
(async () => { await null; await null; await null; console.log('three nulls'); })();
process.nextTick(() => console.log('nextTick'));
new Promise(r => r(Promise.resolve())).then(() => console.log('resolve native'));
queueMicrotask(() => console.log('qm'));
console.log('sync');
