import type { SearchResult, Snippet } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'
import type { SearchMessages } from '../i18n/en-search.ts'
import { conversationLabel } from './conversation-rows.ts'
import { dateFormat } from './intl-locale.ts'
import { previewText } from './labels.ts'
import { hrefFor } from './route.ts'

/** A piece of a snippet: plain text, marked where the search words are. */
export type SnippetPart = { text: string; mark: boolean }

/** One found conversation as the list shows it; computed here so the view stays thin. */
export interface SearchRow {
  id: string
  /** Opens the conversation (a resolved one read-only), as the Insights links do. */
  href: string
  /** The shopper's name when the store gave it, else the list's "Visitor 3f2a". */
  label: string
  resolved: boolean
  statusText: string
  date: string
  /** `datetime` of the <time> element. */
  iso: string
  /** The matching words in context, or null when the match was not in a message. */
  snippet: SnippetPart[] | null
  /** Without a snippet: why it was found ("The shopper's email matches"), else the last message. */
  line: string
}

/** The snippet cut at its marks; overlapping or out-of-range marks are clamped, never thrown on. */
export function snippetParts({ text, marks }: Snippet): SnippetPart[] {
  const parts: SnippetPart[] = []
  let at = 0
  for (const [from, to] of [...marks].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(from, text.length))
    const end = Math.max(start, Math.min(to, text.length))
    if (start > at) parts.push({ text: text.slice(at, start), mark: false })
    if (end > start) parts.push({ text: text.slice(start, end), mark: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false })
  return parts
}

export function toSearchRows(results: readonly SearchResult[], main: InboxMessages, t: SearchMessages): SearchRow[] {
  const dates = dateFormat(main, { day: 'numeric', month: 'short', year: 'numeric' })
  return results.map(({ conversation, shopper, match, snippet }) => {
    const last = conversation.lastMessage
    const why = match === 'name' || match === 'email' || match === 'order' ? t.matched[match] : null
    return {
      id: conversation.id,
      href: hrefFor({ page: 'conversations', conversation: conversation.id }),
      label: shopper.name ?? conversationLabel(conversation, main),
      resolved: conversation.status === 'resolved',
      statusText: t.status[conversation.status],
      date: dates.format(new Date(conversation.updatedAt)),
      iso: conversation.updatedAt,
      snippet: snippet ? snippetParts(snippet) : null,
      line: why ?? (last ? previewText(last.text) : main.list.noMessages),
    }
  })
}

/** What the search found, in words: the count is a floor when another page waits. */
export function foundText(count: number, more: boolean, t: SearchMessages): string {
  if (more) return t.foundMore(count)
  return count === 0 ? t.none : t.found(count)
}
