import { describe, expect, it } from 'vitest'
import { burstCue, contextCues, waitingCue, waitingCueStepAfter } from './context.ts'

describe('waitingCue', () => {
  it('stays silent up to 2 minutes, then grows, then caps', () => {
    expect(waitingCue(90)).toBeUndefined()
    expect(waitingCue(120)).toBeUndefined()
    const five = waitingCue(300)?.weight ?? 0
    const ten = waitingCue(600)?.weight ?? 0
    expect(five).toBeGreaterThan(0)
    expect(ten).toBeGreaterThan(five)
    expect(waitingCue(3600)?.weight).toBe(0.6)
    expect(waitingCue(240)?.detail).toBe('4 min')
  })

  it('names the next whole minute its weight grows at, strictly later, and nothing once capped', () => {
    expect(waitingCueStepAfter(0)).toBe(180)
    expect(waitingCueStepAfter(180)).toBe(240)
    expect(waitingCueStepAfter(719)).toBe(720)
    expect(waitingCue(720)?.weight).toBe(0.6)
    expect(waitingCueStepAfter(720)).toBeUndefined()
  })
})

describe('burstCue', () => {
  it('starts at three messages into silence and grows', () => {
    expect(burstCue(2)).toBeUndefined()
    expect(burstCue(3)?.weight).toBe(0.15)
    expect(burstCue(5)?.weight).toBe(0.45)
    expect(burstCue(50)?.weight).toBe(0.5)
  })
  it('contextCues reads both from the context and nothing without one', () => {
    expect(contextCues(undefined)).toEqual([])
    expect(contextCues({ waitingSeconds: 600, messagesSinceAgentReply: 4 }).map((c) => c.kind)).toEqual(['waiting', 'burst'])
  })
})
