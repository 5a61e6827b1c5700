import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { CreateInviteResponseSchema } from './accounts.ts'

const invite = { id: 'i1', email: 'new@demo.store', role: 'agent', expiresAt: '2026-01-03T10:00:00.000Z' }
const link = 'https://chat.example/inbox/invite#tok'

describe('the answer to an invitation', () => {
  it('says whether the server emailed it', () => {
    expect(v.parse(CreateInviteResponseSchema, { invite, link, emailed: true }).emailed).toBe(true)
    expect(v.parse(CreateInviteResponseSchema, { invite, link, emailed: false }).emailed).toBe(false)
  })

  it('from an older server that does not say, still parses, and says no email', () => {
    expect(v.parse(CreateInviteResponseSchema, { invite, link }).emailed).toBeUndefined()
  })

  it('refuses an answer that says something else than yes or no', () => {
    expect(v.is(CreateInviteResponseSchema, { invite, link, emailed: 'yes' })).toBe(false)
  })
})
