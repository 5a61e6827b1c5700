import { describe, expect, it, vi } from 'vitest'
import { type AttuneGlobal, type CommandApi, createDispatcher, installGlobal } from './commands.ts'

function setup() {
  const log: string[] = []
  const api: CommandApi = {
    boot: (options) => void log.push(`boot ${JSON.stringify(options)}`),
    open: () => void log.push('open'),
    close: () => void log.push('close'),
    toggle: () => void log.push('toggle'),
    identify: (identity) => void log.push(`identify ${identity.id}`),
    update: (attributes) => void log.push(`update ${JSON.stringify(attributes)}`),
    on: (event, listener) => void log.push(`on ${event} ${typeof listener}`),
    off: (event, listener) => void log.push(`off ${event} ${typeof listener}`),
    locale: (locale) => void log.push(`locale ${locale}`),
    shutdown: () => void log.push('shutdown'),
  }
  const warn = vi.fn()
  const dispatch = createDispatcher(api, 'https://chat.example', warn)
  return { log, warn, dispatch, api }
}

// What the stub does: Attune = function(){ (Attune.q = Attune.q || []).push(arguments) }
function stub(): AttuneGlobal {
  const fn: AttuneGlobal = function (this: unknown) {
    // biome-ignore lint/complexity/noArguments: the stub queues the arguments object, like the snippet.
    ;(fn.q = fn.q ?? []).push(arguments)
  }
  return fn
}

describe('script-tag command queue', () => {
  it('replays calls made before the widget loaded, in order, then takes over Attune', () => {
    const { log, dispatch } = setup()
    const target = { Attune: stub() }
    target.Attune('boot', { siteKey: 'demo' })
    target.Attune('open')
    installGlobal(target, dispatch)
    expect(log).toEqual(['boot {"siteKey":"demo","server":"https://chat.example"}', 'open'])

    target.Attune('close')
    expect(log.at(-1)).toBe('close')
    expect(target.Attune.q).toBeUndefined()
  })

  it('queues identify, update, on, off and locale before the widget loads, and replays them in order', () => {
    const { log, dispatch } = setup()
    const target = { Attune: stub() }
    const listener = () => {}
    target.Attune('boot', { siteKey: 'demo', theme: { color: '#0f766e' }, checkIns: { before: false }, sound: true })
    target.Attune('on', 'unread', listener)
    target.Attune('identify', { id: 'user-42', userHash: 'a'.repeat(64) })
    target.Attune('update', { cartTotal: 42 })
    target.Attune('locale', 'th')
    target.Attune('off', 'unread', listener)
    target.Attune('shutdown')
    installGlobal(target, dispatch)
    expect(log).toEqual([
      'boot {"siteKey":"demo","theme":{"color":"#0f766e"},"checkIns":{"before":false},"sound":true,"server":"https://chat.example"}',
      'on unread function',
      'identify user-42',
      'update {"cartTotal":42}',
      'locale th',
      'off unread function',
      'shutdown',
    ])
  })

  it('replays a call queued while replaying (a replayed command reached host code that called Attune)', () => {
    const { log, dispatch, api } = setup()
    const target = { Attune: stub() }
    const boot = api.boot
    api.boot = (options) => {
      boot(options)
      target.Attune('open')
    }
    target.Attune('boot', { siteKey: 'demo' })
    installGlobal(target, dispatch)
    expect(log).toEqual(['boot {"siteKey":"demo","server":"https://chat.example"}', 'open'])
  })

  it('works when the stub was never added', () => {
    const { log, dispatch } = setup()
    const target: { Attune?: AttuneGlobal } = {}
    installGlobal(target, dispatch)
    target.Attune?.('toggle')
    expect(log).toEqual(['toggle'])
  })

  it('keeps an explicit server', () => {
    const { log, dispatch } = setup()
    dispatch('boot', { siteKey: 'demo', server: 'http://127.0.0.1:8787', locale: 'en' })
    expect(log).toEqual(['boot {"siteKey":"demo","server":"http://127.0.0.1:8787","locale":"en"}'])
  })

  it('warns about an unknown command, naming the known ones, instead of throwing into the host page', () => {
    const { warn, dispatch } = setup()
    expect(() => dispatch('dance')).not.toThrow()
    expect(warn).toHaveBeenCalledWith(
      '[Attune] Unknown command "dance"; known: boot, open, close, toggle, identify, update, on, off, locale, shutdown.',
    )
  })

  it('turns a failing command into a warning', () => {
    const { warn, dispatch, api } = setup()
    api.boot = () => {
      throw new Error('no body')
    }
    expect(() => dispatch('boot', { siteKey: 'demo' })).not.toThrow()
    expect(warn).toHaveBeenCalledWith('[Attune] boot failed: no body')
  })

  it('refuses a locale that is not a string, with a warning', () => {
    const { warn, dispatch, log } = setup()
    dispatch('locale', 42)
    expect(log).toEqual([])
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[Attune\] locale failed: needs a language tag/))
  })
})
