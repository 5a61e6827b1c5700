import { atom } from 'nanostores'
import { describe, expect, it } from 'vitest'
import { createController, type ControllerSeams } from './controller.ts'
import type { PanelModule } from './launcher/panel-chunk.ts'
import type { WidgetClient } from './ui/types.ts'

// The rules run in Node: no DOM, the panel chunk and the client are stand-ins.
function setUp(options: { returning?: boolean; failFetches?: number; given?: boolean } = {}) {
  const log: string[] = []
  const idle: (() => void)[] = []
  let failures = options.failFetches ?? 0
  const client = (name: string) =>
    ({
      $unread: atom(0),
      connect: () => log.push(`${name}.connect`),
      identify: (identity: { id: string }) => log.push(`${name}.identify ${identity.id}`),
      update: (attributes: object) => log.push(`${name}.update ${JSON.stringify(attributes)}`),
      destroy: () => log.push(`${name}.destroy`),
    }) as unknown as WidgetClient
  const panel = {} as PanelModule
  const seams: ControllerSeams = {
    client: options.given ? client('given') : undefined,
    returning: options.returning ?? false,
    idle: (task) => idle.push(task),
    loadPanel: () => (log.push('fetch panel'), failures-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve(panel)),
    makeClient: () => client('made'),
    warn: (...message) => log.push(`warn ${String(message[0])}`),
  }
  return { chat: createController(seams), log, idle, runIdle: () => idle.splice(0).forEach((task) => task()) }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('what a visitor pays for, and when', () => {
  it('a first-time visitor fetches nothing and connects nowhere, even once the page is idle', async () => {
    const { chat, log, idle } = setUp()
    expect(idle).toHaveLength(0)
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
    expect(log).toEqual(['fetch panel', 'made.connect', 'made.update {"cart":42}', 'made.identify user-42', 'made.update {"cart":50}'])
    expect(chat.$panel.get()).toBeDefined()
    chat.update({ cart: 60 })
    expect(log.at(-1)).toBe('made.update {"cart":60}')
  })

  it('a returning visitor connects at the first idle moment and counts unread replies without opening', async () => {
    const { chat, log, runIdle } = setUp({ returning: true })
    expect(log).toEqual([])
    runIdle()
    await settle()
    expect(log).toEqual(['fetch panel', 'made.connect'])
    ;(chat.$client.get()!.$unread as ReturnType<typeof atom<number>>).set(2)
    expect(chat.$unread.get()).toBe(2)
    expect(chat.$open.get()).toBe(false)
  })

  it('a failed panel fetch on open is a warning, and the next open tries again', async () => {
    const { chat, log } = setUp({ failFetches: 1 })
    chat.setOpen(true)
    await settle()
    expect(log).toEqual(['fetch panel', 'warn [Attune] The chat could not load:'])
    chat.setOpen(false)
    chat.setOpen(true)
    await settle()
    expect(log.slice(2)).toEqual(['fetch panel', 'made.connect'])
  })

  it('only the shopper’s own click moves focus into the panel', () => {
    const { chat } = setUp()
    chat.setOpen(true)
    expect(chat.focusPanel).toBe(false)
    chat.setOpen(false)
    chat.toggle(true)
    expect(chat.focusPanel).toBe(true)
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
    expect(own.log.at(-1)).toBe('made.destroy')
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
