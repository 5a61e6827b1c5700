import { describe, expect, it } from 'vitest'
import { isSendKey, sendableText } from './composer-keys.ts'

describe('isSendKey', () => {
  it('sends on Enter and keeps Shift+Enter for a new line', () => {
    expect(isSendKey({ key: 'Enter', shiftKey: false })).toBe(true)
    expect(isSendKey({ key: 'Enter', shiftKey: true })).toBe(false)
    expect(isSendKey({ key: 'a', shiftKey: false })).toBe(false)
  })
  it('does not send while an input method is composing', () => {
    expect(isSendKey({ key: 'Enter', shiftKey: false, isComposing: true })).toBe(false)
    expect(isSendKey({ key: 'Enter', shiftKey: false, keyCode: 229 })).toBe(false)
  })
})

describe('sendableText', () => {
  it('refuses whitespace and trims the rest', () => {
    expect(sendableText(' \n ')).toBeNull()
    expect(sendableText('  hi there \n')).toBe('hi there')
  })
})
