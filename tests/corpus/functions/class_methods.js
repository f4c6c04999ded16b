// async instance, static, private and computed-key methods in classes
'use strict';
const sym = Symbol('s');
class Svc {
  #secret = 'hidden';
  static count = 0;
  constructor(name) { this.name = name; }
  async get() { await null; return this.name + ':' + await this.#priv(); }
  async #priv() { await null; return this.#secret; }
  static async create(name) { await null; Svc.count++; return new Svc(name); }
  async [sym]() { return 'symbol method'; }
  static async #sp() { return 'static private'; }
  static callSp() { return Svc.#sp(); }
}
(async () => {
  const s = await Svc.create('svc');
  console.log(await s.get(), Svc.count);
  console.log(await s[sym]());
  console.log(await Svc.callSp());
})();
