// Leaving an email when nobody is there, and the transcript at the end of a chat (issue 15), in
// English: the reference every other locale matches key for key (mail-words.test.ts). They come
// with the cards' own chunk (mail-*.js), fetched only when a card shows.
export const en = {
  ask: 'Leave your email and we’ll let you know when we reply.',
  label: 'Email',
  send: 'Notify me',
  skip: 'No thanks',
  invalid: 'Please enter a valid email address.',
  saved: 'Thanks! We’ll email {email} when we reply.',
  failed: 'That didn’t work. Please try again.',
  transcript: 'Keep a copy of this chat',
  download: 'Download (.txt)',
  downloadFailed: 'The download didn’t work. Please try again.',
  emailCopy: 'Email me a copy',
  copySent: 'A copy is on its way to your inbox.',
}

export type MailWords = typeof en
