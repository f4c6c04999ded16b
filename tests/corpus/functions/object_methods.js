// async methods in object literals: shorthand, computed key, property arrow, this binding
const key = 'computed';
const obj = {
  base: 10,
  async plain(x) { await null; return this.base + x; },
  async [key + 'Name']() { await null; return 'computed ok'; },
  async 'string key'() { return 'string key ok'; },
  async 42() { return 'numeric key ok'; },
  arrowProp: async () => 'arrow prop ok',
};
(async () => {
  console.log(await obj.plain(5));
  console.log(await obj.computedName());
  console.log(await obj['string key']());
  console.log(await obj[42]());
  console.log(await obj.arrowProp());
  const detached = obj.plain;
  console.log('detached', await detached(1));
})();
