import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { DaySchema, InsightsQuerySchema } from './insights.ts'

const messages = (input: unknown) => v.safeParse(InsightsQuerySchema, input).issues?.map((issue) => issue.message) ?? []

describe('the insights query', () => {
  it('takes calendar days from 2000 to 2100 only', () => {
    expect(v.is(DaySchema, '2026-02-28')).toBe(true)
    expect(v.is(DaySchema, '2024-02-29')).toBe(true)
    for (const day of ['1000-01-01', '1999-12-31', '2101-01-01', '9999-12-31', '2026-02-29', '2026-13-01', '2026-1-1']) {
      expect(v.is(DaySchema, day), day).toBe(false)
    }
  })

  it('takes a range of at most 400 days, from on or before to', () => {
    expect(messages({ from: '2026-01-01', to: '2027-02-04' })).toEqual([])
    expect(messages({ from: '2026-01-01', to: '2027-02-05' })).toEqual(['A range is at most 400 days.'])
    expect(messages({ from: '2026-01-02', to: '2026-01-01' })).toEqual(['"from" must be a day on or before "to".'])
    expect(messages({ from: '2000-01-01' })).toEqual([])
  })
})
