import { describe, expect, it } from 'vitest'
import { afterChat as arAfterChat } from './ar/after-chat.ts'
import { main as arMain } from './ar/main.ts'
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

  it('isolates every name inside an Arabic sentence, a Latin one too (else "Shoes 24/7!" shows as "!Shoes 24/7")', () => {
    const words = isolating(arMain, true)
    expect(words.header.where('Shoes 24/7!', 'مالك')).toBe('\u2068Shoes 24/7!\u2069 · \u2068مالك\u2069')
    expect(isolating(arAfterChat, true).feedback.by('Dao', '5 Dec')).toBe('\u2068Dao\u2069، \u20685 Dec\u2069')
  })

  it('leaves an empty word empty, so a sentence that says less without it still does (in Arabic too)', () => {
    expect(isolating(arMain, true).cue.lexicon('')).toBe(arMain.cue.lexicon(''))
    expect(isolating(en).cue.lexicon('')).toBe('strong words')
  })

  it('makes one isolating catalog per catalog, so a component sees the same words on every render', () => {
    expect(isolating(en)).toBe(isolating(en))
    expect(isolating(en)).not.toBe(en)
  })
})
