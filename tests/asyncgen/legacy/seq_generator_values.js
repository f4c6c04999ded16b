// one consumer, one async generator: values, awaits and the return value in sequence
async function* g() { const a = await Promise.resolve(1); yield a; const b = yield a + 1; yield b * 2; return 'end'; }
(async () => { const it = g(); console.log(JSON.stringify(await it.next())); console.log(JSON.stringify(await it.next())); console.log(JSON.stringify(await it.next(21))); console.log(JSON.stringify(await it.next())); console.log(JSON.stringify(await it.next())); })();
