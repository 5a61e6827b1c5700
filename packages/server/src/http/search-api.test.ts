import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConversationSearchResponseSchema } from '@attune/protocol'
import * as v from 'valibot'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { demoAgentCookie } from '../gateway/test-client.ts'

// Issue 14: the inbox's search and "Resolved" list, over HTTP: the shape, and bad input refused.
let server: AttuneServer
let cookie = ''

beforeAll(async () => {
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1' })
  cookie = await demoAgentCookie(server.url)
}, 120_000)
afterAll(() => server?.close())

const search = (query: string) => fetch(`${server.url}/api/conversations/search?${query}`, { headers: { cookie } })

describe('GET /api/conversations/search', () => {
  it('answers the protocol’s shape, never cached', async () => {
    const response = await search('q=kettle&status=resolved')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(v.is(ConversationSearchResponseSchema, await response.json())).toBe(true)
  })

  it('answers a tag nobody used with no results, not an error', async () => {
    const response = await search('tag=vip&status=all')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ results: [], next: null })
  })

  it.each([
    ['status=closed', 'status'],
    [`q=${'a'.repeat(201)}`, 'q: Search at most 200 characters.'],
    ['before=not-a-cursor', 'This page cursor was not made by this server.'],
  ])('refuses %s with a typed 400 naming the problem', async (query, says) => {
    const response = await search(query)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('bad_request')
    expect(body.error.message).toContain(says)
  })
})
