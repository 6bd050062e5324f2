// tus-js-client types only its package entry (lib/index.d.ts); its browser build is the same API, loaded by path
// where a test runs it under happy-dom (the package's `browser` field, which Node-side resolution does not apply).
declare module 'tus-js-client/lib.esm/browser/index.js' {
  export * from 'tus-js-client';
}
