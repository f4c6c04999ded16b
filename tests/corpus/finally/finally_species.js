// finally on a subclass instance uses the species constructor and calls the subclass then
class Tracked extends Promise {
  then(f, r) { console.log('Tracked.then'); return super.then(f, r); }
}
const t = Tracked.resolve('tv');
const f = t.finally(() => console.log('finally cb'));
console.log('finally returns Tracked', f instanceof Tracked);
f.then(v => console.log('value', v));
