// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import { createInsightsApi } from '../../insights/api.ts'
import { insightsFixture } from '../../insights/fixture.ts'
import { forgetConversation } from '../../session/forget.ts'
import { cleanup, byLabel, mount, settle } from '../../testing/dom.ts'
import { $erased } from './erased.ts'
import { InsightsPage } from './InsightsPage.tsx'
import { UPlotChart, type CreatePlot } from './UPlotChart.tsx'

afterEach(() => {
  cleanup()
  $erased.set(new Set())
  vi.unstubAllGlobals()
  vi.useRealTimers()
  history.replaceState(null, '', '/')
})

function stubFetch(body: unknown, status = 200) {
  const fetch = vi.fn(async (_url: string) => new Response(JSON.stringify(body), { status }))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

async function open(search: string, create?: CreatePlot, timeZone = 'UTC') {
  const api = createInsightsApi(timeZone)
  const view = mount(<InsightsPage api={api} search={search} timeZone={timeZone} {...(create ? { createPlot: create } : {})} />)
  await settle()
  return view.root
}

describe('InsightsPage', () => {
  it('shows the headline figures with their n from the endpoint', async () => {
    const fetch = stubFetch(insightsFixture())
    const root = await open('')
    expect(fetch.mock.calls[0]![0]).toBe('/api/insights?tz=UTC')
    const figure = (key: string) => root.querySelector(`[data-figure="${key}"]`)!.textContent
    expect(figure('meanChange')).toContain('+1.3')
    expect(figure('moodRecovery')).toContain('50%')
    expect(figure('moodRecovery')).toContain('n = 2')
    expect(figure('satisfaction')).toContain('67%')
    expect(root.querySelector('[role="status"]')!.textContent).toBe('3 conversations')
  })

  it('links the CSV download with the same filters, and lists who ended very upset', async () => {
    stubFetch(insightsFixture())
    const root = await open('?from=2026-01-05&to=2026-01-07&language=th&topic=order')
    const csv = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Download CSV')!
    expect(csv.getAttribute('href')).toBe('/api/insights.csv?from=2026-01-05&to=2026-01-07&topic=order&language=th&tz=UTC')
    expect(csv.hasAttribute('download')).toBe(true)
    expect(byLabel<HTMLSelectElement>(root, 'Language').value).toBe('th')
    const risk = root.querySelector('[aria-labelledby="risk-title"]')!
    expect(risk.querySelector('a')!.getAttribute('href')).toBe('/?conversation=conv_0002bbbb')
    // The matrix and the per-conversation table are tables with headers.
    expect(root.querySelector('table.matrix caption')!.textContent).toMatch(/start/)
    expect(root.querySelectorAll('.conversations-table tbody tr')).toHaveLength(3)
  })

  it('shows returning shoppers’ trend per week and the complaint-risk count with links to the conversations', async () => {
    stubFetch(insightsFixture())
    const root = await open('')
    const returning = root.querySelector('[aria-labelledby="returning-title"]')!
    // The fixture's first two chats are one shopper's: 2 → 4, then 1 → 1 (worsening from 4 to 1).
    expect(returning.textContent).toContain('1 returning shopper')
    expect([...returning.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['0%', '0%', '100%', '4.0', '1.0'])
    expect(returning.querySelector('table caption')!.textContent).toBe('Returning shoppers by the week of their latest chat')
    expect(returning.querySelector('tbody th')!.textContent).toBe('2026-01-05')
    const complaints = root.querySelector('[aria-labelledby="complaints-title"]')!
    expect(complaints.textContent).toContain('2 messages in 1 conversation.')
    expect(complaints.querySelector('a')!.getAttribute('href')).toBe('/?conversation=conv_0002bbbb')
  })

  it('puts a changed filter in the URL, where the app reads it from', async () => {
    stubFetch(insightsFixture())
    const root = await open('')
    const reason = byLabel<HTMLSelectElement>(root, 'Reason')
    act(() => {
      reason.value = 'product'
      reason.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(location.search).toBe('?from=2026-01-01&to=2026-01-30&reason=product')
  })

  it("says which zone the days are in, and asks for the feedback of the same days: the store's, not the browser's", async () => {
    const fetch = stubFetch({ ...insightsFixture(), range: { ...insightsFixture().range, timeZone: 'Asia/Bangkok' } })
    const root = await open('?from=2026-01-05&to=2026-01-07')
    expect(fetch.mock.calls[0]![0]).toBe('/api/insights?from=2026-01-05&to=2026-01-07&tz=UTC')
    expect(root.textContent).toContain('Days are counted in Asia/Bangkok time.')
    expect(fetch.mock.calls.map(([url]) => url)).toContain('/api/feedback?from=2026-01-05&to=2026-01-07&tz=Asia%2FBangkok')
  })

  it("opens on the store's last 30 days, not the browser's: a Manila manager after midnight sees a Bangkok store's today", async () => {
    // 16:30Z on 30 January: 00:30 on the 31st in Manila, still 23:30 on the 30th in Bangkok. The
    // server, which knows the store's zone, answers with the days it counted.
    vi.useFakeTimers({ now: Date.parse('2026-01-30T16:30:00Z'), toFake: ['Date'] })
    const range = { from: '2025-12-31T17:00:00.000Z', to: '2026-01-30T17:00:00.000Z', timeZone: 'Asia/Bangkok' }
    const fetch = stubFetch({ ...insightsFixture(), range })
    const root = await open('', undefined, 'Asia/Manila')
    // No days asked for: the browser's 31st is a day the store has not begun.
    expect(fetch.mock.calls[0]![0]).toBe('/api/insights?tz=Asia%2FManila')
    expect([byLabel<HTMLInputElement>(root, 'From').value, byLabel<HTMLInputElement>(root, 'To').value]).toEqual(['2026-01-01', '2026-01-30'])
    const csv = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Download CSV')!
    expect(csv.getAttribute('href')).toBe('/api/insights.csv?from=2026-01-01&to=2026-01-30&tz=Asia%2FManila')
    expect(fetch.mock.calls.map(([url]) => url)).toContain('/api/feedback?from=2026-01-01&to=2026-01-30&tz=Asia%2FBangkok')
  })

  it('says so when there is no data, and when loading failed', async () => {
    const empty = insightsFixture()
    empty.summary = { ...empty.summary, conversations: 0 }
    stubFetch(empty)
    expect((await open('')).textContent).toContain('No conversations in this period.')
    document.body.innerHTML = ''
    stubFetch({}, 500)
    const failed = await open('')
    expect(failed.querySelector('[role="alert"]')!.textContent).toMatch(/could not be loaded/)
  })

  it('draws its charts through the wrapper, with a table of the same numbers', async () => {
    stubFetch(insightsFixture())
    const created: unknown[][] = []
    const root = await open('', (_options, data) => {
      created.push(data as unknown[])
      return { setSize() {}, destroy() {} }
    })
    expect(created).toHaveLength(2)
    expect(created[0]![1]).toEqual([1.5, null, 3])
    const table = root.querySelector('#mood-chart-title')!.closest('figure')!.querySelector('details table')!
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3)
  })
})

describe('InsightsPage: a shopper erased while it is on screen', () => {
  const rows = (root: HTMLElement) => [...root.querySelectorAll('.conversations-table tbody tr')].map((row) => row.querySelector('th')!.textContent)
  const section = (root: HTMLElement, title: string) => root.querySelector(`[aria-labelledby="${title}"]`)!

  it('takes their conversation from the at-risk list, the complaint risk and the table at once, short id and moods; the others stay', async () => {
    stubFetch(insightsFixture())
    const root = await open('')
    expect(section(root, 'risk-title').textContent).toContain('Conversation bbbb')
    expect(section(root, 'complaints-title').textContent).toContain('2 messages in 1 conversation.')
    expect(rows(root)).toEqual(['Conversation aaaa', 'Conversation bbbb', 'Conversation cccc'])
    expect(root.querySelector('.conversations-table')!.textContent).toContain('very upset')

    act(() => forgetConversation('conv_0002bbbb'))
    await settle()

    expect(root.querySelector('a[href*="conv_0002bbbb"]')).toBeNull()
    expect(root.textContent).not.toContain('bbbb')
    expect(section(root, 'risk-title').textContent).toContain('No conversation ended very upset.')
    expect(section(root, 'complaints-title').textContent).toContain('No shopper threatened a public complaint in this period.')
    expect(rows(root)).toEqual(['Conversation aaaa', 'Conversation cccc'])
    // Its moods went with its row: it was the only one that ended very upset.
    expect(root.querySelector('.conversations-table')!.textContent).not.toContain('very upset')
  })

  it('an answer on its way when the shopper was erased never shows their conversation', async () => {
    let answer = (_: Response) => {}
    vi.stubGlobal('fetch', (url: string) =>
      url.startsWith('/api/insights') ? new Promise<Response>((resolve) => (answer = resolve)) : Promise.resolve(new Response('{}', { status: 500 })),
    )
    const root = await open('')
    act(() => forgetConversation('conv_0002bbbb'))
    answer(new Response(JSON.stringify(insightsFixture()), { status: 200 }))
    await settle()
    expect(rows(root)).toEqual(['Conversation aaaa', 'Conversation cccc'])
    expect(root.querySelector('a[href*="conv_0002bbbb"]')).toBeNull()
  })
})

describe('UPlotChart', () => {
  it('creates the plot on mount with the container, and destroys it on unmount', () => {
    const destroy = vi.fn()
    const create = vi.fn<CreatePlot>(() => ({ setSize() {}, destroy }))
    const options = () => ({ width: 300, height: 200, series: [] })
    const view = mount(<UPlotChart options={options} data={[[1, 2]]} create={create} />)
    expect(create).toHaveBeenCalledOnce()
    expect(create.mock.calls[0]![2]).toBe(view.root.querySelector('.chart'))
    expect(view.root.querySelector('.chart')!.getAttribute('aria-hidden')).toBe('true')
    view.unmount()
    expect(destroy).toHaveBeenCalledOnce()
  })

  it('draws nothing, and throws nothing, where there is no canvas', () => {
    // happy-dom has no 2D canvas: the default factory steps aside.
    const view = mount(<UPlotChart options={() => ({ width: 300, height: 200, series: [] })} data={[[1]]} />)
    expect(view.root.querySelector('.chart')!.children).toHaveLength(0)
    view.unmount()
  })
})
