import { CUE_KINDS } from '@attune/empathy'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { cuesInWords } from './cue-words.ts'

describe('cuesInWords', () => {
  it('has the agent’s words for every kind of cue the detector raises', () => {
    expect(Object.keys(en.cue).sort()).toEqual(Object.values(CUE_KINDS).sort())
  })

  it('names a public-complaint threat and abuse apart from strong words', () => {
    const words = cuesInWords(
      [
        { kind: 'complaint', detail: 'bad review' },
        { kind: 'abuse', detail: 'idiots' },
        { kind: 'lexicon', detail: 'terrible' },
      ],
      en.cue,
    )
    expect(words).toBe('mentions “bad review” · abusive words (idiots) · strong words (terrible)')
  })
})
