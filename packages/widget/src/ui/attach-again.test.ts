// @vitest-environment happy-dom
// A file of its own: the upload UI's chunk, once fetched, stays for the module's life.
import { afterEach, expect, it, vi } from 'vitest'
import { act, type Mounted, mountChat } from '../testing/mount.ts'

// The upload UI's chunk fails its first fetch (a dropped connection), then arrives.
vi.mock('./chunk.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./chunk.ts')>()
  const { onDemand } = await import('../launcher/chunk.ts')
  let fetches = 0
  return { ...actual, uploadsChunk: onDemand(() => (fetches++ === 0 ? Promise.reject(new Error('offline')) : import('./Uploads.tsx'))) }
})

let chat: Mounted
afterEach(() => chat?.element.remove())

async function choose(files: { name: string; type: string; size: number }[]) {
  const input = chat.$<HTMLInputElement>('input[type="file"]')!
  Object.defineProperty(input, 'files', { configurable: true, value: files })
  await act(() => input.dispatchEvent(new Event('change', { bubbles: true })))
}

it('fetches the upload UI again for the next file when it could not be fetched for the first', async () => {
  chat = await mountChat()
  await act(() => chat.$<HTMLButtonElement>('button.launcher')!.click())
  await choose([{ name: 'photo.png', type: 'image/png', size: 2_000 }])
  expect(chat.client.uploads).toHaveLength(0)

  await choose([{ name: 'photo.png', type: 'image/png', size: 2_000 }])
  expect(chat.client.uploads.map((upload) => upload.file.name)).toEqual(['photo.png'])
  expect(chat.$('progress')).not.toBeNull()
})
