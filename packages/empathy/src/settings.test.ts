import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, EmpathySettingsError, resolveSettings, type EmpathySettingsInput } from './settings.ts'

function issuesOf(site?: unknown, boot?: unknown) {
  try {
    resolveSettings(site as EmpathySettingsInput, boot as EmpathySettingsInput)
  } catch (error) {
    if (error instanceof EmpathySettingsError) return error.issues.map(({ path, code }) => ({ path, code }))
    throw error
  }
  throw new Error('expected an EmpathySettingsError')
}

describe('resolveSettings', () => {
  it('gives the documented defaults when nothing is set', () => {
    expect(resolveSettings()).toEqual({
      moments: { before: true, during: true, after: true },
      waitSeconds: 90,
      signalThreshold: 'frustrated',
      longChatMessages: 20,
      minSecondsBetweenAutoCheckIns: 300,
      quietStartSeconds: 30,
      effortItem: false,
      topics: ['order', 'product', 'returns', 'payment', 'other'],
      retentionDays: 90,
      complaintAlerts: true,
    })
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS)
  })

  it('the store’s settings override the defaults, the boot override the store’s', () => {
    const s = resolveSettings({ waitSeconds: 120, effortItem: true, topics: ['order', 'sizing'] }, { waitSeconds: 60, moments: { before: false } })
    expect(s).toMatchObject({ waitSeconds: 60, effortItem: true, topics: ['order', 'sizing'] })
    expect(s.moments).toEqual({ before: false, during: true, after: true })
  })

  it('moments merge field by field', () => {
    expect(resolveSettings({ moments: { during: false } }, { moments: { after: false } }).moments).toEqual({
      before: true,
      during: false,
      after: false,
    })
  })

  it('a boot override cannot switch on a moment the store switched off', () => {
    expect(resolveSettings({ moments: { before: false } }, { moments: { before: true } }).moments.before).toBe(false)
  })

  it('a boot override cannot change the retention period or the complaint alerts', () => {
    expect(issuesOf({}, { retentionDays: 3650 })).toEqual([{ path: 'boot.retentionDays', code: 'not_overridable' }])
    // A page's script may not silence the managers' complaint alerts either (issue 16).
    expect(issuesOf({}, { complaintAlerts: false })).toEqual([{ path: 'boot.complaintAlerts', code: 'not_overridable' }])
    expect(resolveSettings({ complaintAlerts: false }).complaintAlerts).toBe(false)
    expect(issuesOf({ complaintAlerts: 'no' })).toEqual([{ path: 'complaintAlerts', code: 'type' }])
  })

  it('an empty topic list is allowed (the topic question is then not asked)', () => {
    expect(resolveSettings({ topics: [] }).topics).toEqual([])
  })

  it('rejects absurd values with every issue at once', () => {
    expect(
      issuesOf({
        waitSeconds: 0,
        longChatMessages: 2.5,
        minSecondsBetweenAutoCheckIns: 'soon',
        quietStartSeconds: -1,
        retentionDays: 100_000,
        signalThreshold: 'calm',
        effortItem: 'yes',
      }),
    ).toEqual([
      { path: 'waitSeconds', code: 'range' },
      { path: 'longChatMessages', code: 'type' },
      { path: 'minSecondsBetweenAutoCheckIns', code: 'type' },
      { path: 'quietStartSeconds', code: 'range' },
      { path: 'retentionDays', code: 'range' },
      { path: 'signalThreshold', code: 'type' },
      { path: 'effortItem', code: 'type' },
    ])
  })

  it('rejects NaN and Infinity', () => {
    expect(issuesOf({ waitSeconds: Number.NaN, retentionDays: Number.POSITIVE_INFINITY })).toEqual([
      { path: 'waitSeconds', code: 'type' },
      { path: 'retentionDays', code: 'type' },
    ])
  })

  it('rejects unknown settings and moments, so typos are not silently ignored', () => {
    expect(issuesOf({ waitSecond: 60, moments: { durring: false } })).toEqual([
      { path: 'waitSecond', code: 'unknown' },
      { path: 'moments.durring', code: 'unknown' },
    ])
  })

  it('rejects bad topic ids and duplicates', () => {
    expect(issuesOf({ topics: ['order', 'Order & Delivery', 'order', 7] })).toEqual([
      { path: 'topics.1', code: 'type' },
      { path: 'topics.2', code: 'type' },
      { path: 'topics.3', code: 'type' },
    ])
  })

  it('the error has a code and an [Attune] message naming the field', () => {
    try {
      resolveSettings({ waitSeconds: 5 })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(EmpathySettingsError)
      expect((error as EmpathySettingsError).code).toBe('invalid_settings')
      expect((error as Error).message).toBe('[Attune] Invalid empathy settings: waitSeconds: must be between 10 and 3600')
    }
  })

  it('accepts the bounds themselves', () => {
    expect(() => resolveSettings({ waitSeconds: 10, quietStartSeconds: 0, retentionDays: 3650 })).not.toThrow()
  })
})
