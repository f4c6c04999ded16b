// from seed 002 (Promise.resolve: 参数为一个 thenable 对象)
let thenable = {
  then: (resolve, reject) => {
    resolve("i am from thenable");
  }
};

Promise.resolve(thenable).then((result) => {
  // i am from thenable
  console.log(result);
});
