// @vitest-environment happy-dom
import { atom } from 'nanostores'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTitleFlash, type TitleFlash } from './launcher/title-flash.ts'
import { createNotifications } from './notifications.ts'

const t = ((key: string, params?: { count?: number; title?: string }) => `${key}:${params?.count ?? ''}`) as never
let hidden = false
Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden })
afterEach(() => {
  hidden = false
  document.title = 'Shop'
})

// Fed as the controller feeds it: a listener of the unread count's store.
function setUp(open = false) {
  const said: string[] = []
  /** What the panel chunk brings: how to fetch the title flash (none before it arrives). */
  const panel: { titleFlash?: () => Promise<TitleFlash> } = {}
  const notifications = createNotifications({
    t: () => t,
    isOpen: () => open,
    announce: (text) => said.push(text),
    hidden: () => hidden,
    titleFlash: () => panel.titleFlash,
  })
  const $unread = atom(0)
  $unread.listen(notifications.unread)
  return { notifications, said, panel, unread: (count: number) => $unread.set(count) }
}

describe('telling the shopper an agent wrote', () => {
  it('says it in the launcher’s status line while the panel is closed, only when the count grows', () => {
    const { notifications, said, unread } = setUp()
    unread(1)
    unread(1)
    unread(0)
    unread(2)
    expect(said).toEqual(['launcher.unread:1', 'launcher.unread:2'])
    notifications.destroy()
  })

  it('says nothing in the launcher while the panel is open (its log does)', () => {
    const { notifications, said, unread } = setUp(true)
    unread(1)
    expect(said).toEqual([])
    notifications.destroy()
  })

  it('flashes the title while the tab is hidden, once the panel brought the flash, and restores it on destroy', async () => {
    document.title = 'Shop'
    const { notifications, panel, unread } = setUp()
    hidden = true
    unread(1)
    // Before the panel chunk arrives there is no client, so no agent to hear from: nothing flashes.
    expect(document.title).toBe('Shop')
    let fetched = 0
    panel.titleFlash = async () => {
      fetched++
      return createTitleFlash({ document, window, setInterval, clearInterval: (id) => clearInterval(id as number) })
    }
    unread(0)
    unread(1)
    await vi.waitFor(() => expect(document.title).toBe('title.flash:1'))
    unread(2)
    await vi.waitFor(() => expect(document.title).toBe('title.flash:2'))
    expect(fetched).toBe(1)
    notifications.destroy()
    await vi.waitFor(() => expect(document.title).toBe('Shop'))
  })

  it('fetches the flash only when an agent writes while the tab is hidden', async () => {
    const { notifications, panel, unread } = setUp()
    let fetched = 0
    panel.titleFlash = async () => {
      fetched++
      return createTitleFlash({ document, window, setInterval, clearInterval: (id) => clearInterval(id as number) })
    }
    unread(1)
    unread(2)
    await Promise.resolve()
    expect(fetched).toBe(0)
    expect(document.title).toBe('Shop')
    notifications.destroy()
  })
})
