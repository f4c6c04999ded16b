// super.x and super.m() used after an await in async methods and in arrows inside them
class Base {
  greet() { return 'base:' + this.name; }
  get kind() { return 'base-kind'; }
}
class Derived extends Base {
  constructor() { super(); this.name = 'd'; }
  async greet() {
    await null;
    return 'derived+' + super.greet();
  }
  async both() {
    const k = await super.kind;
    const inner = async () => { await null; return super.greet() + '/' + k; };
    return inner();
  }
}
const d = new Derived();
d.greet().then((v) => console.log(v));
d.both().then((v) => console.log(v));
const proto = { hello() { return 'proto hello'; } };
const o = { __proto__: proto, async hello() { await 1; return 'own+' + super.hello(); } };
o.hello().then((v) => console.log(v));
