
// generator functions and methods throw parameter errors synchronously at call time
const thrower = () => { throw new TypeError('bad default'); };
function* g1(a = thrower()) { yield a; }
const o = { *g2({ x }) { yield x; } };
class C { static *g3([a]) { yield a; } }
for (const call of [() => g1(), () => o.g2(null), () => C.g3(1)]) {
  try { call(); console.log('no throw'); } catch (e) { console.log('sync throw', e.name); }
}
const it = g1(5);
console.log(JSON.stringify(it.next()));
