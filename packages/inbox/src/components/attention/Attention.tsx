import { useState } from 'preact/hooks'
import type { AgentProfile, InboxAgent } from '../../agent.ts'
import { useAlertMessages } from '../../i18n/alerts-context.ts'
import { useMessages } from '../../i18n/context.ts'
import { DesktopNotifications } from './DesktopNotifications.tsx'
import { ShortcutsDialog } from './ShortcutsDialog.tsx'
import { useChatAlerts } from './use-chat-alerts.ts'
import { useShortcuts } from './use-shortcuts.ts'

interface Props {
  client: InboxAgent
  agent: AgentProfile
  /** The conversation on screen, if any. */
  openId: string | null
  /** Opens a conversation (the next waiting one, or a clicked notification's). */
  onOpen(id: string): void
}

/** A line in the live region, and the conversation it names, if any. */
interface Said {
  text: string
  conversationId: string | null
}

/**
 * What keeps an agent from missing a chat (issue 14, decision 028) and the keys that move them
 * through it: alerts (tone, title count, desktop notifications), the keyboard shortcuts, and a
 * thin bar with "Turn on desktop notifications" (until the browser has an answer) and "Keyboard
 * shortcuts", at the end of the header's pages' row (Header's `tools`). On every page of the
 * inbox; a chunk of its own, after the first screen.
 */
export function Attention({ client, agent, openId, onOpen }: Props) {
  const words = useAlertMessages()
  const t = useMessages()
  const [helpOpen, setHelpOpen] = useState(false)
  // One polite line: who just wrote (and in which conversation), or a shortcut that found nothing
  // to do; the newest wins.
  const [said, setSaid] = useState<Said | null>(null)
  // The same line twice in a row is said again: cleared first, then set.
  const say = (text: string, conversationId: string | null = null) => {
    setSaid(null)
    queueMicrotask(() => setSaid({ text, conversationId }))
  }
  // A shopper erased (their right to erasure): a line naming them leaves the live region.
  const unsay = (conversationId: string) => setSaid((line) => (line?.conversationId === conversationId ? null : line))
  const sound = agent.preferences?.sound ?? true
  useChatAlerts({ client, myId: agent.id, openId, sound, words, t, onOpen, say, unsay })
  useShortcuts({
    client,
    myId: agent.id,
    openId,
    helpOpen,
    onOpen: (id) => {
      setSaid(null)
      onOpen(id)
    },
    onHelp: () => setHelpOpen(true),
    say: (key) => say(words.shortcuts[key]),
  })

  return (
    <div class="attention-bar">
      <p class="sr-only" role="status">
        {said?.text}
      </p>
      <DesktopNotifications compact />
      <button type="button" class="button button-quiet" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
        {words.shortcuts.button}
      </button>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  )
}
