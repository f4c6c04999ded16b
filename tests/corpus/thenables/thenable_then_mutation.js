// the then function captured at resolve time is used even if the property is reassigned before the job runs
const th = { then(res) { console.log('original then'); res('orig'); } };
const p = new Promise(r => r(th));
th.then = res => { console.log('replaced then'); res('replaced'); };
p.then(v => console.log('p', v));
(async () => { const v = await th; console.log('await uses current then:', v); })();
