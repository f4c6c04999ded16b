
// an uncaught synchronous throw inside a timer callback crashes the process: exit 1, later timers do not run
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('microtask queued before throw'));
  throw new Error('timer throw');
}, 1);
setTimeout(() => console.log('timer 2 never runs'), 8);
(async () => { await null; console.log('async ran before timers'); })();
