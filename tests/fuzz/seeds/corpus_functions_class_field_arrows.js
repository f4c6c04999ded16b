
// async arrow functions stored in class fields capture the instance; inherited and overridden async methods
class Button {
  label = 'btn';
  onClick = async (n) => { await null; return this.label + ' clicked ' + n; };
  async describe() { await null; return 'Button ' + this.label; }
}
class Fancy extends Button {
  label = 'fancy';
  async describe() { const base = await super.describe(); return base + ' (fancy)'; }
}
const b = new Fancy();
const { onClick } = b;
(async () => {
  console.log(await onClick(1));
  console.log(await b.describe());
  console.log(await Button.prototype.describe.call({ label: 'borrowed' }));
})();
