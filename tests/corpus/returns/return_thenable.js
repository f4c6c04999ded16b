// returning a thenable from an async function costs one extra tick (level 2)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(5);
const f = async () => ({ then(res) { console.log('then invoked'); res('from thenable'); } });
f().then(v => console.log('got', v));
console.log('sync');
