import { deflateSync } from 'node:zlib'
import { test, expect } from '../fixtures/test.ts'

/** A real 2×2 PNG (red), built here so the test needs no fixture file. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(4)
    head.writeUInt32BE(body.length)
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), body])
    const tail = Buffer.alloc(4)
    tail.writeUInt32BE(crc(typed))
    return Buffer.concat([head, typed, tail])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(2, 0)
  header.writeUInt32BE(2, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.from([0, 255, 0, 0, 255, 0, 0])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat([row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

test('a shopper attaches a photo: it uploads to the server, shows as a preview, and the agent sees it', async ({ shopper, agent }) => {
  const chunks = shopper.widgetChunks()
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('The parcel arrived damaged, photo attached')
  await agent.open('photo attached')
  await shopper.fileInput.setInputFiles({ name: 'damaged-box.png', mimeType: 'image/png', buffer: tinyPng() })

  // The preview is the file the server now holds, loaded back from it.
  const preview = shopper.messages.getByRole('img', { name: 'damaged-box.png' })
  await expect(preview).toBeVisible()
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2)
  // The attachment UI, its uploader and the rich content came on demand, after the panel.
  expect(chunks).toEqual(expect.arrayContaining(['uploads', 'rich']))
  expect(chunks.indexOf('uploads')).toBeGreaterThan(chunks.indexOf('panel'))

  const inInbox = agent.conversation.getByRole('img', { name: 'damaged-box.png' })
  await expect(inInbox).toBeVisible()
  await expect.poll(() => inInbox.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2)
})

test('an agent attaches a file: the uploader arrives with it, and the shopper sees the file', async ({ shopper, agent }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Can you send me the invoice?')
  await agent.open('send me the invoice')
  // The inbox's uploader is not on its first screen (decision 023): it loads with this file.
  await agent.page.locator('input[type="file"]').setInputFiles({ name: 'invoice.png', mimeType: 'image/png', buffer: tinyPng() })
  await expect(agent.page.getByText('Ready', { exact: true })).toBeVisible({ timeout: 15_000 })
  await agent.replyBox.fill('Here it is')
  await agent.page.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(shopper.messages.getByRole('img', { name: 'invoice.png' })).toBeVisible({ timeout: 15_000 })
})
