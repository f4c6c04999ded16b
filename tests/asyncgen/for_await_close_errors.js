// closing errors: return() rejecting, throwing, returning a non-object, not callable; a body throw wins
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
function src(ret) { return { [Symbol.asyncIterator]() { return { next: () => ({ value: 1, done: false }), return: ret }; } }; }
const cases = {
  rejects: () => Promise.reject(new Error('return rejected')),
  throws: () => { throw new Error('return threw'); },
  nonObject: () => 7,
  notCallable: 5,
  nullReturn: null,
};
ticker(40);
(async () => {
  for (const [k, ret] of Object.entries(cases)) {
    try { for await (const x of src(ret)) break; console.log(k, 'break ok'); } catch (e) { console.log(k, 'break', e.name, e.message); }
    try { for await (const x of src(ret)) throw new Error('body'); } catch (e) { console.log(k, 'throw', e.message); }
  }
})();
