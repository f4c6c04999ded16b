// many timers with distinct delays each starting async bursts; microtasks drain per timer callback
const out = [];
for (let d = 1; d <= 8; d++) {
  setTimeout(async () => {
    out.push('timer' + d);
    for (let k = 0; k < 3; k++) { await null; out.push('t' + d + 'k' + k); }
    process.nextTick(() => out.push('tick' + d));
    if (d === 8) setTimeout(() => console.log(out.join(' ')), 1);
  }, d * 2);
}
