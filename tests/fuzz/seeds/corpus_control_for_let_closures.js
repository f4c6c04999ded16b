
// per-iteration let bindings captured by closures across awaits in a for loop
(async () => {
  const fns = [];
  for (let i = 0; i < 4; i++) {
    await null;
    fns.push(() => i);
    if (i === 1) { i++; await null; fns.push(() => 'bumped ' + i); }
  }
  console.log(fns.map(f => f()).join(','));
  var vs = [];
  for (var v = 0; v < 3; v++) { await v; vs.push(() => v); }
  console.log(vs.map(f => f()).join(','));
})();
