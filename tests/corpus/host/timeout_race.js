// Promise.race between a fast and a slow timer-backed promise; the slow one still fires later
const delay = (ms, v) => new Promise(r => setTimeout(() => { console.log('timer', ms); r(v); }, ms));
const fast = delay(1, 'fast');
const slow = delay(18, 'slow');
(async () => {
  const winner = await Promise.race([slow, fast]);
  console.log('winner', winner);
})();
