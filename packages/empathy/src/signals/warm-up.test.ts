import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { detectFrustration, warmUpDetector } from './detect.ts'
import { normalize } from './normalize.ts'

// Counts what is normalised: compiling a lexicon normalises every one of its entries.
vi.mock('./normalize.ts', async (actual) => {
  const module = await actual<typeof import('./normalize.ts')>()
  return { ...module, normalize: vi.fn(module.normalize) }
})

// Counts the word segmenters made.
const RealSegmenter = Intl.Segmenter
let segmenters = 0

describe('the detector warmed up before the first message', () => {
  beforeEach(() => {
    vi.mocked(normalize).mockClear()
    const Counting = class extends RealSegmenter {
      constructor(...args: ConstructorParameters<typeof RealSegmenter>) {
        super(...args)
        segmenters++
      }
    }
    Object.assign(Intl, { Segmenter: Counting })
  })
  afterEach(() => {
    Object.assign(Intl, { Segmenter: RealSegmenter })
  })

  it('compiles every lexicon and makes the segmenter at once, so a first message in any script reads only itself', () => {
    warmUpDetector()
    expect(vi.mocked(normalize).mock.calls.length).toBeGreaterThan(1000)
    expect(segmenters).toBe(1)

    vi.mocked(normalize).mockClear()
    const signal = detectFrustration(['ของยังไม่มาเลย where is my order?? ເຄື່ອງຍັງບໍ່ມາ'])
    expect(signal.cues.length).toBeGreaterThan(0)
    expect(vi.mocked(normalize).mock.calls.length).toBeLessThan(10)
    expect(segmenters).toBe(1)
  })
})
