// The words a chat reaches later, in English: the reference every other locale matches key for key
// (i18n.test.ts). The during and after check-ins, the follow-up, the notice after a long wait and
// attaching a file: none is needed to open the chat, answer the before card and talk, so they are
// not in the catalog that opening the chat loads (../en.ts) but in a chunk of their own per
// language (later-<code>), which the catalog's module names (`later`) and the panel fetches the
// first time one of those moments comes (ui/later-words.ts).
export const en = {
  'checkin.after.question': 'How are you feeling now?',
  'checkin.during.question': 'Do you feel we understand what you need?',
  'checkin.during.yes': 'Yes',
  'checkin.during.notYet': 'Not yet',
  'checkin.resolved.question': 'Was your question resolved?',
  'resolved.yes': 'Yes',
  'resolved.partly': 'Partly',
  'resolved.no': 'No',
  'checkin.effort.question': '{store} made it easy for me to handle my issue.',
  'checkin.effort.storeFallback': 'The store',
  'effort.1': 'Strongly disagree',
  'effort.2': 'Disagree',
  'effort.3': 'Somewhat disagree',
  'effort.4': 'Neither agree nor disagree',
  'effort.5': 'Somewhat agree',
  'effort.6': 'Agree',
  'effort.7': 'Strongly agree',
  'checkin.comment.label': 'Anything else you would like to tell us? (optional)',
  'checkin.thanks.understood': "Thank you! We're glad we're on the same page.",
  'checkin.thanks.notUnderstood': "Thanks for telling us — we've let the team know.",
  'checkin.thanks.after': 'Thank you for your feedback. Take care!',
  'checkin.follow_up.question': 'How do you feel about it now?',
  'checkin.thanks.follow_up': "Thank you for telling us. We're here whenever you need us.",
  'wait.notice': "Thanks for waiting — someone from our team will reply soon. You can keep browsing; we'll be here.",
  'upload.sending': 'Sending {name}…',
  'upload.tooLarge': '{name} is too big to send. Files can be up to {max}.',
  'upload.wrongType': "{name} can't be sent here. Try a photo, a PDF or a text file.",
  'upload.failed': "{name} couldn't be sent. Please try again.",
} as const

export type LaterKey = keyof typeof en
/** What every locale's file provides: one text per key of the English file, no more, no less. */
export type LaterWords = Record<LaterKey, string>
