// getters and setters that call async functions; the getter returns a promise synchronously
class Store {
  constructor() { this._v = 1; }
  get value() { return this.load(); }
  set value(v) { this.save(v); }
  async load() { console.log('load start'); await null; console.log('load end'); return this._v; }
  async save(v) { console.log('save start'); await null; this._v = v; console.log('save end', v); }
}
const s = new Store();
const p = s.value;
console.log('getter returned', typeof p.then);
s.value = 5;
p.then(v => console.log('loaded', v));
Promise.resolve().then(() => Promise.resolve()).then(() => s.value).then(v => console.log('reloaded', v));
