import { describe, expect, it } from 'vitest'
import { filterRecords, groupByDay } from './group.ts'
import { RECORDS } from './records.fixture.ts'

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id)

describe('filterRecords', () => {
  it('keeps every record when nothing is asked', () => {
    expect(ids(filterRecords(RECORDS, {}))).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'])
  })

  it('from is inclusive and to exclusive, as ISO or ms', () => {
    expect(ids(filterRecords(RECORDS, { from: '2025-03-04T08:00:00Z', to: '2025-03-05T12:00:00Z' }))).toEqual(['c4', 'c5'])
    expect(ids(filterRecords(RECORDS, { from: Date.parse('2025-03-05T13:00:00Z') }))).toEqual(['c7', 'c8'])
  })

  it('filters by topic, reason, language and agent', () => {
    expect(ids(filterRecords(RECORDS, { topic: 'order' }))).toEqual(['c1', 'c6'])
    expect(ids(filterRecords(RECORDS, { reason: 'product' }))).toEqual(['c2'])
    expect(ids(filterRecords(RECORDS, { language: 'th' }))).toEqual(['c2', 'c5'])
    expect(ids(filterRecords(RECORDS, { agentId: 'a2', language: 'en' }))).toEqual(['c7'])
  })

  it('null keeps the records without a topic, reason or agent', () => {
    expect(ids(filterRecords(RECORDS, { topic: null }))).toEqual(['c5', 'c8'])
    expect(ids(filterRecords(RECORDS, { reason: null }))).toEqual(['c3', 'c5', 'c7', 'c8'])
    expect(ids(filterRecords(RECORDS, { agentId: null }))).toEqual(['c6'])
  })
})

describe('groupByDay', () => {
  it('groups by the UTC day by default', () => {
    const days = groupByDay(RECORDS)
    expect(days.map((d) => [d.day, d.summary.conversations])).toEqual([
      ['2025-03-03', 3],
      ['2025-03-04', 2],
      ['2025-03-05', 3],
    ])
    // 03-03: c1 +2, c2 0, c3 +1 → 3 / 3
    expect(days[0]?.summary.meanChange).toEqual({ value: 1, n: 3 })
  })

  it('uses the store’s time zone for the day', () => {
    // Bangkok is UTC+7: c3 (23:30 UTC on 03-03) started at 06:30 on 03-04.
    const days = groupByDay(RECORDS, 'Asia/Bangkok')
    expect(days.map((d) => [d.day, d.summary.conversations])).toEqual([
      ['2025-03-03', 2],
      ['2025-03-04', 3],
      ['2025-03-05', 3],
    ])
  })

  it('fills days without conversations with empty summaries', () => {
    const days = groupByDay(RECORDS.filter((r) => !r.startedAt.startsWith('2025-03-04')))
    expect(days.map((d) => d.day)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05'])
    expect(days[1]?.summary.conversations).toBe(0)
    expect(days[1]?.summary.satisfaction).toEqual({ value: null, count: 0, n: 0 })
  })

  it('is empty for no records', () => {
    expect(groupByDay([])).toEqual([])
  })
})
