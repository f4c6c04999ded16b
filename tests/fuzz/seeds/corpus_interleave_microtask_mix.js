
// queueMicrotask, then-callbacks and await continuations share one FIFO queue
async function f(tag) { console.log(tag, 'start'); await null; console.log(tag, 'resume'); queueMicrotask(() => console.log(tag, 'qm')); await null; console.log(tag, 'end'); }
queueMicrotask(() => console.log('qm 1'));
f('A');
Promise.resolve().then(() => console.log('then 1'));
f('B');
queueMicrotask(() => console.log('qm 2'));
console.log('sync');
