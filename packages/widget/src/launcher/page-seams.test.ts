// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { pageSeams } from './page-seams.ts'

afterEach(() => {
  vi.unstubAllGlobals()
  document.documentElement.lang = ''
  history.replaceState(null, '', '/')
})

describe('the controller’s seams on a real page', () => {
  it('offers the boot option first, then the page’s `lang`, then the browser’s languages', () => {
    document.documentElement.lang = 'th'
    let option: string | null = 'lo'
    const seams = pageSeams('shop', 'https://chat.example', () => option)
    expect(seams.languages()).toEqual(['lo', 'th', ...navigator.languages])
    option = null
    expect(seams.languages()[0]).toBeNull()
  })

  it('asks the site’s launcher URL who is there, and asks nothing without a site key', async () => {
    const fetch = vi.fn(async () => Response.json({ open: true, attended: true }))
    vi.stubGlobal('fetch', fetch)
    await expect(pageSeams('my shop', 'https://chat.example', () => null).askWhoIsThere?.()).resolves.toEqual({ open: true, attended: true })
    expect(fetch).toHaveBeenCalledWith('https://chat.example/api/sites/my%20shop/launcher')
    expect(pageSeams(null, 'https://chat.example', () => null).askWhoIsThere).toBeUndefined()
  })

  it('knows a reply email’s link back by the address', () => {
    expect(pageSeams('shop', 'https://chat.example', () => null).resuming).toBe(false)
    history.replaceState(null, '', '/#attune-resume=abc')
    expect(pageSeams('shop', 'https://chat.example', () => null).resuming).toBe(true)
  })
})
