// class with static async methods and a static block, awaited at module top level
class Registry {
  static items = [];
  static { Registry.items.push('from static block'); }
  static async add(x) { await null; Registry.items.push(x); return Registry.items.length; }
  static async #secret() { return 'private static'; }
  static reveal() { return Registry.#secret(); }
}
console.log(await Registry.add('a'), await Registry.add('b'));
console.log(Registry.items.join(','));
console.log(await Registry.reveal());
