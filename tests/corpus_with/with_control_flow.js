// try/catch/finally, loops, break and continue inside with, with awaits throughout
const scope = { n: 0, log: (...a) => console.log('scope.log', ...a) };
async function f(xs) {
  with (scope) {
    for (const x of xs) {
      try {
        if (x < 0) throw new Error('negative ' + x);
        n += await x;
        if (n > 5) break;
        if (x === 2) continue;
        log('n', n);
      } catch (e) {
        log('caught', e.message, await 'later');
      } finally {
        log('finally', n);
      }
    }
  }
  return scope.n;
}
f([1, -1, 2, 3, 4]).then((v) => console.log('done', v));
