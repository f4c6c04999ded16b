// a lowered async function is a plain function: its tag and constructor differ from native
async function f(a, b) {}
const g = async (x) => x;
console.log(Object.prototype.toString.call(f), f.constructor.name);
console.log(f.name, f.length, g.name, g.length, 'prototype' in f);
try { new f(); console.log('constructed'); } catch (e) { console.log(e.constructor.name); }
