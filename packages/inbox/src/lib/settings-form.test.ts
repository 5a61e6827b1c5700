import { DEFAULT_SETTINGS } from '@attune/empathy'
import { describe, expect, it } from 'vitest'
import { enSettings } from '../i18n/en-settings.ts'
import { fieldOfIssue, formToSettings, issuesByField, settingsToForm } from './settings-form.ts'

describe('settings form', () => {
  it('round-trips the settings through the form', () => {
    const form = settingsToForm(DEFAULT_SETTINGS)
    expect(form).toMatchObject({ before: true, waitSeconds: '90', topics: 'order, product, returns, payment, other' })
    expect(formToSettings(form)).toEqual({ ...DEFAULT_SETTINGS, topics: [...DEFAULT_SETTINGS.topics], moments: { ...DEFAULT_SETTINGS.moments } })
  })

  it('sends what was typed without correcting it: blanks and junk as null, topics trimmed', () => {
    const form = {
      ...settingsToForm(DEFAULT_SETTINGS),
      waitSeconds: ' ',
      longChatMessages: '2.5',
      retentionDays: 'abc',
      topics: ' order ,, Returns,',
    }
    const payload = formToSettings(form)
    expect(payload.waitSeconds).toBeNull()
    expect(payload.longChatMessages).toBe(2.5)
    expect(payload.retentionDays).toBeNull()
    expect(payload.topics).toEqual(['order', 'Returns'])
  })

  it('maps issue paths to fields', () => {
    expect(fieldOfIssue('moments.during')).toBe('during')
    expect(fieldOfIssue('moments.sometimes')).toBeNull()
    expect(fieldOfIssue('topics.2')).toBe('topics')
    expect(fieldOfIssue('waitSeconds')).toBe('waitSeconds')
    expect(fieldOfIssue('waitSecond')).toBeNull()
    expect(fieldOfIssue('before')).toBeNull()
  })

  it('words issues with the shared bounds and groups them by field, in form order', () => {
    const payload = formToSettings({ ...settingsToForm(DEFAULT_SETTINGS), topics: 'order, Bad, order' })
    const { byField, all } = issuesByField(
      [
        { path: 'topics.1', code: 'type', message: 'must be an id' },
        { path: 'topics.2', code: 'type', message: '"order" is listed twice' },
        { path: 'waitSeconds', code: 'range', message: 'must be between 10 and 3600' },
        { path: 'retentionDays', code: 'type', message: 'must be a whole number' },
        { path: 'colour', code: 'unknown', message: 'no such setting' },
      ],
      payload,
      enSettings.issue,
    )
    expect(byField.waitSeconds).toEqual(['Use a whole number from 10 to 3600.'])
    expect(byField.retentionDays).toEqual(['Use a whole number.'])
    expect(byField.topics).toEqual([
      'Topic 2 ("Bad") must be a lowercase id (a-z, 0-9, _ or -), listed once.',
      'Topic 3 ("order") must be a lowercase id (a-z, 0-9, _ or -), listed once.',
    ])
    expect(all.map((i) => i.field)).toEqual(['waitSeconds', 'topics', 'topics', 'retentionDays', null])
    expect(all.at(-1)!.text).toBe('no such setting')
  })
})
