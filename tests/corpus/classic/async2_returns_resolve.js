// classic puzzle variant: async2 returns Promise.resolve() and a thenable
async function async1() { console.log('async1 start'); await async2(); console.log('async1 end'); }
async function async2() { console.log('async2'); return Promise.resolve(); }
async function async3() { console.log('async3 start'); await async4(); console.log('async3 end'); }
async function async4() { console.log('async4'); return { then(r) { r(); } }; }
console.log('script start');
async1();
async3();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
console.log('script end');
