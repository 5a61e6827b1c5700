import { directionOf, type InboxLanguage, type Role } from '@attune/protocol'
import { INVITE_TTL_MS } from '../accounts/invites.ts'
import { catalogFor, fill, mailWords, type MailWords } from './catalog.ts'
import { INVITE_CATALOG } from './invite-words.ts'
import type { Mail } from './mailer.ts'

/** Text a person wrote, safe inside HTML: a reply saying `<script>` shows as written and runs nowhere. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * A person's words (a name, a message) in HTML, in the direction of their own first letter
 * (decision 045): "Shoes 24/7!" inside an Arabic sentence keeps its "!" at its own end.
 */
const ownDirection = (text: string) => `<span dir="auto">${escapeHtml(text)}</span>`

/** The words for the HTML part: escaped, the store's name in its own direction. */
function htmlWords(language: string | null, store: string): MailWords {
  return catalogFor(language, (text) => fill(escapeHtml(text), { store: ownDirection(store) }))
}

/** A short HTML page around escaped parts; the plain-text part always says the same. */
function page(language: string, paragraphs: string[]): string {
  const lang = escapeHtml(language)
  return `<!doctype html><html lang="${lang}" dir="${directionOf(language)}"><body style="font-family:sans-serif;line-height:1.5">${paragraphs.join('')}</body></html>`
}

const para = (html: string) => `<p>${html}</p>`
// What people wrote takes the direction of its own first letter (decision 045): an Arabic reply in
// an English mail, or an English one in an Arabic mail, reads in its own direction and puts its
// "!" at its own end.
const quote = (text: string) =>
  `<blockquote dir="auto" style="margin:0 0 1em;padding-inline-start:1em;border-inline-start:3px solid #ccc">${escapeHtml(text).replace(/\n/g, '<br>')}</blockquote>`
const link = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`

export type ReplyMailInput = {
  to: string
  store: string
  /** The shopper's language tag, as the widget told the server. */
  language: string | null
  /** The agent replies gathered in this one email, oldest first. */
  replies: string[]
  resumeUrl: string
  unsubscribeUrl: string
}

/** "The store replied": the replies' text, a link that reopens the chat, and one that stops these mails. */
export function replyMail(input: ReplyMailInput): Mail {
  const w = mailWords(input.language, input.store)
  const h = htmlWords(input.language, input.store)
  const text = [
    w.replyIntro,
    '',
    ...input.replies.flatMap((r) => [r, '']),
    `${w.replyOpen}: ${input.resumeUrl}`,
    '',
    `${w.unsubscribeAsk} ${w.unsubscribeLink}: ${input.unsubscribeUrl}`,
  ]
  const html = page(input.language ?? 'en', [
    para(h.replyIntro),
    ...input.replies.map(quote),
    para(link(input.resumeUrl, w.replyOpen)),
    para(`<small>${h.unsubscribeAsk} ${link(input.unsubscribeUrl, w.unsubscribeLink)}</small>`),
  ])
  return { to: input.to, subject: w.replySubject, text: text.join('\n'), html, unsubscribeUrl: input.unsubscribeUrl }
}

export type TranscriptLine = { who: string; text: string; at: string }

/** A transcript's lines as plain text, one "[when] who: what" a line: the email's text part and the widget's chat.txt. */
export const transcriptText = (lines: readonly TranscriptLine[]): string => lines.map((l) => `[${l.at}] ${l.who}: ${l.text}`).join('\n')

/** A copy of the conversation the shopper asked for at the end of a chat. */
export function transcriptMail(input: { to: string; store: string; language: string | null; lines: TranscriptLine[]; unsubscribeUrl: string }): Mail {
  const w = mailWords(input.language, input.store)
  const html = page(input.language ?? 'en', [para(htmlWords(input.language, input.store).transcriptIntro), ...input.lines.map(transcriptLine)])
  return {
    to: input.to,
    subject: w.transcriptSubject,
    text: [w.transcriptIntro, '', transcriptText(input.lines)].join('\n'),
    html,
    unsubscribeUrl: input.unsubscribeUrl,
  }
}

/** A line of a transcript: when and who, small, then the words, each name and message in its own direction. */
const transcriptLine = (line: TranscriptLine) =>
  `<div style="margin:0 0 .75em"><div style="color:#555;font-size:small">${escapeHtml(line.at)} · ${ownDirection(line.who)}</div>` +
  `<div dir="auto" style="white-space:pre-wrap">${escapeHtml(line.text)}</div></div>`

export type InviteMailInput = {
  to: string
  store: string
  inviter: string
  role: Role
  link: string
  /** The inviter's inbox language (team-language.ts): a team writes to a new colleague in its own. */
  language: InboxLanguage
}

const INVITE_HOURS = String(INVITE_TTL_MS / (60 * 60 * 1000))

/** An invitation to join a store's team; the link carries its one-time token in the fragment. */
export function inviteMail(input: InviteMailInput): Mail {
  const words = INVITE_CATALOG[input.language]
  const role = words.roles[input.role]
  const names = { store: input.store, inviter: input.inviter, role }
  const expires = fill(words.expires, { hours: INVITE_HOURS })
  const text = [fill(words.intro, names), '', `${words.accept}: ${input.link}`, '', expires].join('\n')
  const html = page(input.language, [
    para(fill(escapeHtml(words.intro), { store: ownDirection(input.store), inviter: ownDirection(input.inviter), role: escapeHtml(role) })),
    para(link(input.link, words.accept)),
    para(`<small>${escapeHtml(expires)}</small>`),
  ])
  return { to: input.to, subject: fill(words.subject, names), text, html }
}
