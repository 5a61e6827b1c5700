// The launcher's English words: all a first-time visitor who never opens the chat downloads of
// the catalog (decision 010). ../en.ts spreads them, so each string has one home.

export const en = {
  'launcher.open': 'Open chat',
  'launcher.close': 'Close chat',
  'launcher.unread': { one: '{count} unread message', other: '{count} unread messages' },
  'title.flash': { one: '({count}) New message — {title}', other: '({count}) New messages — {title}' },
} as const

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../en.ts')
