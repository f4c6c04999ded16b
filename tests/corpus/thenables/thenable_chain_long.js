// a chain of thenables each resolving with the next: one tick per link
'use strict';
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
const link = (i, next) => ({ then(f) { console.log('link', i); f(next); } });
let chain = 'end';
for (let i = 4; i >= 1; i--) chain = link(i, chain);
(async () => { console.log('chain result', await chain); })();
