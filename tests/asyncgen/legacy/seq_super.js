// super property reads and writes in async generator methods, before and after awaits and yields
class A { constructor() { this.n = 1; } tag(s, v) { return this.label + s[0] + v; } }
A.prototype.label = 'A:';
class B extends A {
  async *g() {
    super.q ||= 'q';
    yield this.q;
    super.q += await '!';
    yield this.q;
    [super.r] = [yield 'r?'];
    yield this.r + super.tag`t${this.n}`;
    try { delete super.q; } catch (e) { yield e.name; }
  }
}
(async () => { const it = new B().g(); let r; let i = 0; while (!(r = await it.next('in' + i++)).done) console.log(r.value); })();
