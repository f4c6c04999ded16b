
// resolve(value) at level 1, resolve(thenable) at level 2, resolve(nativePromise) at level 3 (checklist 8, 9)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(5);
new Promise(r => r(Promise.resolve(1))).then(() => console.log('native'));
new Promise(r => r({ then(f) { f(1); } })).then(() => console.log('thenable'));
new Promise(r => r(42)).then(() => console.log('value'));
