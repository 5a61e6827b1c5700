// nanostores (1.5) keeps a shared epoch in `globalThis.nanostoresGlobal`, made when its module is
// evaluated. The launcher holds our one copy, which keeps its own reference; so a global the page
// did not have before is taken back, and the host page is left with exactly one: `Attune`. This
// module must be the script-tag entry's first import, so it runs before nanostores does.
const pageHadIt = 'nanostoresGlobal' in globalThis

/** Takes back the globals our modules made at evaluation. */
export function tidyGlobals(): void {
  if (!pageHadIt) delete (globalThis as { nanostoresGlobal?: unknown }).nanostoresGlobal
}
