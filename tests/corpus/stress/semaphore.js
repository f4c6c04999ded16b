// a semaphore limiting concurrency to 2 among 6 async tasks, each awaiting a varying number of times
class Semaphore {
  constructor(n) { this.n = n; this.q = []; }
  async acquire() { if (this.n > 0) { this.n--; return; } await new Promise(r => this.q.push(r)); }
  release() { const r = this.q.shift(); if (r) r(); else this.n++; }
}
const sem = new Semaphore(2);
async function task(id) {
  await sem.acquire();
  console.log('start', id);
  try {
    for (let i = 0; i < (id % 3) + 1; i++) await null;
    if (id === 4) throw new Error('task 4 failed');
    console.log('end', id);
    return id;
  } finally {
    sem.release();
  }
}
Promise.allSettled([0, 1, 2, 3, 4, 5].map(task)).then(rs => console.log(rs.map(r => r.status[0]).join('')));
