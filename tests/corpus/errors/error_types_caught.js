// built-in error types thrown across awaits keep their name, message and prototype
'use strict';
async function thrower(kind) {
  await null;
  switch (kind) {
    case 'type': return null.prop;
    case 'range': return new Array(-1);
    case 'reference': return undeclaredVariable;
    case 'syntax': return JSON.parse('{');
    case 'custom': { class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } throw new MyErr('custom msg'); }
    case 'object': throw { code: 7 };
  }
}
(async () => {
  for (const k of ['type', 'range', 'reference', 'syntax', 'custom', 'object']) {
    try { await thrower(k); } catch (e) { console.log(k, e instanceof Error ? e.name : JSON.stringify(e), e instanceof Error); }
  }
})();
