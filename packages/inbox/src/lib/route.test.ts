import { describe, expect, it } from 'vitest'
import { hrefFor, parseRoute } from './route.ts'

describe('routes', () => {
  it('reads the pages and a linked conversation under the app base', () => {
    expect(parseRoute('/inbox/insights', '', '/inbox/')).toEqual({ page: 'insights' })
    expect(parseRoute('/inbox/insights/', '?from=2026-01-01', '/inbox/')).toEqual({ page: 'insights' })
    expect(parseRoute('/inbox/', '?conversation=c%201', '/inbox/')).toEqual({ page: 'conversations', conversation: 'c 1' })
    expect(parseRoute('/inbox/', '', '/inbox/')).toEqual({ page: 'conversations', conversation: null })
    expect(parseRoute('/inbox/settings', '', '/inbox/')).toEqual({ page: 'settings' })
    expect(parseRoute('/inbox/store', '', '/inbox/')).toEqual({ page: 'store' })
    expect(parseRoute('/inbox/canned-replies', '', '/inbox/')).toEqual({ page: 'canned-replies' })
    expect(parseRoute('/inbox/team/', '', '/inbox/')).toEqual({ page: 'team' })
    expect(parseRoute('/inbox/invite', '', '/inbox/')).toEqual({ page: 'invite' })
    expect(parseRoute('/inbox/nowhere', '', '/inbox/')).toEqual({ page: 'conversations', conversation: null })
  })
  it('builds the links back', () => {
    expect(hrefFor({ page: 'insights' }, '/inbox/')).toBe('/inbox/insights')
    expect(hrefFor({ page: 'settings' }, '/inbox/')).toBe('/inbox/settings')
    expect(hrefFor({ page: 'store' }, '/inbox/')).toBe('/inbox/store')
    expect(hrefFor({ page: 'team' }, '/inbox/')).toBe('/inbox/team')
    expect(hrefFor({ page: 'conversations', conversation: 'c 1' }, '/inbox/')).toBe('/inbox/?conversation=c%201')
    expect(hrefFor({ page: 'conversations', conversation: null }, '/inbox/')).toBe('/inbox/')
  })
})
