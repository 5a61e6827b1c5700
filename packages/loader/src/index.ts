// For tools and docs that show the install snippet; the loader itself is dist/loader.js.
export { snippet, STUB } from './snippet.ts'
export type { SnippetOptions } from './snippet.ts'
