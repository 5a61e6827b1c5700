import { describe, expect, it, vi } from 'vitest'
import { createClient } from './visitor-client.ts'
import { memoryStorage } from './platform.ts'
import { SERVER, useMockServer } from './testing/network.ts'

const mock = useMockServer()
const newClient = () => createClient({ server: SERVER, siteKey: 'demo', storage: memoryStorage(), tabs: false, wake: false })
const png = () => new File([new Uint8Array([137, 80, 78, 71])], 'receipt.png', { type: 'image/png' })

describe('files, presence and page context', () => {
  it('uploads a photo and sends it with a message; the timeline shows it', async () => {
    const client = newClient()
    client.connect()
    await vi.waitFor(() => expect(client.$status.get()).toBe('online'))
    const attachment = await client.upload(png())
    expect(attachment).toMatchObject({ name: 'receipt.png', type: 'image/png', size: 4 })
    client.send('', { attachments: [attachment] })
    expect(client.$timeline.get()[0]).toMatchObject({ state: 'sending', attachments: [{ name: 'receipt.png' }] })
    await vi.waitFor(() => expect(client.$timeline.get()[0]).toMatchObject({ state: 'sent', text: '', attachments: [{ id: attachment.id }] }))
    client.destroy()
  })

  it('refuses a file type the store does not take, typed, and sends nothing', async () => {
    const client = newClient()
    client.connect()
    await vi.waitFor(() => expect(client.$status.get()).toBe('online'))
    const page = new File(['<b>hi</b>'], 'x.html', { type: 'text/html' })
    await expect(client.upload(page)).rejects.toMatchObject({ code: 'invalid_input' })
    expect(() => client.send('')).toThrowError(/needs some text/)
    client.destroy()
  })

  it("knows whether an agent is online, and tells the agent the shopper's page and cart", async () => {
    const client = newClient()
    client.connect()
    await vi.waitFor(() => expect(client.$agentsOnline.get()).toBe(1))
    mock.setAgentsOnline(0)
    await vi.waitFor(() => expect(client.$agentsOnline.get()).toBe(0))
    client.setPage({ url: 'https://shop.example/p/kettle', title: 'Blue kettle' })
    client.update({ cartTotal: 42, returning: true })
    await vi.waitFor(() =>
      expect(mock.contextOf()).toEqual({
        page: { url: 'https://shop.example/p/kettle', title: 'Blue kettle' },
        attributes: { cartTotal: 42, returning: true },
      }),
    )
    client.destroy()
  })
})
