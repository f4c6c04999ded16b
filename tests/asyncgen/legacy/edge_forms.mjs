// edge forms: export default and exported async generators, class fields, labels on for await, a for await in a switch, destructuring defaults in the head
export default async function* () { yield 'default'; }
export async function* named() { yield 'named'; }
class K { field = async function* () { yield this === undefined ? 'undef' : 'obj'; }; static s = async function* () { yield 's'; }; }
a: b: for await (const x of [1, 2, 3]) { if (x === 2) continue a; if (x === 3) break b; console.log('x', x); }
switch (1) { case 1: for await (const y of [Promise.resolve('y')]) console.log(y); }
const f = async function* self() { yield typeof self; };
for await (const v of f()) console.log(v);
for await (const v of new K().field()) console.log(v);
for await (const v of K.s()) console.log(v);
for await (const v of named()) console.log(v);
const obj = { async *['a' + 'b']() { yield 'computed'; } };
for await (const v of obj.ab()) console.log(v, obj.ab.name);
let i = 0;
for await (const { a = i++, b: [c] = [i++] } of [{}, { a: 'A', b: ['C'] }]) console.log(a, c);
