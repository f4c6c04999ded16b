// an async generator error nobody catches: the process exits with status 1
async function* g() { yield 1; throw new Error('unhandled in generator'); }
(async () => { for await (const x of g()) console.log(x); })();
