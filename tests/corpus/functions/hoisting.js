// async function declarations are hoisted and callable before their definition
console.log('typeof before', typeof later);
later('early call').then(v => console.log('resolved', v));
async function later(x) { console.log('later body', x); await null; return x.toUpperCase(); }
{
  // block-level async function declaration in sloppy mode
  blockFn().then(v => console.log(v));
  async function blockFn() { return 'block fn'; }
}
console.log('sync end');
