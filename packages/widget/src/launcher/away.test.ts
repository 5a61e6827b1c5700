import { laoDateFiguresFormat } from '@attune/core'
import { atom } from 'nanostores'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { inLao, withoutLaoInIntl } from '../testing/chrome-intl.ts'
import type { Away } from '../ui/types.ts'
import { follow, type AwayState, type Clock } from './away.ts'

// Monday 30 November 2026, 22:00 in Bangkok (15:00Z); times are read in the shopper's zone.
const NOW = Date.parse('2026-11-30T15:00:00Z')
const BANGKOK = 'Asia/Bangkok'
const nineTomorrow = '2026-12-01T02:00:00Z'
const MINUTE = 60_000

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

/**
 * A shopper's page at `now` in `zone` (its time zone, as Intl's and Date's: Node takes a new TZ at
 * once). Date is Vitest's fake, read by the clock the notice follows.
 */
function pageAt(now: number, zone = BANGKOK) {
  vi.stubEnv('TZ', zone)
  vi.useFakeTimers({ now, toFake: ['Date'] })
}

/** What the launcher and the panel say for the launcher's answer, on a page at `now` that no timer moves. */
function says(
  state: AwayState,
  { now = NOW, zone = BANGKOK, datesFor }: { now?: number; zone?: string; datesFor?: Parameters<typeof follow>[5] } = {},
) {
  pageAt(now, zone)
  const $away = atom<((locale: string) => Away) | undefined>()
  follow(state, $away, atom(undefined), () => {}, { now: () => Date.now(), later: () => () => {} }, datesFor)
  return (locale: string) => $away.get()!(locale)
}

/** The launcher's line in a language when the store is closed until `next`. */
const line = (next: string, locale = 'en', zone?: string) => says({ open: false, next }, { zone })(locale).line

describe('when the store is back', () => {
  it('says today, tomorrow, a weekday within the week, else a date', () => {
    expect(line('2026-11-30T16:30:00Z')).toBe("We're away — back today at 11:30 PM")
    expect(line(nineTomorrow)).toBe("We're away — back tomorrow at 9:00 AM")
    expect(line('2026-12-03T02:00:00Z')).toBe("We're away — back on Thursday at 9:00 AM")
    expect(line('2026-12-10T02:00:00Z')).toBe("We're away — back on December 10 at 9:00 AM")
  })

  it("uses the shopper's own time zone: the same instant is tonight in New York and tomorrow morning in Bangkok", () => {
    expect(line(nineTomorrow, 'en', 'America/New_York')).toBe("We're away — back today at 9:00 PM")
    expect(line(nineTomorrow, 'en', BANGKOK)).toBe("We're away — back tomorrow at 9:00 AM")
  })

  it('counts calendar days across a daylight-saving change, not 24 hours each', () => {
    // Saturday 7 March 2026, 22:00 in New York; the clocks go forward that night, so Monday's
    // midnight is 47 hours after Saturday's.
    const monday = says({ open: false, next: '2026-03-09T13:00:00Z' }, { now: Date.parse('2026-03-08T03:00:00Z'), zone: 'America/New_York' })
    expect(monday('en').line).toBe("We're away — back on Monday at 9:00 AM")
  })

  it("speaks the shopper's language", () => {
    expect(line(nineTomorrow, 'th')).toBe('ทีมงานไม่อยู่ — กลับมาพรุ่งนี้ เวลา 9:00 น.')
    expect(line('2026-12-03T02:00:00Z', 'fil')).toBe('Wala po kami ngayon — babalik sa Huwebes ng 9:00 AM')
    expect(line('2026-12-03T02:00:00Z', 'lo')).toBe('ທີມງານບໍ່ຢູ່ — ກັບມາ ວັນພະຫັດ ເວລາ 9:00')
  })

  it("says one o'clock with a singular article in Spanish and Portuguese, on any clock", () => {
    // 13:00 and 1:00 in Bangkok (06:00Z, 18:00Z): Mexico's 12-hour clock says both as "1:00".
    expect(line('2026-12-01T06:00:00Z', 'es-MX')).toBe('Ahora no estamos — volvemos mañana a la 1:00 p.m.')
    expect(line('2026-12-01T06:00:00Z', 'es-ES')).toBe('Ahora no estamos — volvemos mañana a las 13:00')
    expect(line('2026-11-30T18:00:00Z', 'es-ES')).toBe('Ahora no estamos — volvemos mañana a la 1:00')
    expect(line('2026-11-30T18:00:00Z', 'pt-BR')).toBe('Estamos offline — voltamos amanhã à 1:00')
    expect(line('2026-12-03T06:00:00Z', 'pt-BR')).toBe('Estamos offline — voltamos quinta-feira às 13:00')
    expect(line('2026-12-03T04:00:00Z', 'es-MX')).toBe('Ahora no estamos — volvemos el jueves a las 11:00 a.m.')
  })
})

describe("the launcher's line and the panel's notice", () => {
  it('the line names when the store is back, or only that nobody is there', () => {
    expect(line(nineTomorrow)).toBe("We're away — back tomorrow at 9:00 AM")
    expect(says({ open: false })('en').line).toBe("We're away")
  })

  it('the notice says nobody is there, when the store is back, and how soon it usually replies', () => {
    expect(says({ open: false, next: nineTomorrow, replyTime: 'hour' })('en').notice).toBe(
      "We're away right now. We're back tomorrow at 9:00 AM. We usually reply within an hour.",
    )
  })

  it('says only what is known: within the hours there is no "back"', () => {
    expect(says({ open: true, next: nineTomorrow, replyTime: 'day' })('en').notice).toBe("We're away right now. We usually reply within a day.")
    expect(says({ open: false })('en').notice).toBe("We're away right now.")
  })

  it('speaks Thai as a shop sign does, right in every store’s voice', () => {
    expect(says({ open: false, next: nineTomorrow, replyTime: 'hour' })('th').notice).toBe(
      'ตอนนี้ทีมงานไม่อยู่ ทีมงานจะกลับมาพรุ่งนี้ เวลา 9:00 น. ปกติเราตอบกลับภายใน 1 ชั่วโมง',
    )
  })

  it('runs Chinese sentences together, as written', () => {
    expect(says({ open: true, replyTime: 'hours' })('zh-CN').notice).toBe('我们现在不在线。我们通常几小时内回复。')
  })
})

// Lao's own ICU, Node's: what the notice must write where the browser has none.

describe('where the browser has no Lao (Chrome)', () => {
  withoutLaoInIntl()

  it("says when in Lao with its catalog's dates: figures and the 24-hour clock, as Lao's ICU writes them", async () => {
    const inLaoLine = async (next: string) => {
      const say = says({ open: false, next }, { datesFor: () => Promise.resolve(laoDateFiguresFormat) })
      say('lo') // asks for the catalog's dates
      await Promise.resolve()
      return say('lo').line.replace('ທີມງານບໍ່ຢູ່ — ກັບມາ ', '')
    }
    const at = (options: Intl.DateTimeFormatOptions) => ({ ...options, timeZone: BANGKOK })
    const withoutDates = says({ open: false, next: nineTomorrow }, { datesFor: () => undefined })
    expect(withoutDates('lo').line).toBe('ທີມງານບໍ່ຢູ່ — ກັບມາ ມື້ອື່ນ ເວລາ 9:00 AM') // what Chrome wrote
    expect(await inLaoLine(nineTomorrow)).toBe('ມື້ອື່ນ ເວລາ 9:00')
    expect(await inLaoLine('2026-11-30T16:30:00Z')).toBe(`ມື້ນີ້ ເວລາ ${inLao('2026-11-30T16:30:00Z', at({ hour: 'numeric', minute: '2-digit' }))}`)
    expect(await inLaoLine('2026-12-03T02:00:00Z')).toBe(`${inLao('2026-12-03T02:00:00Z', at({ day: 'numeric', month: 'numeric' }))} ເວລາ 9:00`)
    expect(await inLaoLine('2026-12-10T02:00:00Z')).toBe('10/12 ເວລາ 9:00')
  })

  it('says when the store is back once the Lao catalog brings its dates, and never with English days before', async () => {
    pageAt(NOW)
    const state = { open: false, next: '2026-12-03T02:00:00Z' }
    const $away = atom<((locale: string) => Away) | undefined>()
    follow(state, $away, atom(undefined), () => {}, { now: () => NOW, later: () => () => {} })
    expect($away.get()!('lo')).toMatchObject({ line: 'ຕອນນີ້ທີມງານບໍ່ຢູ່', notice: 'ຕອນນີ້ທີມງານບໍ່ຢູ່ເຈົ້າ' })
    // A language Intl has says it at once.
    expect($away.get()!('en').line).toBe("We're away — back on Thursday at 9:00 AM")

    const drawn = vi.fn()
    $away.listen(drawn)
    await vi.waitFor(() => expect(drawn).toHaveBeenCalled())
    const when = `${inLao(state.next, { day: 'numeric', month: 'numeric' })} ເວລາ ${inLao(state.next, { hour: 'numeric', minute: '2-digit' })}`
    expect($away.get()!('lo')).toMatchObject({ line: `ທີມງານບໍ່ຢູ່ — ກັບມາ ${when}`, notice: `ຕອນນີ້ທີມງານບໍ່ຢູ່ເຈົ້າ ທີມງານຈະກັບມາ ${when}` })
  })
})

describe('following the answer while the tab stays open', () => {
  // Closed until Tuesday 1 December 2026, 9:00 in Bangkok, where the shopper is.
  const closedTillNine = { open: false, next: nineTomorrow }

  /**
   * A shopper in Bangkok at `at`, on a clock the test moves: `passTime` runs the timers that fall
   * due, each at its moment, as a page awake does; `sleep` runs none, as a laptop with its lid
   * closed, until `wake`.
   */
  function shopperAt(at: string) {
    pageAt(Date.parse(at))
    const timers = new Set<{ at: number; task: () => void }>()
    const wakes = new Set<() => void>()
    const earliest = (until: number) => [...timers].filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0]
    const clock: Clock = {
      now: () => Date.now(),
      later(task, ms) {
        const timer = { at: Date.now() + ms, task }
        timers.add(timer)
        return () => timers.delete(timer)
      },
      woke(task) {
        wakes.add(task)
        return () => wakes.delete(task)
      },
    }
    const $away = atom<((locale: string) => Away) | undefined>()
    /** Each line the launcher drew, as it draws one: when `$away` tells it to. */
    const drawn: (string | undefined)[] = []
    $away.listen((say) => drawn.push(say?.('en').line))
    const askAgain = vi.fn()
    const stop = follow(closedTillNine, $away, atom(undefined), askAgain, clock)
    return {
      drawn,
      askAgain,
      stop,
      passTime(ms: number) {
        const until = Date.now() + ms
        for (let next = earliest(until); next; next = earliest(until)) {
          timers.delete(next)
          vi.setSystemTime(next.at)
          next.task()
        }
        vi.setSystemTime(until)
      },
      sleep: (ms: number) => vi.setSystemTime(Date.now() + ms),
      wake: () => [...wakes].forEach((task) => task()),
      /** Timers and wake listeners still there. */
      following: () => timers.size + wakes.size,
    }
  }

  it('"back tomorrow at 9:00", read at 23:50, says "today at 9:00" past midnight in the shopper\'s time zone', () => {
    const shopper = shopperAt('2026-11-30T16:50:00Z')
    expect(shopper.drawn.at(-1)).toBe("We're away — back tomorrow at 9:00 AM")
    shopper.passTime(20 * MINUTE)
    expect(shopper.drawn.at(-1)).toBe("We're away — back today at 9:00 AM")
    expect(shopper.askAgain).not.toHaveBeenCalled()
  })

  it('a laptop closed at 23:50 and opened at 00:30 says "today" at once, not when its late timer fires', () => {
    const shopper = shopperAt('2026-11-30T16:50:00Z')
    shopper.sleep(40 * MINUTE)
    expect(shopper.drawn.at(-1)).toBe("We're away — back tomorrow at 9:00 AM")
    shopper.wake()
    expect(shopper.drawn.at(-1)).toBe("We're away — back today at 9:00 AM")
    expect(shopper.askAgain).not.toHaveBeenCalled()
  })

  it('a laptop closed at 18:00 and opened at 9:30 asks again on waking: nobody reads "back at 9:00" at 9:30', () => {
    const shopper = shopperAt('2026-11-30T11:00:00Z')
    shopper.sleep((15 * 60 + 30) * MINUTE)
    expect(shopper.askAgain).not.toHaveBeenCalled()
    shopper.wake()
    expect(shopper.askAgain).toHaveBeenCalledOnce()
  })

  it('follows day after day until the moment comes, asks again then, and does nothing once stopped', () => {
    const shopper = shopperAt('2026-11-28T11:00:00Z')
    expect(shopper.drawn.at(-1)).toBe("We're away — back on Tuesday at 9:00 AM")
    shopper.passTime(24 * 60 * MINUTE)
    expect(shopper.drawn.at(-1)).toBe("We're away — back on Tuesday at 9:00 AM")
    shopper.passTime(24 * 60 * MINUTE)
    expect(shopper.drawn.at(-1)).toBe("We're away — back tomorrow at 9:00 AM")
    shopper.passTime(14 * 60 * MINUTE)
    expect(shopper.drawn.at(-1)).toBe("We're away — back today at 9:00 AM")
    shopper.passTime(60 * MINUTE)
    expect(shopper.askAgain).toHaveBeenCalledOnce()
    shopper.stop()
    expect(shopper.following()).toBe(0)
    shopper.passTime(60 * MINUTE)
    shopper.wake()
    expect(shopper.askAgain).toHaveBeenCalledOnce()
  })

  it('on a page, its own events wake it: shown again, back from the back/forward cache, focused, online', () => {
    // The page's clock reads the real time: its words are said again on each wake, and no more once stopped.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const page = new EventTarget()
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page))
    vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page))
    const $away = atom<((locale: string) => Away) | undefined>()
    const draws = vi.fn()
    $away.listen(draws)
    const stop = follow({ open: false, next: new Date(Date.now() + 60 * MINUTE).toISOString() }, $away, atom(undefined), () => {})
    draws.mockClear()
    for (const wake of ['visibilitychange', 'pageshow', 'focus', 'online']) page.dispatchEvent(new Event(wake))
    expect(draws).toHaveBeenCalledTimes(4)
    stop()
    page.dispatchEvent(new Event('online'))
    expect(draws).toHaveBeenCalledTimes(4)
    expect(vi.getTimerCount()).toBe(0)
  })
})
