// optional catch binding and destructured catch parameters with awaits
(async () => {
  try { await Promise.reject(new Error('no binding')); } catch { console.log('caught without binding'); }
  try { await Promise.reject({ code: 42, detail: { msg: 'structured' } }); }
  catch ({ code, detail: { msg } }) { await null; console.log('code', code, msg); }
  try { throw await Promise.resolve(['a', 'b']); } catch ([first, second]) { console.log(first, second); }
})();
