
// let/const declarations in switch cases shared across awaits, and return from within a case
async function f(k) {
  switch (k) {
    case 'a': {
      const v = await 'A';
      return v + '!';
    }
    case 'b':
      let shared = await 'B';
      shared += '?';
      return shared;
    default:
      return await Promise.resolve('other:' + k);
  }
}
(async () => {
  console.log(await f('a'), await f('b'), await f('z'));
})();
