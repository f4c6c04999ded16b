
// template literal substitutions evaluate and convert to string in order around awaits
const log = (t, v) => { console.log('eval', t); return v; };
const obj = { toString() { console.log('toString called'); return 'OBJ'; } };
(async () => {
  const s = `${log(1, obj)}-${await log(2, 'two')}-${log(3, 'three')}`;
  console.log(s);
})();
console.log('sync');
