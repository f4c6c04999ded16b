// async generator methods: object literal, class, static, private, computed key
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i));
}
const key = 'keyed';
const obj = {
  async *m() {
    yield 'object';
  },
  async *[key]() {
    yield 'computed';
  }
};
class C {
  async *m() {
    yield 'class';
  }
  static async *s() {
    yield 'static';
  }
  async *#p() {
    yield 'private';
  }
  p() {
    return this.#p();
  }
}
ticker(12);
(async () => {
  for (const it of [obj.m(), obj[key](), new C().m(), C.s(), new C().p()]) {
    for await (const v of it) console.log(v);
  }
})();
