/** See lazy-module-url.ts: the URL of a module built as a chunk of its own. */
declare module 'lazy-module-url:*' {
  const url: string;
  export default url;
}
