// m3api ships its typings under types/ and names them only for its Node entry, so the
// browser entry needs this bridge to the declarations it already has.
declare module 'm3api/browser.js' {
  export { default, ApiErrors, ApiWarnings, set } from 'm3api/types/browser.js';
}
