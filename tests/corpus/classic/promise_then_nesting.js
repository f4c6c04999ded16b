// classic nested then puzzle: inner chains interleave with outer chain, one hop per then
Promise.resolve()
  .then(() => {
    console.log('outer 1');
    Promise.resolve()
      .then(() => console.log('inner 1'))
      .then(() => console.log('inner 2'))
      .then(() => console.log('inner 3'));
  })
  .then(() => console.log('outer 2'))
  .then(() => console.log('outer 3'));
