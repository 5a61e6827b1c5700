import { CUE_KINDS } from '@attune/empathy'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { fil } from '../i18n/fil/index.ts'
import { lo } from '../i18n/lo/index.ts'
import { th } from '../i18n/th/index.ts'
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
      en,
    )
    expect(words).toBe('mentions “bad review” · abusive words (idiots) · strong words (terrible)')
  })

  it('says a negated word in the agent’s language, never in English', () => {
    const negated = (detail: string) => [{ kind: 'negated', detail }]
    expect(cuesInWords(negated('¬พอใจ'), th.main)).toBe('คำที่บอกว่าไม่พอใจ (ไม่พอใจ)')
    expect(cuesInWords(negated('¬happy'), th.main)).toBe('คำที่บอกว่าไม่พอใจ (ไม่ happy)')
    expect(cuesInWords(negated('¬ພໍໃຈ'), lo.main)).toBe('ຄຳທີ່ບອກວ່າບໍ່ພໍໃຈ (ບໍ່ພໍໃຈ)')
    expect(cuesInWords(negated('¬masaya'), fil.main)).toBe('salitang hindi masaya (hindi masaya)')
  })
})
