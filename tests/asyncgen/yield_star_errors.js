// yield* errors: non-iterable operand, next returning a non-object, a rejecting next, a throwing Symbol.asyncIterator
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* a() { yield* {}; }
async function* b() { yield* { [Symbol.asyncIterator]() { return { next() { return 5; } }; } }; }
async function* c() { yield* { [Symbol.asyncIterator]() { return { next() { return Promise.reject(new Error('next rejected')); } }; } }; }
async function* d() { yield* { get [Symbol.asyncIterator]() { throw new Error('getter'); } }; }
async function* e() { try { yield* { [Symbol.asyncIterator]() { return { next() { throw new Error('sync throw'); } }; } }; } catch (err) { yield 'caught ' + err.message; } }
ticker(15);
for (const [k, f] of Object.entries({ a, b, c, d, e })) f().next().then((r) => console.log(k, JSON.stringify(r)), (err) => console.log(k, err.name, err.message));
