// yield* over async and sync iterables, with the delegate's return value
async function* inner() { yield 'a'; return 'inner done'; }
async function* outer() { const r = yield* inner(); yield r; yield* ['b', Promise.resolve('c')]; }
(async () => { const out = []; for await (const x of outer()) out.push(x); console.log(out.join()); })();
