import type { Widen } from './widen.ts'

/** The Settings page's words, in English; they travel with its lazy chunk (see en-insights.ts). */
export const enSettings = {
  title: 'Settings',
  loading: 'Loading settings…',
  failed: 'Settings could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  checkIns: 'Check-ins',
  checkInsHint: 'When Attune asks shoppers how they feel. Each moment can be switched off.',
  before: 'Ask before the chat',
  during: 'Ask during the chat',
  after: 'Ask after the chat',
  waitSeconds: 'Ask during the chat after a wait of (seconds)',
  longChatMessages: 'Long chat (shopper messages)',
  minSecondsBetweenAutoCheckIns: 'At most one automatic check-in every (seconds)',
  quietStartSeconds: 'No check-in in the first (seconds)',
  signalThreshold: 'Ask when the signal is',
  effortItem: 'Ask the effort question after the chat',
  topics: 'Topics (comma-separated ids)',
  topicsHint: 'Lowercase ids such as order, returns; at most 20. Leave empty to not ask.',
  retentionDays: 'Keep check-in answers for (days)',
  complaintAlerts: 'Alert managers when a shopper threatens a public complaint',
  save: 'Save settings',
  saving: 'Saving…',
  saved: 'Saved.',
  invalid: 'The settings were not saved. Fix these and save again:',
  issue: {
    range: (min: number, max: number) => `Use a whole number from ${min} to ${max}.`,
    wholeNumber: 'Use a whole number.',
    topic: (n: number, id: string) => `Topic ${n} ("${id}") must be a lowercase id (a-z, 0-9, _ or -), listed once.`,
    tooManyTopics: 'Use at most 20 topics.',
  },
  saveFailed: {
    unauthorized: 'The settings were not saved: your session may have ended. Sign in again.',
    network: 'The settings were not saved: cannot reach the server. Try again.',
    server: 'The settings were not saved: something went wrong on the server. Try again.',
  },
} as const

export type SettingsMessages = Widen<typeof enSettings>
