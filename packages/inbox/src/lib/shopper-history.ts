import { historyDigest, type HistoryDigest } from '@attune/empathy'
import type { EarlierChat, Mood, ShopperHistoryResponse } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'
import type { HistoryMessages } from '../i18n/en-history.ts'
import { reasonLabel, topicLabel } from './empathy-card.ts'
import { isMood, moodLabel } from './mood.ts'
import { dateFormat } from './intl-locale.ts'
import { hrefFor } from './route.ts'

type HistoryText = HistoryMessages['history']
/** Plural forms as the catalog holds them: `=N` exact numbers, else CLDR categories, `other` always. */
type Forms = { readonly other: string } & { readonly [form: string]: string | undefined }

/**
 * The form for `n` (an exact match first, as ICU MessageFormat does) with `{name}` filled in from
 * `values`; `{n}` is `n` unless `values` says otherwise.
 */
export function plural(forms: Forms, n: number, rules: Intl.PluralRules, values: Record<string, string | number> = {}): string {
  const form = forms[`=${n}`] ?? forms[rules.select(n)] ?? forms.other
  const filled: Record<string, string | number> = { n, ...values }
  return form.replace(/\{(\w+)\}/g, (whole, name: string) => String(filled[name] ?? whole))
}

/**
 * The card's one line about a shopper's earlier chats, from the catalog's parts: "First chat with
 * the store", or "3 chats, upset twice about delivery, left happy each time".
 */
export function historySummary(digest: HistoryDigest, scope: ShopperHistoryResponse['scope'], t: HistoryText): string {
  if (digest.chats === 0) return scope === 'device' ? t.firstDevice : t.first
  const rules = new Intl.PluralRules(t.locale)
  const parts = [plural(t.chats, digest.chats, rules)]
  if (digest.upset > 0) {
    const about = digest.about ? t.about[digest.about.id] : undefined
    parts.push(about ? plural(t.upsetAbout, digest.upset, rules, { about }) : plural(t.upset, digest.upset, rules))
  }
  if (digest.answeredAfter > 0) parts.push(endings(digest, rules, t))
  return t.summary(parts)
}

function endings({ leftHappy, answeredAfter }: HistoryDigest, rules: Intl.PluralRules, t: HistoryText): string {
  if (leftHappy === answeredAfter) return plural(t.leftHappyAll, answeredAfter, rules)
  if (leftHappy === 0) return plural(t.leftHappyNone, answeredAfter, rules)
  return plural(t.leftHappySome, answeredAfter, rules, { n: leftHappy, total: answeredAfter })
}

/** One earlier chat as the card lists it. */
interface EarlierChatView {
  id: string
  /** Opens that chat (issue 14), a resolved one read-only, as Insights' links do. */
  href: string
  date: string
  /** `datetime` of the <time> element. */
  iso: string
  before: Mood | null
  after: Mood | null
  /** "12 Nov 2026: from upset to good", for screen readers. */
  spoken: string
  from: string
  to: string
  /** Topic, reason and whether it was resolved, those known. */
  facts: string[]
}

export interface HistoryView {
  title: string
  summary: string
  /** "Latest 10 of 12" when the list is cut short. */
  more: string | null
  chats: EarlierChatView[]
}

/** The view of `history`, in the words of `t` and of the card's catalog (moods, topics, reasons). */
export function toHistoryView(history: ShopperHistoryResponse, messages: InboxMessages, t: HistoryText): HistoryView {
  const dates = dateFormat(messages, { dateStyle: 'medium' })
  const mood = (m: Mood | null) => (m === null ? t.noMood : moodLabel(m, messages.mood))
  const digest = historyDigest(history.chats.map((c) => ({ ...c, moodBefore: asMood(c.moodBefore), moodAfter: asMood(c.moodAfter) })))
  const shown = history.chats.length
  return {
    title: history.scope === 'device' ? t.titleDevice : t.title,
    summary: historySummary(digest, history.scope, t),
    more: history.total > shown ? t.latest(shown, history.total) : null,
    chats: history.chats.map((chat) => {
      const date = dates.format(new Date(chat.startedAt))
      const before = asMood(chat.moodBefore)
      const after = asMood(chat.moodAfter)
      return {
        id: chat.id,
        href: hrefFor({ page: 'conversations', conversation: chat.id }),
        date,
        iso: chat.startedAt,
        before,
        after,
        spoken: t.moods(date, mood(before), mood(after)),
        from: mood(before),
        to: mood(after),
        facts: chatFacts(chat, messages, t),
      }
    }),
  }
}

function chatFacts(chat: EarlierChat, messages: InboxMessages, t: HistoryText): string[] {
  const facts = [topicLabel(chat.topic, messages), reasonLabel(chat.reason, messages)]
  if (chat.resolved) facts.push(t.resolved[chat.resolved])
  return facts.filter((f): f is string => f !== null)
}

const asMood = (value: unknown): Mood | null => (isMood(value) ? value : null)
