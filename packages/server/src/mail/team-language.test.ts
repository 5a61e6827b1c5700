import { describe, expect, it } from 'vitest'
import { acceptedLanguages, teamLanguage } from './team-language.ts'

describe('a teammate’s inbox language, on the server', () => {
  it('is the one they chose, whatever their browser asks for', () => {
    expect(teamLanguage('th', 'en-US,en;q=0.9')).toBe('th')
    expect(teamLanguage('lo', undefined)).toBe('lo')
  })

  it('is else the first language of their browser the inbox speaks, Tagalog’s code read as Filipino', () => {
    expect(teamLanguage(null, 'fil-PH,en;q=0.8')).toBe('fil')
    expect(teamLanguage(null, 'tl')).toBe('fil')
    expect(teamLanguage(null, 'ko-KR, lo;q=0.7, en;q=0.5')).toBe('lo')
    expect(teamLanguage(undefined, 'TH-th')).toBe('th')
    expect(teamLanguage(null, 'in-ID')).toBe('id')
  })

  it('goes by weight, not by the order written, and never by a language refused with q=0', () => {
    expect(teamLanguage(null, 'en;q=0.5, th;q=0.9')).toBe('th')
    expect(teamLanguage(null, 'th;q=0, lo;q=0.1')).toBe('lo')
  })

  it('is English when the browser asks for nothing the inbox speaks, or says nothing', () => {
    expect(teamLanguage(null, 'ko-KR,ja;q=0.9')).toBe('en')
    expect(teamLanguage(null, '*')).toBe('en')
    expect(teamLanguage(null, 'constructor, __proto__')).toBe('en')
    expect(teamLanguage(null, '')).toBe('en')
    expect(teamLanguage(null, undefined)).toBe('en')
  })

  it('reads an Accept-Language header most wanted first, ties in the order written', () => {
    expect(acceptedLanguages('da, en-GB;q=0.8, en;q=0.8, fil;Q=0.9, x;q=oops')).toEqual(['da', 'fil', 'en-GB', 'en'])
    expect(acceptedLanguages(undefined)).toEqual([])
  })
})
