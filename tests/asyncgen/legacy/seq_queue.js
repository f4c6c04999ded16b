// several next() calls at once, collected with Promise.all
async function* g() { for (let i = 0; i < 3; i++) yield await Promise.resolve(i); return 'r'; }
(async () => { const it = g(); const rs = await Promise.all([it.next(), it.next(), it.next(), it.next(), it.next()]); console.log(JSON.stringify(rs)); })();
