// super.method() and super.prop accessed after an await in async methods (instance and static)
class Base {
  greet() { return 'base greet'; }
  get kind() { return 'base kind of ' + this.name; }
  static make() { return 'Base.make'; }
}
class Derived extends Base {
  constructor() { super(); this.name = 'derived'; }
  async greet() { await null; return 'derived+' + super.greet(); }
  async kindLater() { await null; const k = super.kind; await null; return k; }
  static async make() { await null; return 'Derived.make+' + super.make(); }
  async arrowSuper() { const f = async () => { await null; return super.greet(); }; return f(); }
}
(async () => {
  const d = new Derived();
  console.log(await d.greet());
  console.log(await d.kindLater());
  console.log(await Derived.make());
  console.log(await d.arrowSuper());
})();
