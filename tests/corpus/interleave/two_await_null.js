// two async functions with await null steps interleave with a then chain (checklist 16)
'use strict';
async function a() { console.log('a0'); await null; console.log('a1'); await null; console.log('a2'); await null; console.log('a3'); }
async function b() { console.log('b0'); await null; console.log('b1'); await null; console.log('b2'); }
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
a();
b();
console.log('sync');
