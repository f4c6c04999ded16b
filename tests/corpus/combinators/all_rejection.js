// Promise.all rejects with the first rejection; later rejections are handled silently
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const later = Promise.resolve().then(() => { throw new Error('second'); });
(async () => {
  try {
    await Promise.all([Promise.resolve(1), later, Promise.reject(new Error('first'))]);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
