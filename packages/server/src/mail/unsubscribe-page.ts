import type { MailWords } from './catalog.ts'
import { directionOf } from '@attune/protocol'
import { escapeHtml } from './templates.ts'

/** The page behind a mail's unsubscribe link, in the shopper's language: a button, then the confirmation. */
export function unsubscribePage(words: MailWords, language: string, done: boolean): string {
  const body = done
    ? `<p role="status">${escapeHtml(words.unsubscribed)}</p>`
    : `<form method="post"><button type="submit">${escapeHtml(words.unsubscribeButton)}</button></form>`
  return `<!doctype html><html lang="${escapeHtml(language)}" dir="${directionOf(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(words.unsubscribeTitle)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem}</style></head>
<body><main><h1>${escapeHtml(words.unsubscribeTitle)}</h1>${body}</main></body></html>`
}
