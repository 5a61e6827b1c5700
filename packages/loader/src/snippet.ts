/** Defines `Attune(...)` before the loader arrives: every call is queued and replayed by the widget. */
export const STUB = 'window.Attune=window.Attune||function(){(Attune.q=Attune.q||[]).push(arguments)};'

export interface SnippetOptions {
  /** Origin of the Attune server, e.g. "https://chat.example.com". */
  server: string
  siteKey: string
}

/** The HTML a store pastes before `</body>`. */
export function snippet({ server, siteKey }: SnippetOptions): string {
  const origin = new URL(server).origin
  return `<script>${STUB}Attune('boot',${JSON.stringify({ siteKey })})</script>\n` + `<script async src="${origin}/widget/loader.js"></script>`
}
