// "We're away — back tomorrow at 9:00" (issue 15): the away chunk (away-*.js), fetched only when
// the launcher's answer says nobody can answer now. It brings every language's words and its own
// rules (the launcher's grey dot and short line), so a shopper with someone there pays nothing.
import type { DateFormatter, FigureOptions, LauncherResponse } from '@attune/core'
import type { ReadableAtom, WritableAtom } from 'nanostores'
import type { Away, WidgetClient } from '../ui/types.ts'
import { loadCatalog, matchLocale } from '../i18n/catalogs.ts'
import { fill } from '../i18n/t.ts'
import { AWAY_WORDS, type AwayWords } from '../i18n/away/index.ts'

/**
 * A grey dot on the launcher and its short line beside it, away from the page's edge (physical
 * sides: `.left`/`.right` place the launcher against one). The line is drawn from the button's
 * `data-away`, which the accessible name repeats (WCAG 2.5.3), so the drawing is hidden from it.
 * Colours with alpha are in hex, as drawn (8 bits of alpha): fewer bytes than `rgb(… / .4)`.
 */
export const css =
  '.launcher[data-away]::after{content:"";position:absolute;bottom:0;inset-inline-end:0;width:14px;height:14px;border:2px solid #fff;border-radius:50%;background:#6b7280}' +
  '.launcher[data-away]::before{content:attr(data-away);position:absolute;top:50%;transform:translateY(-50%);inset-inline-end:calc(100% + 10px);width:max-content;max-width:min(240px,100vw - 120px);padding:6px 12px;border:1px solid #7f7f7f66;border-radius:12px;background:var(--a-bg);color:var(--a-text);box-shadow:0 2px 8px #0f172a29;font-size:14px;font-weight:400;line-height:1.35;text-align:start}' +
  '.left .launcher[data-away]::before{left:calc(100% + 10px);right:auto}.right .launcher[data-away]::before{right:calc(100% + 10px);left:auto}' +
  // The panel's presence dot keeps its size beside the longer away notice.
  '.presence::before{flex:none}'

/** What the launcher's answer says about the store now. */
export type AwayState = Pick<LauncherResponse, 'open' | 'next' | 'replyTime'>

const wordsFor = (locale: string): AwayWords => AWAY_WORDS[matchLocale(locale)?.code ?? 'en'] ?? AWAY_WORDS.en!

/**
 * The start of the day `days` after the one `at` falls on, in the shopper's time zone (the page's,
 * as Intl's): whenText counts the days to the store's opening in these, and follow says its words
 * again at each.
 */
const midnight = (at: number, days = 0) => new Date(at).setHours(24 * days, 0, 0, 0)

/** A language's dates where the browser has none for it (Lao in Chrome): its catalog's, in figures. */
type Dates = DateFormatter<FigureOptions> | undefined

/**
 * When the store opens, in the shopper's own time zone and language: "today at 9:00", "tomorrow
 * at 9:00", "on Monday at 9:00" within the week, else "on December 14 at 9:00". Intl words the
 * weekday, date and time, or `dates` where the browser has no data for the language; today and
 * tomorrow are ours (Lao lacks them in browsers' Intl). One o'clock, by Intl's "1:00" or "1:00 p.m.",
 * takes the sentences a language writes for it (`atOne`).
 */
function whenText(next: string, now: number, locale: string, dates: Dates): string {
  const at = Date.parse(next)
  const words = wordsFor(locale)
  const format = (options: FigureOptions) => (dates?.(options) ?? new Intl.DateTimeFormat(locale, options)).format(at)
  // A day with a daylight-saving change is an hour longer or shorter.
  const days = Math.round((midnight(at) - midnight(now)) / 86_400_000)
  const day = format(days < 7 ? { weekday: 'long' } : { month: 'long', day: 'numeric' })
  const time = format({ hour: 'numeric', minute: '2-digit' })
  const said = /^1\D/.test(time) ? { ...words, ...words.atOne } : words
  return fill(days < 1 ? said.today : days < 2 ? said.tomorrow : said.on, { day, time })
}

/** The launcher's short line: "We're away — back tomorrow at 9:00", or "We're away" when `when` goes unsaid. */
function awayLine(when: string | null, locale: string): string {
  const words = wordsFor(locale)
  return when ? fill(words.line, { when }) : words.short
}

/**
 * The panel's notice: "We're away right now. We're back tomorrow at 9:00. We usually reply
 * within an hour." Only what is known is said.
 */
function awayNotice(state: AwayState, when: string | null, locale: string): string {
  const words = wordsFor(locale)
  const parts = [words.notice]
  if (!state.open && when) parts.push(fill(words.back, { when }))
  if (state.replyTime) parts.push(words[state.replyTime])
  // Chinese and Japanese sentences end in 。 and follow each other without a space.
  return parts.join(/^(zh|ja)/.test(locale) ? '' : ' ')
}

/**
 * What the launcher and the panel say at `now`, in the shopper's language. `dates` are its catalog's
 * where the browser has none for it, null while they come: until then when the store is back goes
 * unsaid, rather than said with English days in a Lao line.
 */
function away(state: AwayState, locale: string, dates: Dates | null, now: number): Away {
  const when = state.next && dates !== null ? whenText(state.next, now, locale, dates) : null
  return { open: state.open, line: awayLine(when, locale), notice: awayNotice(state, when, locale) }
}

/**
 * The dates of a language the browser has no data for, from its catalog (Lao's, i18n/lo.ts; the
 * panel fetches it anyway once the shopper shows intent); undefined where Intl has the language.
 */
const catalogDates = (locale: string): Promise<Dates> | undefined =>
  Intl.DateTimeFormat.supportedLocalesOf(locale).length ? undefined : loadCatalog(matchLocale(locale)?.code ?? 'en').then((catalog) => catalog.dates)

/** The clock the notice follows: a seam, so tests move time without timers (STYLE.md point 3). */
export interface Clock {
  now(): number
  /** Runs `task` in `ms` milliseconds; returns a function that cancels it. */
  later(task: () => void, ms: number): () => void
  /**
   * Runs `task` each time the page may be waking from a sleep, when its timers may be late by the
   * whole sleep; returns a function that stops it. A clock without it only has its timers.
   */
  woke?(task: () => void): () => void
}

/**
 * The page's events that follow a sleep: shown again, back from the back/forward cache, focused, or
 * online again (Wi-Fi comes back a moment after the lid opens). `visibilitychange` reaches the
 * window from the document (it bubbles), on the way to hidden too, where a check is harmless.
 */
const WAKES = ['visibilitychange', 'pageshow', 'focus', 'online']

const pageClock: Clock = {
  now: Date.now,
  later(task, ms) {
    const timer = setTimeout(task, ms)
    return () => clearTimeout(timer)
  },
  woke(task) {
    WAKES.forEach((name) => addEventListener(name, task))
    return () => WAKES.forEach((name) => removeEventListener(name, task))
  },
}

/**
 * How long a launcher's answer may come from a cache (its `Cache-Control: max-age=60`,
 * packages/server/src/http/hours-api.ts): one that announces a moment already past is such a copy,
 * and the question asked again sooner would only hear the same copy.
 */
const CACHED_FOR = 60_000

/**
 * Says "we're away" for as long as the launcher's answer holds, and no longer. When the moment it
 * announces passes (the store opens at 9:00), the question is asked again, so a shopper who came
 * at 8:55 does not read "back at 9:00" at 9:10, nor one who closed the lid at 18:00 and opens it
 * at 9:30; and at midnight the words are said again, so "tomorrow at 9:00", read at 23:50, is
 * "today at 9:00" at 00:10. Within the store's hours the answer said nobody was online: the
 * connected client's count of agents online is fresher, and one online takes the notice off.
 * Outside the hours the sign on the door stands, agents or not (decision 018). The words go on
 * `$away` (the controller's, which the launcher and the panel draw); `$client` is the shopper's
 * client once there is one; `askAgain` asks the launcher's question again. Returns a function that
 * stops following.
 */
export function follow(
  state: AwayState,
  $away: WritableAtom<((locale: string) => Away) | undefined>,
  $client: ReadableAtom<Pick<WidgetClient, '$agentsOnline'> | undefined>,
  askAgain: () => void,
  clock = pageClock,
  datesFor = catalogDates,
): () => void {
  // A language the browser has no dates for (Lao in Chrome) waits for its catalog's (null while
  // they come), then the launcher and the panel are drawn again. Neither chunk coming (loadCatalog
  // falls back to English's first) leaves the notice without the day.
  const dates: Record<string, Dates | null> = {}
  const says = (locale: string) => {
    if (!(locale in dates)) {
      const coming = datesFor(locale)
      dates[locale] = coming && null
      coming?.then(
        (loaded) => ((dates[locale] = loaded), $away.notify()),
        () => {},
      )
    }
    return away(state, locale, dates[locale], clock.now())
  }
  const stops: (() => void)[] = []
  stops.push(
    $client.subscribe((client) => {
      if (client) stops.push(client.$agentsOnline.subscribe((count) => $away.set(state.open && count ? undefined : says)))
      else $away.set(says)
    }),
  )
  if (state.next) {
    // The answer holds until the moment it announces, and no fresher one comes before its copy is stale.
    const due = Math.max(Date.parse(state.next), clock.now() + CACHED_FOR)
    let wait = () => {}
    // Asks again once `due` has passed; until then says the words again and waits for the next
    // midnight (the shopper's, as whenText's days are) or `due`, whichever comes first. A wake runs
    // it too: a timer sleeps with the machine and may fire late by the whole sleep.
    const check = () => {
      wait()
      const now = clock.now()
      if (now < due) {
        $away.notify()
        wait = clock.later(check, Math.min(due, midnight(now, 1)) - now)
      } else askAgain()
    }
    check()
    stops.push(() => wait())
    if (clock.woke) stops.push(clock.woke(check))
  }
  return () => stops.forEach((stop) => stop())
}
