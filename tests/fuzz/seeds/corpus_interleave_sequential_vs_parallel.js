
// sequential awaits vs starting all then awaiting: different interleavings
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(12);
async function job(name) { console.log(name, 'start'); await null; console.log(name, 'mid'); await null; console.log(name, 'end'); return name; }
async function sequential() { const a = await job('s1'); const b = await job('s2'); console.log('seq', a, b); }
async function parallel() { const pa = job('p1'), pb = job('p2'); const a = await pa; const b = await pb; console.log('par', a, b); }
sequential();
parallel();
