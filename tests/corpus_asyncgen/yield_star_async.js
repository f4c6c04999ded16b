// yield* inside an async generator delegating to async and sync iterables
async function* inner() { yield 'i1'; await null; yield 'i2'; return 'inner done'; }
async function* outer() { const r = yield* inner(); console.log('delegate returned', r); yield* ['s1', 's2']; }
(async () => { const got = []; for await (const v of outer()) got.push(v); console.log(got.join(',')); })();
