// return() and throw() on a suspended generator, awaited one at a time
async function* g() { try { yield 1; yield 2; } catch (e) { console.log('caught', e); yield 'recovered'; } finally { console.log('finally'); } }
(async () => {
  let it = g(); await it.next(); console.log(JSON.stringify(await it.return('R')));
  it = g(); await it.next(); console.log(JSON.stringify(await it.throw('T'))); console.log(JSON.stringify(await it.next()));
  it = g(); console.log(JSON.stringify(await it.return(Promise.resolve('early'))));
  it = g(); try { await it.throw(new Error('before start')); } catch (e) { console.log('rejected', e.message); }
})();
