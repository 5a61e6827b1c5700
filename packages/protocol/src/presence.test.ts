import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { IDLE_AFTER_MS, isIdle, presenceOf, PresenceUpdateSchema } from './presence.ts'

describe('presence rules', () => {
  it('an inbox turns idle after ten minutes without input, not a moment before', () => {
    const start = Date.UTC(2026, 11, 1, 9)
    expect(isIdle(start, start + IDLE_AFTER_MS - 1)).toBe(false)
    expect(isIdle(start, start + IDLE_AFTER_MS)).toBe(true)
    expect(IDLE_AFTER_MS).toBe(600_000)
  })

  it('a person with no inbox open is offline, whatever they chose', () => {
    expect(presenceOf({ connected: false, away: false, idle: false })).toBe('offline')
    expect(presenceOf({ connected: false, away: true, idle: true })).toBe('offline')
  })

  it('an open inbox is online unless its person chose Away or left it idle', () => {
    expect(presenceOf({ connected: true, away: false, idle: false })).toBe('online')
    expect(presenceOf({ connected: true, away: true, idle: false })).toBe('away')
    expect(presenceOf({ connected: true, away: false, idle: true })).toBe('away')
  })

  it('an update names a status or idleness', () => {
    expect(v.safeParse(PresenceUpdateSchema, {}).success).toBe(false)
    expect(v.safeParse(PresenceUpdateSchema, { status: 'offline' }).success).toBe(false)
    expect(v.parse(PresenceUpdateSchema, { status: 'away' })).toEqual({ status: 'away' })
    expect(v.parse(PresenceUpdateSchema, { idle: true })).toEqual({ idle: true })
  })
})
