import { describe, expect, it } from 'vitest'
import { hrefFor, parseRoute } from './route.ts'

describe('routes', () => {
  it('reads the insights page and a linked conversation under the app base', () => {
    expect(parseRoute('/inbox/insights', '', '/inbox/')).toEqual({ page: 'insights' })
    expect(parseRoute('/inbox/insights/', '?from=2026-01-01', '/inbox/')).toEqual({ page: 'insights' })
    expect(parseRoute('/inbox/', '?conversation=c%201', '/inbox/')).toEqual({ page: 'conversations', conversation: 'c 1' })
    expect(parseRoute('/inbox/', '', '/inbox/')).toEqual({ page: 'conversations', conversation: null })
    expect(parseRoute('/inbox/settings', '', '/inbox/')).toEqual({ page: 'settings' })
  })
  it('builds the links back', () => {
    expect(hrefFor({ page: 'insights' }, '/inbox/')).toBe('/inbox/insights')
    expect(hrefFor({ page: 'settings' }, '/inbox/')).toBe('/inbox/settings')
    expect(hrefFor({ page: 'conversations', conversation: 'c 1' }, '/inbox/')).toBe('/inbox/?conversation=c%201')
    expect(hrefFor({ page: 'conversations', conversation: null }, '/inbox/')).toBe('/inbox/')
  })
})
