// throws inside loops caught outside after several iterations with awaits
async function f(limit) {
  let i = 0;
  try {
    while (true) {
      await null;
      if (++i > limit) throw new RangeError('over ' + limit);
      console.log('iter', i);
    }
  } catch (e) {
    console.log('caught', e.name, e.message);
  }
  return i;
}
f(2).then(v => console.log('i =', v));
f(0).then(v => console.log('i =', v));
