import { describe, expect, it } from 'vitest'
import { enAfterChat } from './en-after-chat.ts'
import { en } from './en.ts'
import { isolating } from './isolating.ts'

describe('isolating', () => {
  it('isolates a right-to-left name inside a sentence (else Chromium draws "محمد, 5 Dec" as "5 ,محمد Dec")', () => {
    const words = isolating(enAfterChat)
    expect(words.feedback.by('محمد', '5 Dec')).toBe('\u2068محمد\u2069, 5 Dec')
    expect(isolating(en).files.label('فاتورة', '12 KB')).toBe('\u2068فاتورة\u2069 · 12 KB')
  })

  it('leaves our own words, Latin names, numbers, lists and plain texts as they are', () => {
    const words = isolating(en)
    expect(words.files.label('invoice.pdf', '182 KB')).toBe('invoice.pdf · 182 KB')
    expect(words.files.size.kb(182)).toBe('182 KB')
    expect(words.files.attached).toBe('Files')
    expect(isolating(enAfterChat).feedback.by(null, '5 Dec')).toBe('5 Dec')
  })

  it('makes one isolating catalog per catalog, so a component sees the same words on every render', () => {
    expect(isolating(en)).toBe(isolating(en))
    expect(isolating(en)).not.toBe(en)
  })
})
