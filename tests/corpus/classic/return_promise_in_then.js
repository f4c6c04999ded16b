// the famous 0 1 2 3 4 5 6 puzzle: returning Promise.resolve(4) from a then costs two extra ticks
Promise.resolve().then(() => { console.log(0); return Promise.resolve(4); }).then(res => console.log(res));
Promise.resolve().then(() => console.log(1)).then(() => console.log(2)).then(() => console.log(3))
  .then(() => console.log(5)).then(() => console.log(6));
