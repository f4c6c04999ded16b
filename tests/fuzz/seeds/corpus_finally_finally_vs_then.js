
// finally(() => {}) is two ticks slower than then(v => v), fulfilled and rejected (checklist 13)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
Promise.resolve(1).finally(() => {}).then(v => console.log('finally fulfilled', v));
Promise.resolve(1).then(v => v).then(v => console.log('then passthrough', v));
Promise.reject(new Error('r')).finally(() => {}).catch(e => console.log('finally rejected', e.message));
Promise.resolve(2).finally(undefined).then(v => console.log('non-callable finally', v));
