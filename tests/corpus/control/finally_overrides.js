// return and throw in finally override the pending completion, after awaits
async function retOverRet() { try { await null; return 'try'; } finally { await null; return 'finally'; } }
async function retOverThrow() { try { await null; throw new Error('lost'); } finally { return 'finally wins'; } }
async function throwOverRet() { try { return 'lost'; } finally { await null; throw new Error('finally throws'); } }
async function noOverride() { try { return await 'kept'; } finally { await null; console.log('finally ran'); } }
(async () => {
  console.log(await retOverRet());
  console.log(await retOverThrow());
  try { await throwOverRet(); } catch (e) { console.log(e.message); }
  console.log(await noOverride());
})();
