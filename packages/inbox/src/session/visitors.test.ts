import { describe, expect, it, vi } from 'vitest'
import { createVisitorApi } from './visitors.ts'

const json = (body: unknown, status = 200) => vi.fn(async () => new Response(JSON.stringify(body), { status }))

describe('visitor api', () => {
  it('deletes a visitor by id', async () => {
    const fetch = json({ deleted: true })
    expect(await createVisitorApi('', fetch).deleteVisitor('v 1')).toEqual({ ok: true })
    expect(fetch).toHaveBeenCalledWith('/api/visitors/v%201', expect.objectContaining({ method: 'DELETE', credentials: 'same-origin' }))
  })

  it("tells a missing shopper, an ended session, no network and an answer that is not the protocol's apart", async () => {
    const refused = (code: string, status: number) => json({ error: { code, message: 'x' } }, status)
    expect(await createVisitorApi('', refused('not_found', 404)).deleteVisitor('v1')).toEqual({ ok: false, reason: 'not_found' })
    expect(await createVisitorApi('', refused('unauthorized', 401)).deleteVisitor('v1')).toEqual({ ok: false, reason: 'unauthorized' })
    expect(await createVisitorApi('', json({})).deleteVisitor('v1')).toEqual({ ok: false, reason: 'server' })
    const offline = vi.fn(async () => Promise.reject(new TypeError('offline')))
    expect(await createVisitorApi('', offline).deleteVisitor('v1')).toEqual({ ok: false, reason: 'network' })
  })
})
