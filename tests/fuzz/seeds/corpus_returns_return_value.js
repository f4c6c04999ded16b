
// returning a plain value from an async function: the result promise reactions run at level 1
'use strict';
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(5);
async function f() { return 'value'; }
f().then(v => console.log('f ->', v));
console.log('sync');
