import { describe, expect, it } from 'vitest'
import { DEFAULT_HOURS } from '@attune/protocol'
import { enHours } from '../i18n/en-hours.ts'
import { addRange, firstProblem, fromForm, removeRange, setRange, timeZones, toForm } from './hours-form.ts'

const open = { ...DEFAULT_HOURS, enabled: true, timeZone: 'Asia/Bangkok' }

describe('the Business hours form', () => {
  it('shows a range ending at midnight as closing at 00:00, and saves it as 24:00', () => {
    const late = { ...open, weekly: { ...open.weekly, fri: [{ start: '18:00', end: '24:00' }] } }
    expect(toForm(late).weekly.fri).toEqual([{ start: '18:00', end: '00:00' }])
    expect(fromForm(toForm(late))).toEqual(late)
  })

  it('adds 9 to 5 to a closed day, else an hour after the last range; removes one', () => {
    expect(addRange(open, 'sat').weekly.sat).toEqual([{ start: '09:00', end: '17:00' }])
    expect(addRange(open, 'mon').weekly.mon).toEqual([
      { start: '09:00', end: '17:00' },
      { start: '18:00', end: '19:00' },
    ])
    expect(removeRange(open, 'mon', 0).weekly.mon).toEqual([])
  })

  it('names the first refused field as the form shows it, with the protocol’s reason', () => {
    expect(firstProblem(open, enHours)).toBeNull()
    const backwards = setRange(open, 'tue', 0, { start: '17:00', end: '09:00' })
    expect(firstProblem(backwards, enHours)).toMatch(/^Tuesday, hours 1: A range starts before it ends/)
    const overlapping = addRange(setRange(open, 'wed', 0, { end: '12:00' }), 'wed')
    expect(firstProblem(setRange(overlapping, 'wed', 1, { start: '11:00', end: '14:00' }), enHours)).toBe('Wednesday: The ranges of a day overlap.')
    expect(firstProblem({ ...open, closures: [{ from: '2026-02-30' }] }, enHours)).toBe('Closure 1: No such date.')
    expect(firstProblem({ ...open, timeZone: 'Mars/Olympus' }, enHours)).toMatch(/^Time zone: /)
  })

  it('offers the runtime’s zones, and the store’s own even when the list lacks it', () => {
    expect(timeZones('Asia/Bangkok')).toContain('Asia/Bangkok')
    expect(timeZones('UTC')[0]).toBe('UTC')
  })
})
