// adapted from seed 000: article body, the fetch()/then() chain before async/await is introduced.
// Changes: fetch() is a browser/network API, so a local stub is defined at the top that
// resolves with { url } after 5 ms. The program itself is unchanged.
function fetch(url) {
  return new Promise((r) => setTimeout(() => r({ url }), 5));
}

fetch('https://www.geekbang.org').then((response) => {
  console.log(response);
  return fetch('https://www.geekbang.org/test');
}).then((response) => {
  console.log(response);
}).catch((error) => {
  console.log(error);
});
