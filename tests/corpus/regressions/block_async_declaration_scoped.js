// sloppy mode: an async function declared in a block is block-scoped, unlike Annex B functions (issue 9)
{
  async function y() { return 'y'; }
  y().then((v) => console.log('inside', v));
}
console.log(typeof y);
if (true) {
  { async function z() {} console.log('z in block', typeof z); }
  console.log('z outside', typeof z);
}
function host() {
  {
    console.log('w early', typeof w);
    async function w() {}
  }
  return typeof w;
}
console.log('host', host());
switch (1) {
  case 1: {
    async function v() { return 'v'; }
    v().then(console.log);
  }
}
console.log(typeof v);
{ function plainAnnexB() {} }
console.log(typeof plainAnnexB);
