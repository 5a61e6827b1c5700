/**
 * Business hours' words (issue 15), in English; they travel with the Store page's chunk, never
 * with the first screen.
 */
export const enHours = {
  title: 'Business hours',
  hint: 'Outside these hours, or when nobody is online, the chat tells shoppers you are away and when you are back. They can still write.',
  enabled: 'Use business hours',
  enabledHint: 'Off: the chat never says the store is closed, only whether someone is online.',
  timeZone: 'Time zone',
  weekly: 'Opening hours',
  days: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  closed: 'Closed',
  opens: 'Opens',
  closes: 'Closes',
  /** Said after "Opens"/"Closes" to screen readers: which day and which of its ranges. */
  rangeOf: (day: string, n: number) => `${day}, hours ${n}`,
  midnightHint: 'A range closing at 00:00 closes at midnight; a night past midnight is two ranges.',
  addRange: 'Add hours',
  addRangeTo: (day: string) => `to ${day}`,
  removeRange: 'Remove',
  removeRangeWhich: (day: string, start: string, end: string) => `${day} ${start}–${end}`,
  closures: 'Holidays and closures',
  closuresHint: 'Whole days, in the store’s time zone.',
  noClosures: 'None planned.',
  closure: (from: string, to: string | undefined, label: string | undefined) =>
    `${to && to !== from ? `${from} to ${to}` : from}${label ? ` — ${label}` : ''}`,
  from: 'From',
  to: 'To (optional, for several days)',
  label: 'Label (optional)',
  addClosure: 'Add closure',
  removeClosure: 'Remove',
  replyTime: 'Typical reply time',
  replyTimes: { none: 'Do not say', minutes: 'Within minutes', hour: 'Within an hour', hours: 'Within a few hours', day: 'Within a day' },
  save: 'Save business hours',
  saving: 'Saving…',
  saved: 'Business hours saved.',
  loadFailed: 'The business hours could not be loaded. Reload the page to try again.',
  /** A refused field, named as the form shows it. */
  refused: (where: string, why: string) => `${where}: ${why}`,
  where: {
    timeZone: 'Time zone',
    closure: (n: number) => `Closure ${n}`,
    replyTime: 'Typical reply time',
  },
}

export type HoursMessages = typeof enHours
