// Whether an agent's text needs the Markdown renderer (a chunk of its own) or shows as it is.

/**
 * True for any text whose Markdown rendering (markdown.ts) differs from the plain text: a marker
 * (`*`, `[`), a link (http, https, mailto), a list line, an empty line, a carriage return. It may
 * say true for text that renders plainly after all (then the chunk loads for nothing), never the
 * reverse: markup.test.ts checks that against the parser.
 */
export const hasMarkup = (text: string): boolean => MARKUP.test(text)

const MARKUP = /[*[\r]|https?:\/\/|mailto:|^\s*(?:[-•]|\d{1,3}[.)])\s|^\s*$/im
