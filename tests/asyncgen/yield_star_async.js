// yield* over an async generator: values, next arguments forwarded, the inner return value
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* inner() { const a = yield 'i1'; console.log('inner got', a); yield Promise.resolve('i2'); return 'inner-ret'; }
async function* outer() { console.log('before'); const r = yield* inner(); console.log('yield* gave', r); yield 'o-end'; }
ticker(25);
(async () => { const it = outer(); for (let i = 0; i < 5; i++) console.log(i, JSON.stringify(await it.next('arg' + i))); })();
