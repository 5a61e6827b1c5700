import type { ChatClient, DateFormatter, FigureOptions, ThaiVoice } from '@attune/core'
import type { Translate } from '../i18n/t.ts'

/** The part of core's ChatClient the UI uses: stores to read, actions to call. Never the transport. */
export type WidgetClient = Pick<
  ChatClient,
  | '$status'
  | '$timeline'
  | '$hasOlder'
  | '$unread'
  | '$agentTyping'
  | '$site'
  | '$checkIn'
  | '$awaitingReply'
  | '$agentsOnline'
  | '$toldUs'
  | 'dismissToldUs'
  | 'mail'
  | 'connect'
  | 'openChat'
  | 'answerCheckIn'
  | 'skipCheckIn'
  | 'endChat'
  | 'send'
  | 'upload'
  | 'retry'
  | 'loadOlder'
  | 'markRead'
  | 'setTyping'
  | 'setPage'
  | 'update'
  | 'identify'
  | 'destroy'
>

/**
 * The store when the launcher's answer said nobody can answer now (issue 15): whether it is within
 * its hours, and the away chunk's notice ("We're back tomorrow at 9:00").
 */
export interface Away {
  open: boolean
  /** The launcher's short line: "We're away — back tomorrow at 9:00". */
  line: string
  notice: string
}

/** Moments a page may switch off (boot option `checkIns`), passed through `openChat`. */
export type CheckInMoments = { before?: boolean; during?: boolean; after?: boolean }

export interface I18n {
  t: Translate
  /** The BCP 47 tag for Intl formatting. */
  locale: string
  /** Which catalog ("th"): the panel's texts say it, so later words come in the same language (later-words.ts). */
  code?: string | undefined
  dir: 'ltr' | 'rtl'
  /**
   * These texts in the store's Thai voice (issue 16, i18n/voice.ts). Only the Thai catalog's chunk
   * brings it, so a shopper who reads another language never downloads it (i18n/catalogs.ts).
   */
  voiced?: ((i18n: I18n, voice: ThaiVoice | undefined) => I18n) | undefined
  /** Puts a text from outside the catalog (a chunk's own words) in the same voice; set by `voiced`. */
  speak?: ((text: string) => string) | undefined
  /**
   * Dates and times in this language where the browser has no data for it (else undefined), in
   * place of `new Intl.DateTimeFormat(locale, options)`: Chrome's ICU leaves Lao out and writes
   * English ("Sunday, December 6", "7:50 AM"). Only the Lao catalog's chunk brings it (i18n/lo.ts),
   * in figures ("6/12", "7:50"), so the chat asks only for what figures can write.
   */
  dates?: DateFormatter<FigureOptions> | undefined
}

/** Platform seams the UI reads (STYLE.md point 3): injected, so tests control them. */
export interface Platform {
  /** The time now, ms since the epoch. */
  now: () => number
  /** What `openChat` tells the agent about the page, e.g. origin + path. */
  page: () => string
  /** The Attune server, to resolve attachment URLs against. */
  server: string
}
