import type { ChatClient, DeliveryState, TimelineItem } from '@attune/core'

const DELIVERY: Record<DeliveryState, string> = {
  sending: 'Sending…',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  failed: 'Not sent',
}

/**
 * Keeps the `role="log"` list in step with `$timeline`. Rows are keyed and only inserted or
 * updated in place, never rebuilt: the log region then announces new messages only, and a
 * focused Retry button survives the next update.
 */
export function renderMessages(list: HTMLOListElement, chat: ChatClient): () => void {
  const rows = new Map<string, HTMLLIElement>()
  let newest: string | undefined
  return chat.$timeline.subscribe((items) => {
    const keep = new Set(items.map((item) => item.key))
    for (const [key, row] of rows) {
      if (keep.has(key)) continue
      row.remove()
      rows.delete(key)
    }
    items.forEach((item, index) => {
      let row = rows.get(item.key)
      if (!row) rows.set(item.key, (row = document.createElement('li')))
      update(row, item, chat)
      if (list.children[index] !== row) list.insertBefore(row, list.children[index] ?? null)
    })
    // Follow the newest message, but stay put when earlier ones are loaded above.
    const log = list.parentElement
    if (log && items.at(-1)?.key !== newest) log.scrollTop = log.scrollHeight
    newest = items.at(-1)?.key
  })
}

function update(row: HTMLLIElement, item: TimelineItem, chat: ChatClient): void {
  const signature = item.kind === 'message' ? `${item.text}|${item.state}` : 'resolved'
  if (row.dataset.signature === signature) return
  row.dataset.signature = signature
  if (item.kind === 'resolved') {
    row.className = 'notice'
    row.textContent = 'This conversation was closed.'
    return
  }
  const mine = item.role === 'visitor'
  row.className = mine ? 'message mine' : 'message theirs'
  const who = el('p', 'who', mine ? 'You' : (item.authorName ?? 'Concierge'))
  // Text content, never HTML: what the sender typed is shown, not run.
  const text = el('p', 'text', item.text)
  row.replaceChildren(who, text)
  if (!mine) return
  const state = el('p', `state ${item.state}`, DELIVERY[item.state])
  if (item.state === 'failed') {
    const retry = el('button', 'retry', 'Retry')
    retry.type = 'button'
    retry.addEventListener('click', () => chat.retry(item.key))
    state.append(' — ', retry)
  }
  row.append(state)
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  node.textContent = text
  return node
}
