// await in a class extends clause and computed member key inside an async function
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
class Base { hello() { return 'base hello'; } }
(async () => {
  const C = class extends (await Base) {
    [await 'greet']() { return 'greet from C; ' + this.hello(); }
  };
  console.log(new C().greet());
})();
