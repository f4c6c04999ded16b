// a finally block that yields during return(), and one that overrides the return value
const show = r => console.log(JSON.stringify(r));
function* g() { try { yield 'body'; } finally { yield 'from finally'; console.log('finally done'); } }
const it = g();
show(it.next()); show(it.return('R')); show(it.next()); show(it.next());
function* h() { try { yield 1; } finally { return 'override'; } }
const it2 = h();
show(it2.next()); show(it2.return('ignored'));
function* k() { try { yield 1; } catch (e) { console.log('caught', e); yield 'recovered'; } }
const it3 = k();
show(it3.next()); show(it3.throw('err')); show(it3.next());
