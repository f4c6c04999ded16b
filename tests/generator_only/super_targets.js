// super in async methods: template tag keeps this, destructuring and for-of targets, compound assignment, update, delete throws
class A { constructor() { this.n = 1; } tag(s, v) { return this.label + s[0] + v; } }
A.prototype.label = 'A:';
class B extends A {
  async m() {
    await null;
    super.n += 1;
    super.n++;
    super['n'] **= 2;
    [super.s, { x: super.x = 'dx' }] = [7, {}];
    for (super.t of [8, 9]) ;
    for (super.k in { kk: 1 }) ;
    const tagged = super.tag`x${await 'v'}`;
    let del;
    try { delete super.n; } catch (e) { del = e.name + ': ' + e.message; }
    super.q ??= await 'q';
    return [this.n, this.s, this.x, this.t, this.k, this.q, tagged, del].join();
  }
}
const o = { __proto__: { v: 1 }, async m() { super.v += await 2; return [this.v, super.v].join(); } };
(async () => { console.log(await new B().m()); console.log(await o.m()); })();
