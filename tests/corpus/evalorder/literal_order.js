// object and array literals with awaits and spreads preserve property order and evaluation order
const log = (t, v) => { console.log('eval', t); return v; };
(async () => {
  const o = {
    z: log('z', 1),
    [log('computed key', 'k')]: await log('computed value', 2),
    ...(await log('spread', { a: 3, z: 'overridden' })),
    y: await log('y', 4),
  };
  console.log(JSON.stringify(o), Object.keys(o).join(''));
  const arr = [...log('s1', [1, 2]), await log('mid', 3), ...(await log('s2', new Set([4, 5])))];
  console.log(JSON.stringify(arr));
})();
