import { useEffect, useRef } from 'preact/hooks'
import type { InboxAgent } from '../../agent.ts'
import { isTyping, Shortcut, shortcutFor, waitingNeighbour } from '../../lib/shortcuts.ts'

interface Options {
  client: InboxAgent
  myId: string
  openId: string | null
  /** True while the list of shortcuts is open: it has its own keys (Tab, Escape). */
  helpOpen: boolean
  onOpen(id: string): void
  onHelp(): void
  /** Says a short line politely (nothing waits, nothing is open). */
  say(text: 'noneWaiting' | 'noneOpen'): void
}

/**
 * Where a shortcut lands. Lanes that own the element mark it `data-shortcut-target`; the reply box
 * is also found by its id, and a search box by its type, so a shortcut finds them either way.
 */
const TARGETS = {
  reply: '[data-shortcut-target="reply"], #composer-reply',
  resolve: '[data-shortcut-target="resolve"]',
  search: '[data-shortcut-target="search"], input[type="search"]',
} as const
const find = (which: keyof typeof TARGETS) => document.querySelector<HTMLElement>(TARGETS[which])

/** The inbox's keyboard shortcuts (lib/shortcuts.ts), on the whole document while the inbox is shown. */
export function useShortcuts(options: Options): void {
  const now = useRef(options)
  now.current = options

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const { client, myId, openId, helpOpen, onOpen, onHelp, say } = now.current
      if (event.defaultPrevented || helpOpen) return
      const action = shortcutFor(event, isTyping(event.target instanceof Element ? event.target : null))
      if (!action) return
      const act = (done: () => void) => {
        event.preventDefault()
        done()
      }
      switch (action) {
        case Shortcut.NextWaiting:
        case Shortcut.PreviousWaiting: {
          const id = waitingNeighbour(client.$conversations.get(), openId, client.$me.get()?.id ?? myId, action === Shortcut.NextWaiting ? 1 : -1)
          return act(() => (id ? onOpen(id) : say('noneWaiting')))
        }
        case Shortcut.Reply:
        case Shortcut.Resolve: {
          const target = find(action)
          if (!target || (target as HTMLButtonElement).disabled) return act(() => say('noneOpen'))
          return act(() => (action === Shortcut.Reply ? target.focus() : target.click()))
        }
        case Shortcut.Search: {
          // No search box in this inbox: the key stays the browser's (Firefox's quick find).
          const target = find('search')
          return target ? act(() => target.focus()) : undefined
        }
        case Shortcut.Help:
          return act(onHelp)
        case Shortcut.Leave: {
          // Only the boxes the shortcuts lead into; Escape elsewhere belongs to what has the focus.
          const active = document.activeElement
          if (active instanceof HTMLElement && (active === find('reply') || active === find('search'))) act(() => active.blur())
          return
        }
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
