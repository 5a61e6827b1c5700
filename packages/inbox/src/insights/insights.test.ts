import { describe, expect, it, vi } from 'vitest'
import { enInsights } from '../i18n/en-insights.ts'
import { createInsightsApi, insightsQuery } from './api.ts'
import { answerRateByDay, matrixShade, moodByDay } from './chart-data.ts'
import { insightsFixture } from './fixture.ts'
import { toFigures } from './figures.ts'
import { dayIn, filtersFromSearch, filtersToSearch, NO_FILTERS, withAnsweredDays } from './filters.ts'

const filters = { from: '2026-01-01', to: '2026-01-30', topic: 'order', reason: '', language: 'th', agentId: '' }

describe('filters', () => {
  it("leave the days to the server unless the URL names them: the default is the store's, not the browser's", () => {
    expect(filtersFromSearch('')).toEqual(NO_FILTERS)
    expect(filtersToSearch(NO_FILTERS)).toBe('')
    expect(insightsQuery(NO_FILTERS, 'Asia/Manila')).toBe('tz=Asia%2FManila')
    // One day named and the other left out is not a reversed range.
    expect(filtersFromSearch('?from=2026-01-05')).toMatchObject({ from: '2026-01-05', to: '' })
    // 20:00 UTC on Jan 30 is already Jan 31 in Bangkok.
    expect(dayIn(new Date('2026-01-30T20:00:00Z'), 'Asia/Bangkok')).toBe('2026-01-31')
  })
  it('round-trip through the URL, leave bad dates unchosen and put a reversed range right', () => {
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters)
    expect(filtersFromSearch('?from=yesterday&topic=returns')).toEqual({ ...NO_FILTERS, topic: 'returns' })
    expect(filtersFromSearch('?from=2026-02-01&to=2026-01-01')).toMatchObject({ from: '2026-01-01', to: '2026-02-01' })
  })
  it("read the days left unchosen off the answer, in its zone, its last day the one before the range's end", () => {
    const bangkok = { from: '2025-12-31T17:00:00.000Z', to: '2026-01-30T17:00:00.000Z', timeZone: 'Asia/Bangkok' }
    expect(withAnsweredDays(NO_FILTERS, bangkok)).toEqual({ ...NO_FILTERS, from: '2026-01-01', to: '2026-01-30' })
    // New York's 1 November 2026 has 25 hours; the range still ends on it.
    const newYork = { from: '2026-10-03T04:00:00.000Z', to: '2026-11-02T05:00:00.000Z', timeZone: 'America/New_York' }
    expect(withAnsweredDays(NO_FILTERS, newYork)).toMatchObject({ from: '2026-10-03', to: '2026-11-01' })
    // A day the manager chose stays as chosen.
    expect(withAnsweredDays({ ...NO_FILTERS, from: '2026-10-20' }, newYork)).toMatchObject({ from: '2026-10-20', to: '2026-11-01' })
  })
})

describe('the insights api', () => {
  it('asks for the filters set and the time zone, with the session cookie', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(insightsFixture()), { status: 200 }))
    const api = createInsightsApi('Asia/Vientiane', '', fetch)
    const result = await api.load(filters)
    expect(result.ok).toBe(true)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/insights?from=2026-01-01&to=2026-01-30&topic=order&language=th&tz=Asia%2FVientiane')
    expect(init.credentials).toBe('same-origin')
    expect(api.csvUrl(filters)).toBe(`/api/insights.csv?${insightsQuery(filters, 'Asia/Vientiane')}`)
  })
  it('tells an expired session, a failing server and no network apart', async () => {
    const respond = (status: number) => vi.fn(async () => new Response('{}', { status }))
    expect(await createInsightsApi('UTC', '', respond(401)).load(filters)).toEqual({ ok: false, reason: 'unauthorized' })
    expect(await createInsightsApi('UTC', '', respond(500)).load(filters)).toEqual({ ok: false, reason: 'server' })
    expect(await createInsightsApi('UTC', '', respond(200)).load(filters)).toEqual({ ok: false, reason: 'server' })
    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))
    expect(await createInsightsApi('UTC', '', offline).load(filters)).toEqual({ ok: false, reason: 'network' })
  })
  it("counts an answer the protocol's schema refuses as the server failing", async () => {
    const data = insightsFixture()
    const bad = { ...data, conversations: [{ ...data.conversations[0], moodAfter: 7 }] }
    const fetch = vi.fn(async () => new Response(JSON.stringify(bad), { status: 200 }))
    expect(await createInsightsApi('UTC', '', fetch).load(filters)).toEqual({ ok: false, reason: 'server' })
  })
})

describe('chart data', () => {
  it('averages mood before and after per day, with gaps for days without answers', () => {
    const series = moodByDay(insightsFixture(), 'UTC')
    expect(series.days).toEqual(['2026-01-05', '2026-01-06', '2026-01-07'])
    expect(series.x[1]! - series.x[0]!).toBe(86_400)
    expect(series.series).toEqual([
      [1.5, null, 3],
      [2.5, null, 5],
    ])
  })
  it('counts a conversation on the day it started in the time zone given', () => {
    // Honolulu is UTC−10: Jan 7 09:00Z is 23:00 on Jan 6 there, and Jan 5's two are Jan 4's
    // (outside the server's days, so they are not drawn on a wrong day).
    const series = moodByDay(insightsFixture(), 'Pacific/Honolulu')
    expect(series.series[0]).toEqual([null, 3, null])
  })
  it('gives the answer rate per moment per day in percent', () => {
    expect(answerRateByDay(insightsFixture()).series).toEqual([
      [100, null, 100],
      [100, null, 100],
      [100, null, 100],
    ])
  })
  it('shades the matrix against its largest cell', () => {
    expect(
      matrixShade([
        [0, 2],
        [1, 0],
      ]),
    ).toEqual([
      [0, 1],
      [0.5, 0],
    ])
    expect(matrixShade([[0]])).toEqual([[0]])
  })
})

describe('headline figures', () => {
  it('shows each figure with its n, and a dash when nothing was answered', () => {
    const figures = toFigures(insightsFixture().summary, enInsights.figures)
    expect(figures.map((f) => [f.label, f.value, f.n])).toEqual([
      ['Mean mood change', '+1.3', 'n = 3'],
      ['Mood recovery', '50%', 'n = 2'],
      ['Felt understood', '50%', 'n = 2'],
      ['Resolved', '67%', 'n = 3'],
      ['Mean effort', '4.7', 'n = 3'],
      ['Satisfaction', '67%', 'n = 3'],
      ['Recovered after follow-up', '—', 'n = 0'],
    ])
    const empty = toFigures({ ...insightsFixture().summary, meanChange: { value: null, n: 0 } }, enInsights.figures)
    expect(empty[0]).toMatchObject({ value: '—', n: 'n = 0' })
  })
})
