// this inside an async function called plainly: undefined in strict, globalThis in sloppy
async function sloppyThis() { await null; return this === globalThis; }
async function strictThis() { 'use strict'; await null; return this === undefined; }
sloppyThis().then(v => console.log('sloppy this is global', v));
strictThis().then(v => console.log('strict this is undefined', v));
