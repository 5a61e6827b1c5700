import { describe, expect, it } from 'vitest'
import { parseMarkdown } from './markdown.ts'
import { hasMarkup } from './markup.ts'

/** What the Markdown renderer makes of plain text: one paragraph holding exactly that text. */
const rendersPlainly = (text: string) => {
  const blocks = parseMarkdown(text)
  return blocks.length === 1 && blocks[0]!.type === 'p' && blocks[0]!.children.length === 1 && blocks[0]!.children[0] === text
}

// Texts agents send, and the edges of every rule in markdown.ts.
const SAMPLES = [
  'Your order ships today.',
  'Line one\nline two',
  '  indented, and 3 spaces after.   ',
  'ขอบคุณที่รอค่ะ ตอนนี้พัสดุอยู่ระหว่างจัดส่ง',
  'Salamat po! Padating na po ang order ninyo.',
  'Price: 1,299.00 THB (incl. VAT) — 2-3 days',
  'a - b, c • d',
  'Order #1042 / ref 12.5',
  '1. first\n2. second',
  '1) first',
  '- item',
  '* item',
  '• item',
  '-\u00a0item',
  '\u00a0 - item',
  '12345. not a list',
  '**bold**',
  'a *b* c',
  'a * b',
  '[text](https://example.com)',
  'see https://example.com.',
  'HTTPS://EXAMPLE.COM',
  'write to mailto:help@example.com',
  'ftp://example.com is not linked',
  'first\n\nsecond',
  'first\n   \nsecond',
  '\nleading newline',
  'trailing newline\n',
  'windows\r\nline',
  '',
  '   ',
  '(parenthesised) and "quoted" and 50%',
]

describe('hasMarkup', () => {
  it('is true for every text the Markdown renderer would draw differently from the text itself', () => {
    for (const text of SAMPLES) {
      if (!rendersPlainly(text)) expect(hasMarkup(text), JSON.stringify(text)).toBe(true)
    }
  })

  it('is false for everyday plain sentences, in every script', () => {
    for (const text of SAMPLES.slice(0, 8)) expect(hasMarkup(text), JSON.stringify(text)).toBe(false)
  })

  it('holds on random text built from the characters the rules look at', () => {
    const alphabet = ['a', ' ', '\n', '\r', '*', '[', ']', '(', ')', '-', '•', '1', '.', 'h', 't', 'p', 's', ':', '/', 'm', '\u00a0']
    let seed = 42
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    for (let n = 0; n < 5_000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
      if (!rendersPlainly(text)) expect(hasMarkup(text), JSON.stringify(text)).toBe(true)
    }
  })
})
