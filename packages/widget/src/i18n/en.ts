// English catalog. A locale is one file like this one, listed in ./catalogs.ts.
// `{name}` is replaced by the matching parameter; an object picks a plural form by `count`
// (Intl.PluralRules categories, `other` required).
export const en = {
  'launcher.open': 'Open chat',
  'launcher.close': 'Close chat',
  'launcher.unread': { one: '{count} unread message', other: '{count} unread messages' },
  'panel.title': 'Chat with {store}',
  'panel.titleFallback': 'Chat with us',
  'panel.hide': 'Hide chat',
  'panel.greeting': 'Hi! How can we help you today?',
  'log.label': 'Messages',
  'author.you': 'You',
  'author.agent': 'Support',
  'author.system': '{store}',
  'message.sending': 'Sending…',
  'message.sent': 'Sent',
  'message.failed': 'Not sent',
  'message.retry': 'Retry',
  'message.resolved': 'This conversation was marked as resolved.',
  'typing.agent': '{name} is typing…',
  'composer.label': 'Message',
  'composer.placeholder': 'Write a message…',
  'composer.send': 'Send',
  'composer.hint': 'Enter to send, Shift+Enter for a new line',
  'composer.tooLong': 'This message is too long to send.',
  'status.connecting': 'Connecting…',
  'status.offline': 'You are offline. Your messages will be sent when the connection is back.',
} as const

export type MessageKey = keyof typeof en
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
/** What every locale file provides: one entry per key of the English catalog. */
export type Catalog = Record<MessageKey, string | PluralForms>
