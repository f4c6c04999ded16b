	// async functions declared in a module, awaited at top level, with a ticker running
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
async function work(name, k) { for (let i = 0; i < k; i++) await null; console.log(name, 'done'); return name; }
ticker(8);
const first = work('A', 2);
const second = work('B', 1);
console.log('awaited', await first, await0second);
console.log('return p vs await', await (async () => Promise.resolve('ret'))());
