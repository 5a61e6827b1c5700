import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { elapsedSince, formatClock, formatDuration } from './relative-time.ts'

describe('formatDuration', () => {
  it('says "under a minute" under a minute, and for nonsense', () => {
    expect(formatDuration(0, en.time)).toBe('under a minute')
    expect(formatDuration(59_999, en.time)).toBe('under a minute')
    expect(formatDuration(Number.NaN, en.time)).toBe('under a minute')
  })
  it('rounds down to whole minutes, hours, then days', () => {
    expect(formatDuration(60_000, en.time)).toBe('1 min')
    expect(formatDuration(59 * 60_000 + 59_000, en.time)).toBe('59 min')
    expect(formatDuration(2 * 3_600_000 + 1, en.time)).toBe('2 h')
    expect(formatDuration(3 * 86_400_000, en.time)).toBe('3 d')
  })
})

describe('elapsedSince', () => {
  it('never goes negative when the server clock runs ahead', () => {
    const now = Date.parse('2026-01-01T10:00:00Z')
    expect(elapsedSince('2026-01-01T10:00:05Z', now)).toBe(0)
    expect(elapsedSince('2026-01-01T09:58:00Z', now)).toBe(120_000)
    expect(elapsedSince('not a date', now)).toBe(0)
  })
})

describe('formatClock', () => {
  // ICU versions differ on the space before AM/PM (U+0020 or U+202F).
  const plain = (s: string) => s.replace(/\s/g, ' ')
  it('prints the clock time in the given zone', () => {
    expect(plain(formatClock('2026-01-01T14:05:00Z', en, 'UTC'))).toBe('2:05 PM')
    expect(plain(formatClock('2026-01-01T14:05:00Z', en, 'Asia/Bangkok'))).toBe('9:05 PM')
  })
  it('prints nothing for an unreadable time', () => {
    expect(formatClock('soon', en)).toBe('')
  })
})
