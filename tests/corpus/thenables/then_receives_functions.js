// a thenable's then receives two functions with length 1, called with the thenable as this
const th = {
  tag: 'me',
  then(res, rej) {
    console.log('this ok', this === th, typeof res, typeof rej, res.length, rej.length);
    res(this.tag);
  },
};
(async () => { console.log('awaited', await th); })();
Promise.resolve(th).then(v => console.log('Promise.resolve', v));
