// a pipeline of async generators: map, filter, take, with closing propagated upstream
async function* nums() { try { for (let i = 1; ; i++) { await null; yield i; } } finally { console.log('nums closed'); } }
async function* map(src, f) { for await (const x of src) yield f(x); }
async function* filter(src, p) { for await (const x of src) if (p(x)) yield x; }
async function* take(src, n) { if (n <= 0) return; for await (const x of src) { yield x; if (--n <= 0) return; } }
(async () => { for await (const x of take(filter(map(nums(), (x) => x * 3), (x) => x % 2), 3)) console.log(x); console.log('done'); })();
