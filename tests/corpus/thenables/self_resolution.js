// resolving a promise with itself rejects with TypeError; a thenable resolving with itself never settles
let selfRes;
const p = new Promise(r => (selfRes = r));
selfRes(p);
p.catch(e => console.log('self', e.name));
const loop = { then(res) { console.log('loop then'); } };
(async () => {
  const r = await Promise.race([loop, new Promise(r => setTimeout(r, 2, 'timeout won'))]);
  console.log(r);
})();
