import { describe, expect, it } from 'vitest'
import { createTitleFlash, type FlashEnv } from './title-flash.ts'

function env(hidden: boolean) {
  const listeners = new Map<string, () => void>()
  let tick: (() => void) | null = null
  const doc = {
    title: 'Demo Store',
    hidden,
    addEventListener: (type: string, l: () => void) => void listeners.set(type, l),
    removeEventListener: (type: string) => void listeners.delete(type),
  }
  const fake: FlashEnv = {
    document: doc as unknown as FlashEnv['document'],
    window: { addEventListener: (type: string, l: () => void) => void listeners.set(`w:${type}`, l), removeEventListener: () => {} } as never,
    setInterval: (cb) => {
      tick = cb
      return 1
    },
    clearInterval: () => {
      tick = null
    },
  }
  return { doc, fake, listeners, tick: () => tick?.() }
}

const text = (count: number, title: string) => `(${count}) New message — ${title}`

describe('title flash', () => {
  it('does nothing while the shopper is looking at the tab', () => {
    const { doc, fake } = env(false)
    expect(createTitleFlash(fake).notify(text)).toBe(false)
    expect(doc.title).toBe('Demo Store')
  })

  it('blinks "(1) New message — Demo Store" while hidden, counts further messages, restores when visible', () => {
    const { doc, fake, listeners, tick } = env(true)
    const flash = createTitleFlash(fake)
    expect(flash.notify(text)).toBe(true)
    expect(doc.title).toBe('(1) New message — Demo Store')
    tick()
    expect(doc.title).toBe('Demo Store')
    flash.notify(text)
    expect(doc.title).toBe('(2) New message — Demo Store')
    doc.hidden = false
    listeners.get('visibilitychange')?.()
    expect(doc.title).toBe('Demo Store')
    tick()
    expect(doc.title).toBe('Demo Store')
  })

  it('restores on window focus too, and on destroy', () => {
    const { doc, fake, listeners } = env(true)
    const flash = createTitleFlash(fake)
    flash.notify(text)
    listeners.get('w:focus')?.()
    expect(doc.title).toBe('Demo Store')
    flash.notify(text)
    flash.destroy()
    expect(doc.title).toBe('Demo Store')
    expect(listeners.has('visibilitychange')).toBe(false)
  })
})
