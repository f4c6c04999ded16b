// super property access in async generator methods, before and after awaits and yields
class A { greet() { return 'A:' + this.n; } static s() { return 'As'; } }
class B extends A {
  constructor() { super(); this.n = 1; }
  async *g() { yield super.greet(); await null; yield super.greet(); this.n++; yield super['greet'](); }
  static async *h() { yield super.s(); }
}
const o = { __proto__: { p: 'proto' }, async *g() { yield super.p; await 0; yield super.p + '!'; } };
(async () => {
  for await (const v of new B().g()) console.log(v);
  for await (const v of B.h()) console.log(v);
  for await (const v of o.g()) console.log(v);
})();
