// yielding a rejected promise throws at the yield inside the async generator
async function* gen() {
  try { yield Promise.reject(new Error('yielded rejection')); }
  catch (e) { console.log('caught inside', e.message); yield 'recovered'; }
}
(async () => { for await (const v of gen()) console.log('got', v); console.log('done'); })();
