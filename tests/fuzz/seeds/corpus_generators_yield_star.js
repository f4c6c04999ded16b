
// yield* delegation forwards next/return/throw and returns the inner return value
'use strict';
const show = r => console.log(JSON.stringify(r));
function* inner() { try { const x = yield 'i1'; console.log('inner got', x); yield 'i2'; return 'inner ret'; } finally { console.log('inner finally'); } }
function* outer() { const r = yield* inner(); console.log('outer got', r); yield 'o1'; }
const it = outer();
show(it.next()); show(it.next('X')); show(it.next()); show(it.next()); show(it.next());
const it2 = outer();
show(it2.next()); show(it2.return('early'));
function* chars() { yield* 'ab'; yield* [1, 2]; }
console.log([...chars()].join(','));
