// A safe Markdown subset for agent messages: **bold**, *italics*, bullet and numbered lists,
// autolinks and [text](url) links to http(s) and mailto only. It produces a tree that the view
// turns into elements: text is only ever text (never innerHTML), so `<b>` shows as "<b>".

export type Inline = string | { type: 'strong' | 'em'; children: Inline[] } | { type: 'link'; href: string; children: Inline[] }

export type Block = { type: 'p'; children: Inline[] } | { type: 'ul' | 'ol'; items: Inline[][] }

const BULLET = /^\s*[-*•]\s+(.*)$/
const NUMBER = /^\s*\d{1,3}[.)]\s+(.*)$/
const SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/** The link target if it is an absolute http(s) or mailto URL, normalised; else null. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw.trim())
    return SCHEMES.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

export function parseMarkdown(text: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list = null as { type: 'ul' | 'ol'; items: Inline[][] } | null
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'p', children: parseInline(paragraph.join('\n')) })
    paragraph = []
  }
  for (const line of text.split(/\r?\n/)) {
    const bullet = BULLET.exec(line)
    const number = bullet ? null : NUMBER.exec(line)
    const item = bullet ?? number
    if (item) {
      const type = bullet ? 'ul' : 'ol'
      endParagraph()
      if (list?.type !== type) blocks.push((list = { type, items: [] }))
      list.items.push(parseInline(item[1] ?? ''))
    } else if (line.trim() === '') {
      endParagraph()
      list = null
    } else {
      list = null
      paragraph.push(line)
    }
  }
  endParagraph()
  return blocks
}

const AUTOLINK = /^(?:https?:\/\/|mailto:)[^\s<>"]+/i

/** Inline spans. Unmatched markers stay as the characters the sender typed. */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = []
  let plain = ''
  const push = (node: Inline) => {
    if (plain) out.push(plain)
    plain = ''
    out.push(node)
  }
  let i = 0
  while (i < text.length) {
    const rest = text.slice(i)
    const atWordStart = i === 0 || /[\s([{"'«“]/.test(text[i - 1] ?? '')
    if (depth < 3 && rest.startsWith('**')) {
      const end = text.indexOf('**', i + 2)
      if (end > i + 2 && !/\s/.test(text[i + 2] ?? '') && !/\s/.test(text[end - 1] ?? '')) {
        push({ type: 'strong', children: parseInline(text.slice(i + 2, end), depth + 1) })
        i = end + 2
        continue
      }
    }
    if (depth < 3 && rest[0] === '*' && rest[1] !== '*') {
      const end = text.indexOf('*', i + 1)
      if (end > i + 1 && !/\s/.test(text[i + 1] ?? '') && !/\s/.test(text[end - 1] ?? '')) {
        push({ type: 'em', children: parseInline(text.slice(i + 1, end), depth + 1) })
        i = end + 1
        continue
      }
    }
    if (rest[0] === '[') {
      const link = /^\[([^\]\n]+)\]\(([^()\s]+)\)/.exec(rest)
      const href = link ? safeHref(link[2] ?? '') : null
      if (link && href) {
        push({ type: 'link', href, children: depth < 3 ? parseInline(link[1] ?? '', depth + 1) : [link[1] ?? ''] })
        i += link[0].length
        continue
      }
    }
    if (atWordStart) {
      const auto = AUTOLINK.exec(rest)
      if (auto) {
        // Trailing punctuation ends a sentence, not the URL; a ")" only belongs to it when paired.
        let url = auto[0].replace(/[.,;:!?'"]+$/, '')
        while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1)
        const href = safeHref(url)
        if (href) {
          push({ type: 'link', href, children: [url] })
          i += url.length
          continue
        }
      }
    }
    plain += text[i]
    i++
  }
  if (plain) out.push(plain)
  return out
}
