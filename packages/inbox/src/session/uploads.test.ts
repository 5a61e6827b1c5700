import type { UploadRequest } from '@attune/core'
import { describe, expect, it, vi } from 'vitest'
import { createUploader } from './uploads.ts'

const attachment = { id: 'u1', name: 'order 42.csv', type: 'text/csv', size: 3, url: '/api/uploads/u1' }
const file = (name = 'order 42.csv', type = 'application/vnd.ms-excel') => new File(['a,b'], name, { type })

function answering(status: number, body: unknown) {
  return vi.fn(async (request: UploadRequest) => {
    request.onProgress?.(1, 2)
    request.onProgress?.(2, 2)
    return { status, body }
  })
}

describe('createUploader', () => {
  it('posts the raw file for the site with its type and encoded name, and reports progress', async () => {
    const transport = answering(201, { attachment })
    const progress: number[] = []
    const result = await createUploader('shop key', '', transport)(file(), (f) => progress.push(f))
    expect(result).toEqual({ ok: true, attachment })
    const [request] = transport.mock.calls[0]!
    expect(request.url).toBe('/api/uploads?siteKey=shop%20key')
    expect(request.headers).toEqual({ 'Content-Type': 'text/csv', 'X-Attune-Filename': 'order%2042.csv' })
    expect(progress).toEqual([0.5, 1])
  })

  it("maps the server's refusals, an answer that is not an attachment and a lost connection to reasons", async () => {
    const error = { error: { code: 'x', message: 'no' } }
    const upload = (status: number) => createUploader('demo', '', answering(status, error))(file('a.png', 'image/png'))
    expect(await upload(413)).toEqual({ ok: false, reason: 'too_large' })
    expect(await upload(415)).toEqual({ ok: false, reason: 'unsupported_type' })
    expect(await upload(400)).toEqual({ ok: false, reason: 'empty' })
    expect(await upload(401)).toEqual({ ok: false, reason: 'unauthorized' })
    expect(await upload(500)).toEqual({ ok: false, reason: 'server' })
    expect(await upload(201)).toEqual({ ok: false, reason: 'server' })
    const offline = vi.fn(async () => Promise.reject(new Error('offline')))
    expect(await createUploader('demo', '', offline)(file())).toEqual({ ok: false, reason: 'network' })
  })
})
