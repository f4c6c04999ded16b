// for await in an async arrow, an async method, a class static method, a nested async function
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const src = () => [Promise.resolve('a'), 'b'];
const arrow = async () => { const out = []; for await (const x of src()) out.push(x); return 'arrow:' + out.join(''); };
class K { async m() { for await (const x of src()) this.last = x; return 'method:' + this.last; } static async s() { let n = 0; for await (const _ of src()) n++; return 'static:' + n; } }
async function outer() { async function inner() { for await (const x of src()) return 'inner:' + x; } return inner(); }
ticker(20);
(async () => { console.log(await arrow()); console.log(await new K().m()); console.log(await K.s()); console.log(await outer()); })();
