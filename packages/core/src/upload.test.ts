import { describe, expect, it } from 'vitest'
import { uploadFile, type Uploader } from './upload.ts'

const file = { name: 'receipt.png', type: 'image/png', size: 4 }
const answering =
  (status: number, body: unknown): Uploader =>
  async () => ({ status, body })

describe('uploadFile', () => {
  it("turns a daily quota's 429 into a typed rate_limited error with the server's words", async () => {
    const quota = { error: { code: 'rate_limited', message: 'At most 20 files a day; try again later.', retryAfterSeconds: 3600 } }
    await expect(uploadFile(answering(429, quota), 'https://chat.example', 'demo', 'token', file)).rejects.toMatchObject({
      code: 'rate_limited',
      message: '[Attune] At most 20 files a day; try again later.',
    })
  })

  it('says the file itself is refused for a 413 without a body (a proxy)', async () => {
    await expect(uploadFile(answering(413, null), 'https://chat.example', 'demo', 'token', file)).rejects.toMatchObject({ code: 'invalid_input' })
  })
})
