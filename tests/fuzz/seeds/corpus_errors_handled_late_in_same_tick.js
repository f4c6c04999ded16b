
// a rejection handled later within the same microtask drain does not crash: exit 0
const p = (async () => { throw new Error('late handled'); })();
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch(e => console.log('handled late', e.message));
});
(async () => { await null; await null; await null; console.log('after awaits'); })();
