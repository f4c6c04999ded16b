// ternaries with awaits in condition and branches; only the chosen branch is evaluated
const log = (t, v) => { console.log('eval', t); return v; };
(async () => {
  for (const c of [true, false]) {
    const r = (await log('cond', c)) ? await log('yes', 'Y') : log('no', 'N');
    console.log('result', r);
  }
})();
