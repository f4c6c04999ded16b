// puzzle: sequence of awaits across three async functions and two then chains
'use strict';
async function a() { console.log('a1'); await b(); console.log('a2'); await c(); console.log('a3'); }
async function b() { console.log('b1'); await null; console.log('b2'); }
async function c() { console.log('c1'); }
a();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4')).then(() => console.log('x5'));
console.log('main');
