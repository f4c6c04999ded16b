// next(), return() and throw() in every state of an async generator: suspendedStart,
// suspendedYield, executing, awaiting-return (draining the queue) and completed. Each request's
// settlement is logged, interleaved with a ticker, so the job each one settles in is visible.
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i)); }
const show = (label, p) => p.then((r) => console.log(label, 'ok', JSON.stringify(r)), (e) => console.log(label, 'err', String(e && e.message || e)));
let self;
async function* g(tag) {
  try {
    console.log(tag, 'start');
    if (tag === 'executing') {
      show('exec next', self.next('from inside'));
      show('exec return', self.return('r-inside'));
      show('exec throw', self.throw(new Error('t-inside')));
    }
    const a = yield 'y1';
    console.log(tag, 'got', a);
    yield 'y2';
  } finally {
    console.log(tag, 'finally');
  }
}
async function run(kind, method) {
  const label = `${kind}/${method}`;
  const it = g(kind);
  const call = (m, v) => (m === 'throw' ? it.throw(new Error(v)) : it[m](v));
  if (kind === 'suspendedStart') {
    show(label, call(method, 'v0'));
  } else if (kind === 'suspendedYield') {
    await it.next();
    show(label, call(method, 'v1'));
  } else if (kind === 'executing') {
    self = it;
    show(label, it.next());
  } else if (kind === 'awaitingReturn') {
    await it.return('done');  // completed
    show(label + ' first', it.return(Promise.resolve('slow')));  // awaiting-return
    show(label, call(method, 'v2'));
  } else {
    await it.return('done');
    show(label, call(method, 'v3'));
  }
  show(label + ' after', it.next('after'));
  await new Promise((r) => setTimeout(r, 0));
}
(async () => {
  for (const kind of ['suspendedStart', 'suspendedYield', 'executing', 'awaitingReturn', 'completed']) {
    for (const method of ['next', 'return', 'throw']) {
      if (kind === 'executing' && method !== 'next') continue;  // the body makes all three calls
      console.log('--', kind, method);
      ticker(8);
      await run(kind, method);
    }
  }
})();
