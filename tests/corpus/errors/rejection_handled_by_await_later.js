// a rejected promise awaited in a later microtask of the same drain is handled; exit 0
const rejected = Promise.reject(new Error('awaited later'));
(async () => {
  await null;
  await null;
  try { await rejected; } catch (e) { console.log('caught', e.message); }
})();
