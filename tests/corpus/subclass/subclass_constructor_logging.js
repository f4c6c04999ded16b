// subclass constructors run for then-derived promises; await on a subclass instance creates one
let constructed = 0;
class Logged extends Promise {
  constructor(ex) { constructed++; super(ex); }
}
const l = Logged.resolve('v');
console.log('after resolve', constructed);
(async () => {
  const before = constructed;
  const v = await l;
  console.log('awaited', v, 'constructed during await', constructed - before);
})();
