// generator next/return/throw protocol with finally cleanup and values passed into yield
const show = r => console.log(JSON.stringify(r));
function* g() { try { const a = yield 1; console.log('got', a); yield 2; } finally { console.log('cleanup'); } }
const it = g();
show(it.next('ignored')); show(it.next('A')); show(it.return('R')); show(it.next());
const it2 = g();
show(it2.next());
try { it2.throw(new Error('thrown in')); } catch (e) { console.log('propagated', e.message); }
show(it2.next());
const it3 = g();
show(it3.return('before start'));
try { g().throw(new Error('unstarted')); } catch (e) { console.log('unstarted throw', e.message); }
