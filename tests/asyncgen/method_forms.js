// async generator methods: object literal, class, static, private, computed key, this and arguments
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const key = 'computed';
const obj = {
  base: 10,
  async *m(x) { yield this.base + x; yield arguments.length; },
  async *[key]() { yield 'ck'; },
};
class C {
  #secret = 's';
  constructor(v) { this.v = v; }
  async *items() { yield this.v; yield await Promise.resolve(this.v * 2); }
  static async *range(n) { for (let i = 0; i < n; i++) yield i; }
  async *#hidden() { yield this.#secret; }
  run() { return this.#hidden(); }
  async *[Symbol.asyncIterator]() { yield 'iter'; yield this.v; }
}
ticker(12);
(async () => {
  for await (const v of obj.m(5, 6, 7)) console.log('m', v);
  for await (const v of obj[key]()) console.log('ck', v);
  const c = new C(3);
  for await (const v of c.items()) console.log('items', v);
  for await (const v of C.range(3)) console.log('range', v);
  for await (const v of c.run()) console.log('private', v);
  for await (const v of c) console.log('self', v);
  console.log(obj.m.name, C.range.name, typeof obj.m);
})();
