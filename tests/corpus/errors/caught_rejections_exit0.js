// rejected awaits caught by try/catch produce no unhandled rejection; exit code 0 (checklist 24)
async function f(i) {
  try { await Promise.reject(new Error('r' + i)); }
  catch (e) { console.log('caught', e.message); }
}
async function g() { try { await (async () => { await null; throw new TypeError('deep'); })(); } catch (e) { console.log('g caught', e.name); } }
f(1); f(2); g();
setTimeout(() => console.log('still alive'), 2);
