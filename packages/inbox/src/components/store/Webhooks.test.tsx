// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import { CatalogsContext, type Catalogs } from '../../i18n/context.ts'
import { th } from '../../i18n/th/index.ts'
import { createWebhooksApi } from '../../session/webhooks.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { fakeFetch, refusal } from '../../testing/fake-fetch.ts'
import { Webhooks } from './Webhooks.tsx'

afterEach(cleanup)

const endpoint = {
  id: '5f1c6a52-9f7e-4e4a-8d0a-2b7f0c1d2e3f',
  url: 'https://shop.example/hook',
  events: ['message.created', 'conversation.resolved'],
  createdAt: '2026-12-01T20:00:00.000Z',
}
const attempt = (n: number, status: number | null, retryAt: string | null) => ({
  id: String(n),
  endpointId: endpoint.id,
  url: endpoint.url,
  event: 'message.created',
  attempt: n,
  status,
  error: status === null ? 'connection refused' : null,
  durationMs: 12,
  at: '2026-12-01T20:01:00.000Z',
  retryAt,
})

/** The section with these endpoints and log lines, in English unless `catalogs` are given. */
async function open(endpoints: unknown[] = [], attempts: unknown[] = [], catalogs: Catalogs | null = null) {
  const server = fakeFetch({ 'GET /api/webhooks': [200, { endpoints, attempts }] })
  const { root } = mount(
    <CatalogsContext.Provider value={catalogs}>
      <Webhooks api={createWebhooksApi('', server.fetch)} />
    </CatalogsContext.Provider>,
  )
  await settle()
  return { root, server }
}

const status = (root: HTMLElement) => root.querySelector('section > [role="status"]')!.textContent
const alert = (root: HTMLElement) => root.querySelector('section > [role="alert"], form [role="alert"]')!.textContent
const submit = async (root: HTMLElement, label = 'Add endpoint') => {
  await act(() => button(root, label).click())
  await settle()
}
const untick = (box: HTMLInputElement) =>
  act(() => {
    box.checked = false
    box.dispatchEvent(new Event('change', { bubbles: true }))
  })

describe('Webhooks on the Store page', () => {
  it('adds an endpoint for the chosen events and shows its secret once, focused and announced', async () => {
    const { root, server } = await open()
    expect(root.querySelector('h3')!.textContent).toBe('Webhooks')
    expect(root.textContent).toContain('No endpoints yet.')
    type(byLabel(root, 'Endpoint URL'), ' https://shop.example/hook ')
    untick(root.querySelector<HTMLInputElement>('#webhook-event-checkin\\.answered')!)
    untick(root.querySelector<HTMLInputElement>('#webhook-event-conversation\\.created')!)
    server.answer({
      'POST /api/webhooks': [201, { endpoint, secret: 'whsec_shown_once' }],
      'GET /api/webhooks': [200, { endpoints: [endpoint], attempts: [] }],
    })
    await submit(root)

    expect(server.calls.find((c) => c.route === 'POST /api/webhooks')!.body).toEqual({
      url: 'https://shop.example/hook',
      events: ['message.created', 'conversation.resolved'],
    })
    const secret = byLabel(root, 'Signing secret for https://shop.example/hook')
    expect(secret.value).toBe('whsec_shown_once')
    expect(secret.readOnly).toBe(true)
    await settle()
    expect(document.activeElement).toBe(secret)
    expect(status(root)).toBe('Endpoint added. Copy its secret now: it will not be shown again.')
    expect(root.querySelector('.webhook-list')!.textContent).toContain('A message is written · A conversation is resolved')

    await act(() => button(root, 'I have saved it').click())
    expect(root.textContent).not.toContain('whsec_shown_once')
  })

  it('refuses an empty URL or no events without calling the server, the problem tied to the control', async () => {
    const { root, server } = await open()
    await submit(root)
    const field = byLabel(root, 'Endpoint URL')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(field.getAttribute('aria-describedby')).toContain('webhook-problem')
    expect(alert(root)).toBe('Enter the URL of your endpoint.')
    expect(document.activeElement).toBe(field)

    type(field, 'https://shop.example/hook')
    for (const box of root.querySelectorAll<HTMLInputElement>('fieldset input')) untick(box)
    await submit(root)
    expect(alert(root)).toBe('Choose at least one event.')
    expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('webhook-problem')
    expect(server.calls.filter((c) => c.route === 'POST /api/webhooks')).toHaveLength(0)
  })

  it('says under the field, in its own words, that the server refused the URL, and the rule it keeps', async () => {
    const { root, server } = await open()
    server.answer({ 'POST /api/webhooks': [400, refusal('bad_request', 'This server does not call its own machine or a private network.')] })
    // Whether localhost is taken is the server's to say (demo mode takes it): the inbox sends it.
    type(byLabel(root, 'Endpoint URL'), 'https://localhost/hook')
    await submit(root)
    expect(alert(root)).toBe(
      'Not saved: the URL must start with https:// and lead to a server on the internet, not to the machine Attune runs on or a private network.',
    )
    expect(byLabel(root, 'Endpoint URL').getAttribute('aria-invalid')).toBe('true')
  })

  it('names a plain-http or private URL by the server’s own rule, without calling the server', async () => {
    const { root, server } = await open()
    type(byLabel(root, 'Endpoint URL'), 'http://shop.example/hook')
    await submit(root)
    expect(alert(root)).toBe('The URL must start with https://.')
    type(byLabel(root, 'Endpoint URL'), 'https://169.254.169.254/latest/meta-data')
    await submit(root)
    expect(alert(root)).toMatch(/^The URL must lead to a server on the internet/)
    expect(server.calls.filter((c) => c.route === 'POST /api/webhooks')).toHaveLength(0)
  })

  it('sends a test event and says where the result will show; removes an endpoint', async () => {
    const { root, server } = await open([endpoint])
    server.answer({
      [`POST /api/webhooks/${endpoint.id}/test`]: [202, { queued: true }],
      [`DELETE /api/webhooks/${endpoint.id}`]: [200, { deleted: true }],
    })
    const test = button(root, 'Send a test event https://shop.example/hook')
    await act(() => test.click())
    await settle()
    expect(server.calls.map((c) => c.route)).toContain(`POST /api/webhooks/${endpoint.id}/test`)
    expect(status(root)).toContain('A test event is on its way to https://shop.example/hook')

    server.answer({ 'GET /api/webhooks': [200, { endpoints: [], attempts: [] }] })
    await act(() => button(root, 'Remove https://shop.example/hook').click())
    await settle()
    expect(status(root)).toBe('Removed https://shop.example/hook.')
    expect(root.textContent).toContain('No endpoints yet.')
    expect(document.activeElement).toBe(byLabel(root, 'Endpoint URL'))
  })

  it('asks before making a new secret, then shows it once', async () => {
    const { root, server } = await open([endpoint])
    server.answer({ [`POST /api/webhooks/${endpoint.id}/rotate`]: [200, { endpoint, secret: 'whsec_new' }] })
    await act(() => button(root, 'New secret https://shop.example/hook').click())
    const group = root.querySelector('[role="group"]')!
    expect(group.textContent).toContain('The current one stops working at once')
    await act(() => button(root, 'Make a new secret').click())
    await settle()
    expect(byLabel(root, 'Signing secret for https://shop.example/hook').value).toBe('whsec_new')
    expect(status(root)).toBe('New secret made. Copy it now: it will not be shown again.')
  })

  it('lists the delivery log with each try’s result in words', async () => {
    const { root } = await open([endpoint], [attempt(2, 200, null), attempt(1, 500, '2026-12-01T20:01:10.000Z')])
    const table = root.querySelector('table')!
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent)
    expect(headers).toEqual(['Time', 'Event', 'Endpoint', 'Try', 'Result', 'Took', 'Next try'])
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
    expect(rows.map((r) => [r[1], r[3], r[4], r[6] === '—'])).toEqual([
      ['A message is written', '2', 'Delivered (200)', true],
      ['A message is written', '1', 'Failed (500)', false],
    ])
    expect(root.querySelector('[role="region"]')!.getAttribute('aria-labelledby')).toBe('webhook-log-title')
  })
})

describe('Webhooks on the Store page, in Thai', () => {
  const t = th.webhooks

  it('says in Thai why a private address is refused, before sending it', async () => {
    const { root, server } = await open([], [], th)
    type(byLabel(root, t.url), 'https://192.168.1.1/hook')
    await submit(root, t.add)
    expect(alert(root)).toBe(
      'URL ต้องชี้ไปที่เซิร์ฟเวอร์ที่เข้าถึงได้จากอินเทอร์เน็ต จะชี้ไปที่เครื่องที่ Attune ทำงานอยู่หรือเครือข่ายภายในไม่ได้ (เช่น 127.0.0.1, 10.x.x.x, 192.168.x.x)',
    )
    expect(server.calls.filter((c) => c.route === 'POST /api/webhooks')).toHaveLength(0)
  })

  it('says in Thai, not in the server’s English, why the server refused a URL', async () => {
    const { root, server } = await open([], [], th)
    server.answer({ 'POST /api/webhooks': [400, refusal('bad_request', 'This server does not call its own machine or a private network.')] })
    type(byLabel(root, t.url), 'https://localhost./hook')
    await submit(root, t.add)
    expect(alert(root)).toBe('ยังไม่ได้บันทึก URL ต้องขึ้นต้นด้วย https:// และชี้ไปที่เซิร์ฟเวอร์ที่เข้าถึงได้จากอินเทอร์เน็ต ไม่ใช่เครื่องที่ Attune ทำงานอยู่หรือเครือข่ายภายใน')
    expect(byLabel(root, t.url).getAttribute('aria-invalid')).toBe('true')
  })

  it('writes the delivery log’s times as Thai writes them, not in US English', async () => {
    const { root } = await open([endpoint], [attempt(1, 500, '2026-12-01T20:01:10.000Z')], th)
    const [at, , , , , , next] = [...root.querySelectorAll('tbody tr td')].map((td) => td.textContent)
    const thai = (iso: string) => new Intl.DateTimeFormat('th', { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso))
    expect([at, next]).toEqual([thai('2026-12-01T20:01:00.000Z'), thai('2026-12-01T20:01:10.000Z')])
    expect(at).not.toMatch(/AM|PM/)
  })
})
