
// super in async methods of object literals with a prototype, after await
const proto = { hi() { return 'proto hi'; }, x: 'proto x' };
const obj = {
  __proto__: proto,
  async hi() { await null; return 'obj hi / ' + super.hi() + ' / ' + super.x; },
  async setViaSuper() { await null; super.y = 'set via super'; return this.y; },
};
obj.hi().then(console.log);
obj.setViaSuper().then(v => console.log(v, Object.prototype.hasOwnProperty.call(obj, 'y')));
