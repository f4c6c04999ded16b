
// returning the promise of another async function call (+2) vs awaiting it (+1)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(10);
async function leaf(x) { await null; return x; }
async function viaReturn() { return leaf('viaReturn'); }
async function viaAwait() { return await leaf('viaAwait'); }
async function viaAwaitThenReturn() { const v = await leaf('viaAwaitThenReturn'); return v; }
viaReturn().then(v => console.log(v));
viaAwait().then(v => console.log(v));
viaAwaitThenReturn().then(v => console.log(v));
