// named and anonymous async function expressions; a named one refers to itself
const fact = async function fact(n) {
  if (n <= 1) return 1;
  return n * await fact(n - 1);
};
const anon = async function() {
  await null;
  return 'anon';
};
console.log(fact.name, anon.name, fact.length);
fact(5).then((v) => console.log('fact', v));
anon().then((v) => console.log(v));
(async function() {
  console.log('iife start');
  await 0;
  console.log('iife end');
})();
console.log('sync end');
