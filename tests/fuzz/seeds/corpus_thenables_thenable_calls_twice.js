
// a thenable calling resolve twice, resolve then reject, or reject then throw: only the first call counts
const twice = { then(res, rej) { res('first'); res('second'); rej(new Error('ignored')); } };
const rejFirst = { then(res, rej) { rej(new Error('rejected first')); res('ignored'); } };
const throwAfter = { then(res) { res('resolved'); throw new Error('late throw ignored'); } };
(async () => {
  console.log(await twice);
  try { await rejFirst; } catch (e) { console.log(e.message); }
  console.log(await throwAfter);
})();
