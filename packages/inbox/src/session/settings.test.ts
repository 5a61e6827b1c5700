import { DEFAULT_SETTINGS } from '@attune/empathy'
import { describe, expect, it, vi } from 'vitest'
import { createSettingsApi } from './settings.ts'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })

describe('settings api', () => {
  it('loads the settings with the session cookie', async () => {
    const fetch = vi.fn(async () => json({ settings: DEFAULT_SETTINGS }))
    const result = await createSettingsApi('', fetch).loadSettings()
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS })
    expect(fetch).toHaveBeenCalledWith('/api/settings', expect.objectContaining({ credentials: 'same-origin' }))
  })

  it('saves with PUT, and returns every issue of a 400 invalid_settings', async () => {
    const issues = [{ path: 'waitSeconds', code: 'range', message: 'must be between 10 and 3600' }]
    const fetch = vi.fn(async () => json({ error: { code: 'invalid_settings', message: 'x', issues } }, 400))
    const result = await createSettingsApi('', fetch).saveSettings({ waitSeconds: 5 })
    expect(result).toEqual({ ok: false, reason: 'invalid', issues })
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/settings')
    expect(init.method).toBe('PUT')
    expect(JSON.parse(init.body as string)).toEqual({ settings: { waitSeconds: 5 } })
  })

  it('tells failures apart', async () => {
    expect(
      await createSettingsApi(
        '',
        vi.fn(async () => json({}, 401)),
      ).loadSettings(),
    ).toEqual({ ok: false, reason: 'unauthorized' })
    expect(
      await createSettingsApi(
        '',
        vi.fn(async () => json({}, 500)),
      ).saveSettings({}),
    ).toEqual({ ok: false, reason: 'server' })
    const offline = vi.fn(async () => {
      throw new TypeError('offline')
    })
    expect(await createSettingsApi('', offline).loadSettings()).toEqual({ ok: false, reason: 'network' })
  })

  it("counts an answer that is not the protocol's as the server failing", async () => {
    const answering = (body: unknown, status = 200) =>
      createSettingsApi(
        '',
        vi.fn(async () => json(body, status)),
      )
    expect(await answering({ settings: 'on' }).loadSettings()).toEqual({ ok: false, reason: 'server' })
    expect(await answering({ ok: true }).saveSettings({})).toEqual({ ok: false, reason: 'server' })
    // A 400 without the invalid_settings issues (a proxy's, or the envelope refused) has nothing to mark.
    expect(await answering({ error: { code: 'bad_request', message: 'x' } }, 400).saveSettings({})).toEqual({ ok: false, reason: 'server' })
  })
})
