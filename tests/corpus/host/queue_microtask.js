// queueMicrotask shares the promise FIFO; errors in queued code are caught inside via try
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(4);
queueMicrotask(() => {
  console.log('qm A');
  queueMicrotask(() => console.log('qm nested'));
});
(async () => { await null; console.log('async 1'); queueMicrotask(() => console.log('qm from async')); await null; console.log('async 2'); })();
queueMicrotask(() => console.log('qm B'));
