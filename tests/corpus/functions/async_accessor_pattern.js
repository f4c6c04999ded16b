// static and instance getters returning async IIFE promises, and a lazily cached async getter
let loads = 0;
class Config {
  static get defaults() { return (async () => { await null; return { retries: 3 }; })(); }
  get data() { return this._p ??= (async () => { loads++; await null; return 'loaded data'; })(); }
}
const c = new Config();
(async () => {
  console.log(JSON.stringify(await Config.defaults));
  const [a, b] = await Promise.all([c.data, c.data]);
  console.log(a, b, 'loads', loads);
})();
