// f(a, await b, c): callee and earlier args are evaluated before suspending, later ones after
'use strict';
const log = (t, v) => { console.log('eval', t); return v; };
let fn = (...a) => console.log('called original with', a.join(','));
let a = 'a0';
(async () => {
  fn(log('a', a), await log('b', 'b'), log('c', a));
})();
fn = () => console.log('called replacement');
a = 'a1';
const obj = { m(x) { console.log('method this ok', this === obj, x); } };
(async () => { obj.m(await 'arg'); })();
console.log('sync');
