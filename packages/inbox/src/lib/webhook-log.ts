import type { WebhookAttempt } from '@attune/protocol'
import type { enWebhooks } from '../i18n/en-webhooks.ts'
import { dateFormat, type DateLanguage } from './intl-locale.ts'

type Words = typeof enWebhooks

/** One line of the delivery log as the table shows it. */
export type LogRow = {
  id: string
  at: string
  event: string
  endpoint: string
  attempt: number
  result: string
  /** Delivered (a 2xx): the table marks failures apart, in words as well as colour. */
  ok: boolean
  duration: string
  next: string
}

const when = (iso: string, language: DateLanguage, timeZone?: string) =>
  dateFormat(language, { dateStyle: 'short', timeStyle: 'medium', timeZone }).format(new Date(iso))

/** A try as the log's row: the status or why there was none, and when the next try is due. */
export function logRow(attempt: WebhookAttempt, t: Words, language: DateLanguage = { locale: 'en' }, timeZone?: string): LogRow {
  const ok = attempt.status !== null && attempt.status >= 200 && attempt.status < 300
  const result = attempt.status === null ? t.unanswered(attempt.error ?? '') : ok ? t.delivered(attempt.status) : t.refused(attempt.status)
  const event = attempt.event in t.events ? t.events[attempt.event as keyof Words['events']] : t.testEvent
  return {
    id: attempt.id,
    at: when(attempt.at, language, timeZone),
    event,
    endpoint: attempt.url,
    attempt: attempt.attempt,
    result,
    ok,
    duration: t.duration(attempt.durationMs),
    next: attempt.retryAt ? when(attempt.retryAt, language, timeZone) : ok ? t.noRetry : t.gaveUp,
  }
}
