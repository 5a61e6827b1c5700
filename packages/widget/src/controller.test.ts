import type { LauncherResponse } from '@attune/core'
import { atom } from 'nanostores'
import { describe, expect, it } from 'vitest'
import { createController, type ControllerSeams } from './controller.ts'
import type { Catalog } from './i18n/en.ts'
import * as awayChunk from './launcher/away.ts'
import type { PanelModule } from './launcher/panel-chunk.ts'
import type { WidgetClient } from './ui/types.ts'

interface Options {
  returning?: boolean
  failFetches?: number
  /** Catalog fetches that fail, as offline. */
  failCatalogs?: number
  given?: boolean
  resuming?: boolean
  answer?: Partial<LauncherResponse>
  /** The answers when the question is asked again, in order (the first answer again when none is left). */
  answersAgain?: Partial<LauncherResponse>[]
  /** The time at load (the clock the away notice follows). */
  now?: number
  /** Languages whose texts wait for `release()`. */
  held?: string[]
  /** Client makings that throw, as with a bad server URL. */
  failMakes?: number
  /** The boot option, the page's `lang`, the browser's languages. */
  languages?: (string | null)[]
}

// The rules run in Node: no DOM; the chunks, the client and the network are stand-ins that log.
function setUp(options: Options = {}) {
  const log: string[] = []
  const idle: (() => void)[] = []
  const said: string[] = []
  /** Texts fetched, apart from `log`: every page load fetches the launcher's words. */
  const fetched: string[] = []
  const languages = options.languages ?? ['en']
  let failures = options.failFetches ?? 0
  let catalogFailures = options.failCatalogs ?? 0
  let makeFailures = options.failMakes ?? 0
  const holds: (() => void)[] = []
  // A clock the test moves: no real timers.
  let now = options.now ?? 0
  const timers = new Set<{ at: number; task: () => void }>()
  const answersAgain = [...(options.answersAgain ?? [])]
  let asked = 0
  const arrive = <T>(code: string, value: T) =>
    options.held?.includes(code) ? new Promise<T>((resolve) => holds.push(() => resolve(value))) : Promise.resolve(value)
  const client = (name: string) =>
    ({
      $unread: atom(0),
      $agentsOnline: atom<number | null>(null),
      connect: () => log.push(`${name}.connect`),
      identify: (identity: { id: string; userHash: string }) => {
        if (!identity.userHash) throw new Error('identify needs { id, userHash }')
        log.push(`${name}.identify ${identity.id}`)
      },
      update: (attributes: object) => log.push(`${name}.update ${JSON.stringify(attributes)}`),
      destroy: () => log.push(`${name}.destroy`),
    }) as unknown as WidgetClient
  const panel = {
    watchPage: () => (log.push('watch page'), () => log.push('stop watching page')),
    titleFlash: () => Promise.reject(new Error('not in these tests')),
  } as unknown as PanelModule
  // Each language's texts say which language and which part they are: "th words", "th catalog".
  const texts = (code: string, part: string) =>
    ({ 'launcher.open': `${code} ${part}`, 'launcher.unread': `${code}: {count} new` }) as unknown as Catalog
  const seams: ControllerSeams = {
    client: options.given ? client('given') : undefined,
    returning: options.returning ?? false,
    resuming: options.resuming ?? false,
    idle: (task) => idle.push(task),
    loadPanel: () => (log.push('fetch panel'), failures-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve(panel)),
    makeClient: () => {
      if (makeFailures-- > 0) throw new Error('"server" must be an http(s) URL')
      return client('made')
    },
    languages: () => languages,
    loadWords: (code) => (fetched.push(`${code} words`), arrive(code, texts(code, 'words'))),
    loadCatalog: (code) => (
      fetched.push(`${code} catalog`),
      catalogFailures-- > 0 ? Promise.reject(new Error('offline')) : arrive(code, texts(code, 'catalog'))
    ),
    askWhoIsThere: options.answer
      ? () => {
          log.push('ask who is there')
          const answer = (asked++ && answersAgain.shift()) || options.answer
          return Promise.resolve({ open: true, attended: true, ...answer } as LauncherResponse)
        }
      : undefined,
    loadAway: () => (log.push('fetch away'), Promise.resolve(awayChunk)),
    clock: {
      now: () => now,
      later(task, ms) {
        const timer = { at: now + ms, task }
        timers.add(timer)
        return () => timers.delete(timer)
      },
    },
    greet: (offers) => (log.push(`greet ${offers.map((offer) => offer.id).join()}`), Promise.resolve(() => log.push('stop greeting'))),
    announce: (text) => said.push(text),
    hidden: () => false,
    warn: (...message) => log.push(`warn ${String(message[0])}`),
  }
  const chat = createController(seams)
  chat.start()
  return {
    chat,
    log,
    idle,
    said,
    fetched,
    languages,
    runIdle: () => idle.splice(0).forEach((task) => task()),
    release: () => holds.splice(0).forEach((resolve) => resolve()),
    /** Moves the clock on, running the tasks that fall due. */
    passTime(ms: number) {
      now += ms
      for (const timer of [...timers]) if (timer.at <= now && timers.delete(timer)) timer.task()
    },
    /** When the tasks still waiting will run, from now. */
    waiting: () => [...timers].map((timer) => timer.at - now),
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('what a visitor pays for, and when', () => {
  it('a first-time visitor fetches nothing and connects nowhere, even once the page is idle', async () => {
    const { chat, log, runIdle } = setUp()
    runIdle()
    chat.identify({ id: 'user-42', userHash: 'h' })
    chat.update({ cart: 42 })
    await settle()
    expect(log).toEqual([])
    expect(chat.$client.get()).toBeUndefined()
  })

  it('intent fetches the panel but opens no connection; a failed fetch is not thrown', async () => {
    const { chat, log } = setUp({ failFetches: 1 })
    chat.intent()
    await settle()
    chat.intent()
    await settle()
    expect(log).toEqual(['fetch panel', 'fetch panel'])
    expect(chat.$client.get()).toBeUndefined()
  })

  it('opening makes the client and connects, then applies the calls made before, in order', async () => {
    const { chat, log } = setUp()
    chat.update({ cart: 42 })
    chat.identify({ id: 'user-42', userHash: 'h' })
    chat.update({ cart: 50 })
    chat.setOpen(true)
    expect(chat.$open.get()).toBe(true)
    await settle()
    expect(log).toEqual(['fetch panel', 'made.connect', 'made.update {"cart":42}', 'made.identify user-42', 'made.update {"cart":50}', 'watch page'])
    expect(chat.$panel.get()).toBeDefined()
    chat.update({ cart: 60 })
    expect(log.at(-1)).toBe('made.update {"cart":60}')
  })

  it('a bad call made before the client is a warning: the calls after it and the panel still come', async () => {
    const { chat, log } = setUp()
    chat.identify({ id: 'user-42', userHash: '' })
    chat.update({ cart: 30 })
    chat.setOpen(true)
    await settle()
    expect(log).toEqual(['fetch panel', 'made.connect', 'warn [Attune]', 'made.update {"cart":30}', 'watch page'])
    expect(chat.$panel.get()).toBeDefined()
  })

  it('a returning visitor connects at the first idle moment and counts unread replies without opening', async () => {
    const { chat, log, runIdle } = setUp({ returning: true })
    expect(log).toEqual([])
    runIdle()
    await settle()
    expect(log).toEqual(['fetch panel', 'made.connect', 'watch page'])
    ;(chat.$client.get()!.$unread as ReturnType<typeof atom<number>>).set(2)
    expect(chat.$unread.get()).toBe(2)
    expect(chat.$open.get()).toBe(false)
  })

  it('an open and the idle moment together make one client and watch the page once', async () => {
    const { chat, log, runIdle } = setUp({ returning: true })
    runIdle()
    chat.setOpen(true)
    await settle()
    expect(log.filter((line) => line !== 'fetch panel')).toEqual(['made.connect', 'watch page'])
  })

  it('a failed panel fetch on open is a warning, and the next open tries again', async () => {
    const { chat, log } = setUp({ failFetches: 1 })
    chat.setOpen(true)
    await settle()
    expect(log).toEqual(['fetch panel', 'warn [Attune] The chat could not load:'])
    chat.setOpen(false)
    chat.setOpen(true)
    await settle()
    expect(log.slice(2)).toEqual(['fetch panel', 'made.connect', 'watch page'])
  })

  it('a client that cannot be made (a bad server URL) is a warning, never thrown, and the next open tries again', async () => {
    const { chat, log } = setUp({ failMakes: 1 })
    chat.setOpen(true)
    await settle()
    expect(log).toEqual(['fetch panel', 'warn [Attune] The chat could not load:'])
    expect(chat.$panel.get()).toBeUndefined()
    chat.setOpen(false)
    chat.setOpen(true)
    await settle()
    expect(log.slice(2)).toEqual(['fetch panel', 'made.connect', 'watch page'])
  })

  it('only the shopper’s own click moves focus into the panel', () => {
    const { chat } = setUp()
    chat.setOpen(true)
    expect(chat.focusPanel).toBe(false)
    chat.setOpen(false)
    chat.toggle(true)
    expect(chat.focusPanel).toBe(true)
  })

  it('remembers the chat was opened in this page view once it is closed again (a greeting that starts later shows none)', () => {
    const { chat } = setUp()
    expect(chat.opened).toBe(false)
    chat.setOpen(true)
    chat.setOpen(false)
    expect(chat.opened).toBe(true)
  })

  it('a reply email’s link back opens the chat at load', () => {
    expect(setUp({ resuming: true }).chat.$open.get()).toBe(true)
    expect(setUp().chat.$open.get()).toBe(false)
  })

  it('a client given by the page is used at once; destroy closes only a client it made', async () => {
    const { chat, log } = setUp({ given: true })
    expect(log).toEqual(['given.connect'])
    chat.destroy()
    expect(log).toEqual(['given.connect'])

    const own = setUp({ returning: true })
    own.runIdle()
    await settle()
    own.chat.destroy()
    expect(own.log.slice(-2)).toEqual(['stop watching page', 'made.destroy'])
  })
})

describe('the shopper’s language', () => {
  it('is the first one shipped of the boot option, the page’s and the browser’s; English if none is', async () => {
    for (const [languages, code] of [
      [[null, 'th-TH', 'en-US'], 'th'],
      [['lo', 'th-TH'], 'lo'],
      [[null, 'xx', 'tl-PH'], 'fil'],
      [[null, '', 'de-DE'], 'en'],
    ] as const) {
      const { chat } = setUp({ languages: [...languages] })
      await settle()
      expect(chat.$locale.get()?.t('launcher.open')).toBe(`${code} words`)
    }
  })

  it('brings the launcher’s words at load, and the whole catalog only on intent, an open or the panel', async () => {
    const { chat, fetched } = setUp()
    await settle()
    expect(fetched).toEqual(['en words'])
    expect(chat.$locale.get()?.t('launcher.open')).toBe('en words')
    expect(chat.$texts.get()).toBeUndefined()
    chat.intent()
    await settle()
    expect(chat.$texts.get()?.t('launcher.open')).toBe('en catalog')
    chat.setOpen(true)
    await settle()
    // Once: an open after intent fetches no catalog again.
    expect(fetched).toEqual(['en words', 'en catalog'])
  })

  it('a returning visitor’s panel brings the whole catalog with it', async () => {
    const { chat, runIdle } = setUp({ returning: true })
    runIdle()
    await settle()
    expect(chat.$texts.get()?.code).toBe('en')
  })

  it('a catalog that failed to arrive is asked for again at the next open, also once the panel is here', async () => {
    const { chat, fetched } = setUp({ failCatalogs: 1 })
    chat.setOpen(true)
    await settle()
    expect(chat.$panel.get()).toBeDefined()
    expect(chat.$texts.get()).toBeUndefined()
    chat.setOpen(false)
    chat.setOpen(true)
    await settle()
    expect(fetched).toEqual(['en words', 'en catalog', 'en catalog'])
    expect(chat.$texts.get()?.t('launcher.open')).toBe('en catalog')
  })

  it('another boot option brings its words, and its whole catalog where the old one was loaded', async () => {
    const { chat, fetched, languages } = setUp()
    chat.setOpen(true)
    await settle()
    languages[0] = 'th-TH'
    chat.pickLanguage()
    await settle()
    expect(fetched.slice(2)).toEqual(['th catalog', 'th words'])
    expect(chat.$locale.get()).toMatchObject({ locale: 'th-TH', dir: 'ltr' })
    expect(chat.$texts.get()?.t('launcher.open')).toBe('th catalog')
  })

  it('the last language picked wins over texts still on their way', async () => {
    const { chat, languages, release } = setUp({ held: ['en'] })
    chat.intent()
    languages[0] = 'th'
    chat.pickLanguage()
    await settle()
    release()
    await settle()
    expect(chat.$locale.get()?.t('launcher.open')).toBe('th words')
    expect(chat.$texts.get()?.code).toBe('th')
  })
})

describe('the launcher’s answer: who is there', () => {
  it('is asked for at an idle moment, never before', async () => {
    const { log, runIdle } = setUp({ answer: {} })
    expect(log).toEqual([])
    runIdle()
    await settle()
    expect(log).toEqual(['ask who is there'])
  })

  it('nobody there and the store closed: the away words reach the launcher and the panel', async () => {
    const { chat, runIdle } = setUp({ answer: { open: false, attended: false } })
    runIdle()
    await settle()
    expect(chat.$away.get()?.('th-TH').line).toBe('ทีมงานไม่อยู่ตอนนี้')
  })

  it('someone there, or an open store that promised no reply time: the away chunk is not fetched', async () => {
    for (const answer of [{ attended: true }, { open: true, attended: false }]) {
      const { chat, log, runIdle } = setUp({ answer })
      runIdle()
      await settle()
      expect(log).not.toContain('fetch away')
      expect(chat.$away.get()).toBeUndefined()
    }
  })

  it('nobody there in an open store with a reply time: the shopper hears when to expect an answer', async () => {
    const { chat, runIdle } = setUp({ answer: { open: true, attended: false, replyTime: 'hours' } })
    runIdle()
    await settle()
    expect(chat.$away.get()).toBeDefined()
  })

  it('the store’s greetings start, and stop when the element leaves; none, no greeting chunk', async () => {
    const greeted = setUp({ answer: { greetings: [{ id: 'g1' }, { id: 'g2' }] as LauncherResponse['greetings'] } })
    greeted.runIdle()
    await settle()
    expect(greeted.log).toEqual(['ask who is there', 'greet g1,g2'])
    greeted.chat.destroy()
    expect(greeted.log.at(-1)).toBe('stop greeting')

    const plain = setUp({ answer: { greetings: [] } })
    plain.runIdle()
    await settle()
    expect(plain.log).toEqual(['ask who is there'])
  })

  // 8:55 in Bangkok; the store opens at 9:00.
  const NINE = '2026-12-01T02:00:00Z'
  const FIVE_TO_NINE = Date.parse(NINE) - 5 * 60_000
  const closedTillNine = { open: false, attended: false, next: NINE }

  it('a store closed until 9:00 is asked again at 9:00: at 9:10 nobody reads "back at 9:00"', async () => {
    const { chat, log, runIdle, passTime } = setUp({ now: FIVE_TO_NINE, answer: closedTillNine, answersAgain: [{ attended: true }] })
    runIdle()
    await settle()
    expect(chat.$away.get()?.('en').open).toBe(false)
    passTime(5 * 60_000 - 1)
    expect(log).toEqual(['ask who is there', 'fetch away'])
    passTime(1)
    await settle()
    expect(log).toEqual(['ask who is there', 'fetch away', 'ask who is there'])
    expect(chat.$away.get()).toBeUndefined()
  })

  it('an answer that says a moment already past (a cached copy) is asked for again once that copy is stale', async () => {
    const { chat, runIdle, passTime, waiting } = setUp({ now: FIVE_TO_NINE, answer: closedTillNine, answersAgain: [closedTillNine] })
    runIdle()
    await settle()
    passTime(5 * 60_000 + 30_000)
    await settle()
    expect(chat.$away.get()).toBeDefined()
    expect(waiting()).toEqual([60_000])
  })

  it('the greetings start once, however often the question is asked', async () => {
    const greetings = [{ id: 'g1' }] as LauncherResponse['greetings']
    const { log, runIdle, passTime } = setUp({ now: FIVE_TO_NINE, answer: { ...closedTillNine, greetings }, answersAgain: [{ greetings }] })
    runIdle()
    await settle()
    passTime(5 * 60_000)
    await settle()
    expect(log.filter((line) => line.startsWith('greet'))).toEqual(['greet g1'])
  })

  it('nothing is asked again once the element has left', async () => {
    const { chat, log, runIdle, passTime, waiting } = setUp({ now: FIVE_TO_NINE, answer: closedTillNine })
    runIdle()
    await settle()
    chat.destroy()
    passTime(10 * 60_000)
    expect(waiting()).toEqual([])
    expect(log.filter((line) => line === 'ask who is there')).toHaveLength(1)
  })

  it('within the hours, an agent coming online takes "we\'re away" off; outside them, it stands', async () => {
    const online = async (answer: Partial<LauncherResponse>) => {
      const { chat, runIdle } = setUp({ now: FIVE_TO_NINE, answer, returning: true })
      runIdle()
      await settle()
      const agents = chat.$client.get()!.$agentsOnline as ReturnType<typeof atom<number | null>>
      agents.set(2)
      const withAgents = chat.$away.get()
      agents.set(0)
      return { withAgents, without: chat.$away.get() }
    }
    const open = await online({ open: true, attended: false, replyTime: 'hours' })
    expect(open.withAgents).toBeUndefined()
    expect(open.without?.('en').line).toBe("We're away")
    const closed = await online(closedTillNine)
    expect(closed.withAgents?.('en').open).toBe(false)
  })

  it('a greeting that arrives after the element left is stopped at once', async () => {
    const { chat, log, runIdle } = setUp({ answer: { greetings: [{ id: 'g1' }] as LauncherResponse['greetings'] } })
    runIdle()
    chat.destroy()
    await settle()
    expect(log).toEqual(['ask who is there', 'greet g1', 'stop greeting'])
  })
})

describe('telling the shopper an agent wrote', () => {
  it('says it in the launcher’s status line, in the shopper’s language, while the panel is closed', async () => {
    const { chat, said, runIdle } = setUp({ returning: true, languages: ['th'] })
    runIdle()
    await settle()
    const unread = chat.$client.get()!.$unread as ReturnType<typeof atom<number>>
    unread.set(1)
    chat.setOpen(true)
    unread.set(2)
    expect(said).toEqual(['th: 1 new'])
  })
})

describe('what the page tells the widget', () => {
  it('is kept, merged, for a greeting to watch, before any client exists', () => {
    const { chat } = setUp()
    chat.update({ cart: 42, plan: 'gold' })
    chat.update({ cart: 120 })
    expect(chat.$facts.get()).toEqual({ cart: 120, plan: 'gold' })
  })
})
