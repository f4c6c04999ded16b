// an async function that throws with no handler crashes Node with exit code 1 after microtasks drain
async function boom() { await null; console.log('about to throw'); throw new Error('unhandled'); }
boom();
Promise.resolve().then(() => console.log('microtask 1')).then(() => console.log('microtask 2')).then(() => console.log('microtask 3'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timer should not run'), 5);
console.log('sync');
