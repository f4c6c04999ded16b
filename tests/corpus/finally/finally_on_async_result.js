// finally chained on async function results, one that throws after an await
async function ok() { await null; return 'ok'; }
async function bad() { await null; throw new Error('bad'); }
ok().finally(() => console.log('ok finally')).then(v => console.log(v));
bad().finally(() => console.log('bad finally')).catch(e => console.log('caught', e.message));
