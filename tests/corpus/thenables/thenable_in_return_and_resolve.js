// thenables returned from then handlers vs returned from async functions: same +1 cost
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const th = tag => ({ then(f) { console.log('then', tag); f(tag); } });
Promise.resolve().then(() => th('handler')).then(v => console.log('via handler', v));
(async () => th('async'))().then(v => console.log('via async', v));
