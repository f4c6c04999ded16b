// anonymous and named async function expressions are not constructors and have no prototype (issue 9)
const anon = async function () { return 'anon'; };
const usesThis = async function () { return typeof this; };
const named = async function inner(x) { return x * 2; };
const obj = { viaProp: async function () { return arguments.length; }, 'quoted-key': async function () { return this === obj; } };
class K { field = async function () { return this instanceof K; }; }
const k = new K();
const all = [anon, usesThis, named, obj.viaProp, obj['quoted-key'], k.field, async function () {}];
for (const f of all) {
  let r;
  try { new f(); r = 'constructed'; } catch (e) { r = e.constructor.name; }
  console.log(JSON.stringify(f.name), f.length, r);
}
console.log(Object.getOwnPropertyNames(anon).sort().join(','), Object.getOwnPropertyNames(named).sort().join(','));
(async () => {
  console.log(await anon(), await usesThis(), await named(21), await obj.viaProp(1, 2), await obj['quoted-key'](), await k.field());
})();
setTimeout(async function () { console.log('timer', typeof this); });
