// nested try/finally blocks each awaiting, unwound by a return from the innermost try
'use strict';
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(10);
async function f() {
  try {
    try {
      try { await null; return 'from inner'; }
      finally { console.log('f3'); await null; }
    } finally { console.log('f2'); await null; }
  } finally { console.log('f1'); }
}
f().then(v => console.log('result', v));
