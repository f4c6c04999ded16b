// an async queue with producer and consumer coroutines handing off through promises
class Channel {
  constructor() { this.items = []; this.waiters = []; }
  put(v) { const w = this.waiters.shift(); if (w) w(v); else this.items.push(v); }
  async take() { if (this.items.length) return this.items.shift(); return new Promise(r => this.waiters.push(r)); }
}
const ch = new Channel();
async function producer() {
  for (let i = 0; i < 6; i++) {
    if (i % 2) await null;
    console.log('put', i);
    ch.put(i);
  }
  ch.put(null);
}
async function consumer(name) {
  const got = [];
  for (;;) {
    const v = await ch.take();
    if (v === null) { ch.put(null); break; }
    console.log(name, 'took', v);
    got.push(v);
  }
  return name + ':' + got.join('');
}
Promise.all([consumer('c1'), consumer('c2'), producer()]).then(r => console.log(r.slice(0, 2).join(' ')));
