import { describe, expect, it } from 'vitest'
import { matchLexicon } from '../lexicon.ts'
import { normalize } from '../normalize.ts'
import { tokenize } from '../segment.ts'
import { en } from './en.ts'
import { fil } from './fil.ts'
import { id } from './id.ts'
import { latinLexicon } from './latin.ts'

const kinds = (text: string): string[] => {
  const n = normalize(text)
  return matchLexicon(n, tokenize(n), latinLexicon()).hits.map((h) => h.kind)
}

describe('latinLexicon', () => {
  it('lets a Filipino negator reach an English word and the other way round (Taglish)', () => {
    expect(kinds('hindi po ako satisfied')).toEqual(['negated'])
    expect(kinds('hnd worth it, not maganda')).toContain('negated')
  })
  it('lets an Indonesian negator reach an English word', () => {
    expect(kinds('gak recommended sih')).toEqual(['negated'])
  })
  it('holds every entry of the three languages once', () => {
    const latin = latinLexicon()
    for (const source of [en, fil, id]) {
      for (const text of Object.keys(source.negative)) expect(latin.negative[text], text).toBeGreaterThan(0)
    }
    expect(new Set(latin.negators).size).toBe(latin.negators.length)
  })
})
