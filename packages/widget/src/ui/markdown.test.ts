import { describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown, safeHref } from './markdown.ts'

const link = (href: string, text = href) => ({ type: 'link', href, children: [text] })

describe('safe Markdown subset', () => {
  it('leaves plain text alone, line breaks included', () => {
    expect(parseMarkdown('Hi!\nHow can I help?')).toEqual([{ type: 'p', children: ['Hi!\nHow can I help?'] }])
  })

  it('reads **bold** and *italics*, nested', () => {
    expect(parseInline('It is **really *very* soft**, promise')).toEqual([
      'It is ',
      { type: 'strong', children: ['really ', { type: 'em', children: ['very'] }, ' soft'] },
      ', promise',
    ])
  })

  it('keeps stars that are not emphasis: maths, ratings, a lone star', () => {
    expect(parseInline('2 * 3 * 4')).toEqual(['2 * 3 * 4'])
    expect(parseInline('5* hotel')).toEqual(['5* hotel'])
    expect(parseInline('** not bold **')).toEqual(['** not bold **'])
  })

  it('splits paragraphs on blank lines and reads bullet and numbered lists', () => {
    expect(parseMarkdown('Options:\n- Express\n* Standard\n\n1. Pay\n2) Ship\nThanks')).toEqual([
      { type: 'p', children: ['Options:'] },
      { type: 'ul', items: [['Express'], ['Standard']] },
      { type: 'ol', items: [['Pay'], ['Ship']] },
      { type: 'p', children: ['Thanks'] },
    ])
  })

  it('links [text](https://…) and autolinks bare URLs, leaving sentence punctuation outside', () => {
    expect(parseInline('See [our returns page](https://shop.example/returns).')).toEqual([
      'See ',
      link('https://shop.example/returns', 'our returns page'),
      '.',
    ])
    expect(parseInline('Track it at https://track.example/a?b=1, thanks!')).toEqual([
      'Track it at ',
      link('https://track.example/a?b=1'),
      ', thanks!',
    ])
    expect(parseInline('(see https://en.wikipedia.org/wiki/Tote_(bag))')).toEqual(['(see ', link('https://en.wikipedia.org/wiki/Tote_(bag)'), ')'])
    expect(parseInline('[Mail us](mailto:help@shop.example)')).toEqual([link('mailto:help@shop.example', 'Mail us')])
  })

  it('never links javascript:, data:, vbscript: or relative targets, whatever their spelling', () => {
    for (const target of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '/account',
      '//evil.example',
    ]) {
      expect(safeHref(target), target).toBeNull()
    }
    expect(parseInline('[click](javascript:alert(1))')).toEqual(['[click](javascript:alert(1))'])
    expect(parseInline('javascript:alert(1)')).toEqual(['javascript:alert(1)'])
    expect(parseInline('[x](data:text/html;base64,PHNjcmlwdD4=)')).toEqual(['[x](data:text/html;base64,PHNjcmlwdD4=)'])
  })

  it('shows HTML as the characters typed: tags are text, not elements', () => {
    const tags = '<img src=x onerror=alert(1)> <script>alert(1)</script> <a href="javascript:x">y</a>'
    expect(parseMarkdown(tags)).toEqual([{ type: 'p', children: [tags] }])
  })

  it('does not autolink inside a word, and stops a URL at quotes and angle brackets', () => {
    expect(parseInline('xhttps://a.example')).toEqual(['xhttps://a.example'])
    expect(parseInline('"https://a.example/x"<b>')).toEqual(['"', link('https://a.example/x'), '"<b>'])
  })

  it('stops nesting at a depth limit (no runaway recursion on hostile input)', () => {
    const deep = `${'**'.repeat(50)}x${'**'.repeat(50)}`
    expect(() => parseMarkdown(deep)).not.toThrow()
    expect(() => parseMarkdown('*'.repeat(4000))).not.toThrow()
  })
})
