// a synchronous throw at top level after starting async work: pending microtasks never run, exit 1
(async () => { console.log('async start'); await null; console.log('never resumed'); })();
process.nextTick(() => console.log('tick never runs'));
console.log('before throw');
throw new Error('top-level throw');
