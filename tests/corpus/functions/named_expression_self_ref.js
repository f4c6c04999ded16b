// named async function expression referring to itself recursively; the name binding is read-only
const fact = async function fac(n) {
  if (n <= 1) return 1;
  const rest = await fac(n - 1);
  return n * rest;
};
fact(5).then(v => console.log('fact 5 =', v));
const f2 = async function me() { 'use strict'; try { me = null; } catch (e) { console.log('assign to name:', e.name); } await null; return typeof me; };
f2().then(v => console.log('me is', v));
const anon = async function () { return 'anon'; };
anon().then(v => console.log(v));
