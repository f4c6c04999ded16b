// explicit .then calls go through a patched Promise.prototype.then, awaits do not; results via async fn
'use strict';
const orig = Promise.prototype.then;
let count = 0;
Promise.prototype.then = function (...args) { count++; return orig.apply(this, args); };
async function f() { await null; await Promise.resolve(); await 3; return 'f'; }
f().then(v => {
  console.log('value', v, 'patched calls so far', count);
  Promise.prototype.then = orig;
});
