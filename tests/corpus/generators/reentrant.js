// calling next on a running generator throws TypeError; a generator can be used after that
let it;
function* g() { try { it.next(); } catch (e) { console.log('reentrant', e.name); } yield 'ok'; }
it = g();
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
