// yields inside with in async generators, with return() and throw() requests
const o = { a: 1, log: (s) => console.log('log', s) };
async function* g() {
  with (o) {
    try {
      yield a;
      a = await 2;
      const got = yield a;
      log(got);
      yield* [a + 1, Promise.resolve(a + 2)];
    } finally {
      log('finally ' + a);
    }
  }
}
(async () => {
  for await (const v of g()) console.log('v', v);
  const it = g();
  console.log(await it.next(), await it.next(), await it.next('sent'));
  console.log(await it.return('early'));
  const it2 = g();
  await it2.next();
  await it2.throw(new Error('boom')).catch((e) => console.log('thrown', e.message));
})();
