// Promise.allSettled with fulfilled, rejected, plain and thenable elements; empty array
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const th = { then(f) { f('thenable'); } };
(async () => {
  const rs = await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('x')), 3, th]);
  console.log(rs.map(r => r.status + ':' + (r.status === 'fulfilled' ? r.value : r.reason.message)).join(' '));
})();
Promise.allSettled([]).then(r => console.log('empty', r.length));
