// async methods: object literal, class instance, static, private, computed keys, getters calling them
const key = 'computed';
const obj = {
  value: 'obj',
  async m() { await null; return this.value; },
  async [key]() { await null; return key; },
};
class C {
  #secret = 's';
  constructor(v) { this.v = v; }
  async m() { await null; return this.v; }
  static async s() { await null; return 'static'; }
  async #p() { await null; return this.#secret; }
  async callPrivate() { return await this.#p(); }
  get viaGetter() { return this.m(); }
}
const c = new C('inst');
obj.m().then((v) => console.log('obj.m', v));
obj.computed().then((v) => console.log('obj[key]', v));
c.m().then((v) => console.log('c.m', v));
C.s().then((v) => console.log('C.s', v));
c.callPrivate().then((v) => console.log('#p', v));
c.viaGetter.then((v) => console.log('getter', v));
