// splitting success and failure handlers across then and catch leaves the derived promise unhandled: exit 1
const p = Promise.reject(new Error('boom'));
const d = p.then(() => console.log('ok'));
p.catch(() => console.log('caught'));
(async () => { await null; console.log('async continuation still runs'); })();
