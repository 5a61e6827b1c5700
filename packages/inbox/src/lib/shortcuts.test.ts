// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { isTyping, shortcutFor, waitingNeighbour, type KeyPress } from './shortcuts.ts'

const press = (key: string, code = '', more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  ...more,
})

describe('shortcutFor', () => {
  it('reads j, k, r, e, / and ? as Gmail does', () => {
    expect(['j', 'k', 'r', 'e', '/'].map((key) => shortcutFor(press(key), false))).toEqual(['next', 'previous', 'reply', 'resolve', 'search'])
    expect(shortcutFor(press('?', 'Slash', { shiftKey: true }), false)).toBe('help')
  })

  it('does nothing while typing in a field, with Ctrl, Alt or Cmd, with Shift on a letter, or mid-composition', () => {
    expect(shortcutFor(press('j'), true)).toBeNull()
    expect(shortcutFor(press('/'), true)).toBeNull()
    expect(shortcutFor(press('e', 'KeyE', { ctrlKey: true }), false)).toBeNull()
    expect(shortcutFor(press('r', 'KeyR', { metaKey: true }), false)).toBeNull()
    expect(shortcutFor(press('j', 'KeyJ', { altKey: true }), false)).toBeNull()
    expect(shortcutFor(press('J', 'KeyJ', { shiftKey: true }), false)).toBeNull()
    expect(shortcutFor(press('j', 'KeyJ', { isComposing: true }), false)).toBeNull()
    expect(shortcutFor(press('x', 'KeyX'), false)).toBeNull()
  })

  it('reads Escape even in a field: it leaves the reply box or the search box', () => {
    expect(shortcutFor(press('Escape', 'Escape'), true)).toBe('leave')
    expect(shortcutFor(press('Escape', 'Escape', { ctrlKey: true }), true)).toBeNull()
  })

  it('works on a Thai or Lao keyboard by where the key sits', () => {
    expect(shortcutFor(press('่', 'KeyJ'), false)).toBe('next')
    expect(shortcutFor(press('ำ', 'KeyE'), false)).toBe('resolve')
    expect(shortcutFor(press('ຝ', 'Slash'), false)).toBe('search')
    expect(shortcutFor(press('ฦ', 'Slash', { shiftKey: true }), false)).toBe('help')
  })
})

describe('isTyping', () => {
  it('is true in a text box, a text area, a choice list or an editable element; false on a button or a checkbox', () => {
    const make = (html: string) => {
      const host = document.createElement('div')
      host.innerHTML = html
      return host.firstElementChild
    }
    expect(isTyping(make('<input type="search">'))).toBe(true)
    expect(isTyping(make('<input>'))).toBe(true)
    expect(isTyping(make('<textarea></textarea>'))).toBe(true)
    expect(isTyping(make('<select></select>'))).toBe(true)
    expect(isTyping(make('<input type="checkbox">'))).toBe(false)
    expect(isTyping(make('<button>Send</button>'))).toBe(false)
    expect(isTyping(null)).toBe(false)
  })
})

describe('waitingNeighbour', () => {
  const ME = 'me'
  const wait = '2026-12-01T10:00:00Z'
  const list = [
    { id: 'a', waitingSince: wait },
    { id: 'b', waitingSince: null },
    { id: 'c', waitingSince: wait, assignee: { id: 'dao', name: 'Dao' } },
    { id: 'd', waitingSince: wait, assignee: { id: ME, name: 'Me' } },
  ]

  it('goes to the next waiting conversation of mine in the list’s order, round at the end', () => {
    expect(waitingNeighbour(list, null, ME, 1)).toBe('a')
    expect(waitingNeighbour(list, 'a', ME, 1)).toBe('d')
    expect(waitingNeighbour(list, 'b', ME, 1)).toBe('d')
    expect(waitingNeighbour(list, 'd', ME, 1)).toBe('a')
  })

  it('goes back with -1, and says null when no other conversation waits', () => {
    expect(waitingNeighbour(list, 'a', ME, -1)).toBe('d')
    expect(waitingNeighbour(list, null, ME, -1)).toBe('d')
    expect(waitingNeighbour([{ id: 'a', waitingSince: wait }], 'a', ME, 1)).toBeNull()
    expect(waitingNeighbour([], null, ME, 1)).toBeNull()
  })
})
