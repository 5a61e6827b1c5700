import { describe, expect, it } from 'vitest'
import type { Hit } from './hit.ts'
import { combineCues, FRUSTRATION_THRESHOLDS, levelOf, summarise } from './score.ts'

const hit = (kind: Hit['kind'], weight: number, detail = ''): Hit => ({ kind, weight, detail })

describe('combineCues', () => {
  it('is 0 without cues and stays within 0..1', () => {
    expect(combineCues([])).toBe(0)
    expect(combineCues(Array.from({ length: 20 }, () => hit('lexicon', 0.9)))).toBeLessThanOrEqual(1)
  })
  it('rises with every raising cue (monotone)', () => {
    const base = [hit('lexicon', 0.4)]
    expect(combineCues([...base, hit('waiting', 0.2)])).toBeGreaterThan(combineCues(base))
    expect(combineCues([...base, hit('capitals', 0.3)])).toBeGreaterThan(combineCues(base))
  })
  it('falls with calming cues; loudness alone is cancelled by joy', () => {
    const loud = [hit('capitals', 0.45), hit('punctuation', 0.2)]
    expect(combineCues([...loud, hit('positive', -0.45)])).toBeLessThan(FRUSTRATION_THRESHOLDS.concerned)
    const angry = [hit('lexicon', 0.6)]
    expect(combineCues([...angry, hit('positive', -0.4)])).toBeLessThan(combineCues(angry))
    expect(combineCues([...angry, hit('positive', -0.4)])).toBeGreaterThan(0)
  })
})

describe('levelOf', () => {
  it('maps the score to levels by the exported thresholds', () => {
    expect(levelOf(0)).toBe('calm')
    expect(levelOf(FRUSTRATION_THRESHOLDS.concerned)).toBe('concerned')
    expect(levelOf(FRUSTRATION_THRESHOLDS.frustrated)).toBe('frustrated')
  })
})

describe('summarise', () => {
  it('gives one cue per kind, strongest first, with the details', () => {
    const cues = summarise([
      hit('lexicon', 0.3, 'late'),
      hit('lexicon', 0.5, 'terrible'),
      hit('waiting', 0.6, '10 min'),
      hit('positive', -0.3, 'thanks'),
    ])
    expect(cues.map((c) => c.kind)).toEqual(['lexicon', 'waiting', 'positive'])
    expect(cues[0]).toEqual({ kind: 'lexicon', weight: 0.65, detail: 'late, terrible' })
    expect(cues[2]?.weight).toBe(-0.3)
  })
})
