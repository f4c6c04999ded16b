// closures capturing variables that change across awaits
async function counter() {
  let n = 0;
  const get = () => n;
  const snapshots = [];
  snapshots.push(get());
  n = await 1;
  snapshots.push(get());
  n += await 1;
  snapshots.push(get());
  return snapshots.join(',');
}
counter().then(v => console.log('snapshots', v));
let shared = 'before';
(async () => { const seen = shared; await null; console.log('seen', seen, 'now', shared); })();
shared = 'after';
