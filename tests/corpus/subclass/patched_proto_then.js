// a patched Promise.prototype.then is not called by await (checklist 19; the constructor getter half is in tests/known_differences)
const origThen = Promise.prototype.then;
Promise.prototype.then = function (f, r) { console.log('patched then called'); return origThen.call(this, f, r); };
const p = Promise.resolve(1);
(async () => { await p; console.log('after await'); })();
(async () => { await p; console.log('after await 2'); })();
console.log('sync end');
