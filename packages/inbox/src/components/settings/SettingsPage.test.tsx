// @vitest-environment happy-dom
import { DEFAULT_SETTINGS } from '@attune/empathy'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import { createSettingsApi } from '../../session/settings.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { SettingsPage } from './SettingsPage.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const loaded = { settings: { ...DEFAULT_SETTINGS, waitSeconds: 120, effortItem: true, topics: ['order', 'returns'] } }

/** A stubbed server: GET answers `loaded`, PUT answers `put(body)`. */
function stubFetch(put: (body: { settings: Record<string, unknown> }) => [unknown, number]) {
  const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
    if (init?.method === 'PUT') {
      const [body, status] = put(JSON.parse(init.body as string))
      return new Response(JSON.stringify(body), { status })
    }
    return new Response(JSON.stringify(loaded), { status: 200 })
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

async function open() {
  const { root } = mount(<SettingsPage api={createSettingsApi()} />)
  await settle()
  return root
}

function save(root: HTMLElement) {
  act(() => button(root, 'Save settings').click())
}

describe('SettingsPage', () => {
  it('fills the form from GET /api/settings, and leaves the identity secret to the Store page', async () => {
    stubFetch(() => [{}, 500])
    const root = await open()
    expect(root.querySelector('form')!.getAttribute('aria-labelledby')).toBe('check-ins-title')
    expect(root.querySelector('#check-ins-title')!.textContent).toBe('Check-ins')
    expect(byLabel(root, 'Ask before the chat').checked).toBe(true)
    expect(byLabel(root, 'Ask during the chat after a wait of (seconds)').value).toBe('120')
    expect(byLabel(root, 'Long chat (shopper messages)').value).toBe('20')
    expect(byLabel(root, 'At most one automatic check-in every (seconds)').value).toBe('300')
    expect(byLabel(root, 'No check-in in the first (seconds)').value).toBe('30')
    expect(byLabel<HTMLSelectElement>(root, 'Ask when the signal is').value).toBe('frustrated')
    expect(byLabel(root, 'Ask the effort question after the chat').checked).toBe(true)
    expect(byLabel(root, 'Topics (comma-separated ids)').value).toBe('order, returns')
    expect(byLabel(root, 'Keep check-in answers for (days)').value).toBe('90')
    expect(root.textContent).not.toContain('Identity secret')
  })

  it('saves the whole form with PUT and says "Saved."', async () => {
    const fetch = stubFetch((body) => [{ settings: { ...loaded.settings, ...body.settings } }, 200])
    const root = await open()
    act(() => byLabel(root, 'Ask after the chat').click())
    type(byLabel(root, 'Long chat (shopper messages)'), '12')
    type(byLabel(root, 'Topics (comma-separated ids)'), 'order, payment')
    const select = byLabel<HTMLSelectElement>(root, 'Ask when the signal is')
    act(() => {
      select.value = 'concerned'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    save(root)
    await settle()
    const [url, init] = fetch.mock.calls[1]!
    expect(url).toBe('/api/settings')
    expect(JSON.parse(init!.body as string).settings).toEqual({
      moments: { before: true, during: true, after: false },
      waitSeconds: 120,
      longChatMessages: 12,
      minSecondsBetweenAutoCheckIns: 300,
      quietStartSeconds: 30,
      signalThreshold: 'concerned',
      effortItem: true,
      topics: ['order', 'payment'],
      retentionDays: 90,
      complaintAlerts: true,
    })
    expect(root.querySelector('.settings-actions [role="status"]')!.textContent).toBe('Saved.')
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('')
  })

  it('shows each server issue next to its field and sums them up in an alert', async () => {
    stubFetch(() => [
      {
        error: {
          code: 'invalid_settings',
          message: 'Invalid',
          issues: [
            { path: 'waitSeconds', code: 'range', message: 'must be between 10 and 3600' },
            { path: 'topics.1', code: 'type', message: 'must be an id' },
          ],
        },
      },
      400,
    ])
    const root = await open()
    type(byLabel(root, 'Ask during the chat after a wait of (seconds)'), '5')
    type(byLabel(root, 'Topics (comma-separated ids)'), 'order, Big Sale')
    save(root)
    await settle()

    const wait = byLabel(root, 'Ask during the chat after a wait of (seconds)')
    expect(wait.getAttribute('aria-invalid')).toBe('true')
    expect(root.querySelector(`#${wait.getAttribute('aria-describedby')}`)!.textContent).toBe('Use a whole number from 10 to 3600.')
    expect(document.activeElement).toBe(wait)

    const topics = byLabel(root, 'Topics (comma-separated ids)')
    expect(topics.getAttribute('aria-invalid')).toBe('true')
    const described = topics
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => root.querySelector(`#${id}`)!.textContent)
    expect(described).toContain('Topic 2 ("Big Sale") must be a lowercase id (a-z, 0-9, _ or -), listed once.')

    expect(byLabel(root, 'Long chat (shopper messages)').hasAttribute('aria-invalid')).toBe(false)
    const alert = root.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain('The settings were not saved')
    expect(alert.querySelectorAll('li')).toHaveLength(2)
    expect(alert.textContent).toContain('Ask during the chat after a wait of (seconds): Use a whole number from 10 to 3600.')
    expect(root.querySelector('.settings-actions [role="status"]')!.textContent).toBe('')
  })
})
