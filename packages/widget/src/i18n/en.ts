// English catalog: the reference every other locale must match key for key (the `Catalog` type
// and i18n.test.ts enforce it). A locale is one module like this one, listed in ./catalogs.ts, and
// the words its chats reach later in ./later/ (the during and after check-ins, attaching a file).
// `{name}` is replaced by the matching parameter; an object picks a plural form by `count`
// (Intl.PluralRules categories, `other` required).
import { en as launcher } from './launcher/en.ts'
import type { LaterKey } from './later/en.ts'

export const en = {
  ...launcher,
  'panel.title': 'Chat with {store}',
  'panel.titleFallback': 'Chat with us',
  'panel.hide': 'Hide chat',
  'panel.endChat': 'End chat',
  'panel.greeting': 'Hi! How can we help you today?',
  'log.label': 'Messages',
  'author.you': 'You',
  'author.agent': 'Support',
  'message.sending': 'Sending…',
  'message.sent': 'Sent',
  'message.delivered': 'Delivered',
  'message.read': 'Seen',
  'message.failed': 'Not sent',
  'message.retry': 'Retry',
  'message.resolved': 'This conversation was marked as resolved.',
  'typing.agent': '{name} is typing…',
  'composer.label': 'Message',
  'composer.placeholder': 'Write a message…',
  'composer.send': 'Send',
  'composer.hint': 'Enter to send, Shift+Enter for a new line',
  'composer.tooLong': 'This message is too long to send.',
  'status.offline': 'You are offline. Your messages will be sent when the connection is back.',

  // Check-ins (EMPATHY.md): short, warm, one tap each, always skippable.
  'checkin.announce': 'Quick question: {question}',
  'checkin.skip': 'Skip',
  'checkin.never': "Don't ask me again",
  'checkin.next': 'Next',
  'checkin.send': 'Send',
  'checkin.before.question': 'How are you feeling right now?',
  'checkin.before.why': 'So our team can help you better.',
  'mood.1': 'Very upset',
  'mood.2': 'Upset',
  'mood.3': 'Okay',
  'mood.4': 'Good',
  'mood.5': 'Very happy',
  'checkin.reason.question': "What's behind it?",
  'reason.treatment': 'How I was treated',
  'reason.product': 'The product or service',
  'reason.unreachable': "Couldn't reach anyone",
  'reason.experience': 'The overall experience',
  'reason.other': 'Something else',
  'checkin.topic.question': 'What is it about?',
  'topic.order': 'Order & delivery',
  'topic.product': 'A product',
  'topic.returns': 'Returns & refunds',
  'topic.payment': 'Payment',
  'topic.other': 'Something else',
  'checkin.thanks.before': 'Thank you for telling us. How can we help?',

  // Panel extras: presence, history, files, quick replies, the hidden-tab title.
  'panel.online': "We're online",
  'panel.away': "We'll reply as soon as we can",
  'log.earlier': 'Load earlier messages',
  'composer.attach': 'Attach a file',
  'upload.drop': 'Drop a file here to send it',
  'quickReplies.label': 'Suggested replies',
  'day.today': 'Today',
  'day.yesterday': 'Yesterday',
} as const

/** Every key `t` knows: the catalog's and the later words' (./later/en.ts). */
export type MessageKey = keyof typeof en | LaterKey
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
export type Entry = string | PluralForms
/** What every locale file provides: one entry per key of the English catalog, no more, no less. */
export type Catalog = Record<keyof typeof en, Entry>
/** What the launcher says before the panel: its own small chunk per language (./launcher/). */
export type LauncherWords = Pick<Catalog, keyof typeof launcher>

/** The words this language's chats reach later (./later/en.ts): a chunk of their own. */
export const later = () => import('./later/en.ts')
