// combinators read Promise.resolve once and call it per element (observable patching)
const origResolve = Promise.resolve;
let calls = 0;
Promise.resolve = function (x) { calls++; console.log('patched resolve', typeof x === 'object' ? 'obj' : x); return origResolve.call(this, x); };
Promise.all([1, 2, 3]).then(v => console.log('all', v.join(','), 'calls', calls));
Promise.resolve = origResolve;
(async () => { await 1; console.log('await does not call Promise.resolve; calls =', calls); })();
