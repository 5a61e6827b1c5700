import { describe, expect, it } from 'vitest'
import { endpointUrlProblem } from './endpoints.ts'
import { PRIVATE_WEBHOOK_URLS } from './private-urls.ts'

describe('which URLs can be a webhook endpoint', () => {
  it('takes https anywhere public', () => {
    expect(endpointUrlProblem('https://shop.example/hooks/attune?src=chat', false)).toBeNull()
  })

  it('refuses plain http, credentials in the URL and what is not a URL', () => {
    expect(endpointUrlProblem('http://shop.example/hook', false)).toMatch(/https/)
    expect(endpointUrlProblem('https://user:pw@shop.example/hook', false)).toMatch(/user name and password/)
    expect(endpointUrlProblem('shop.example/hook', false)).toMatch(/not a URL/)
    expect(endpointUrlProblem('ftp://shop.example/hook', false)).toMatch(/https/)
  })

  it('refuses this machine and private networks however the address is written, and says why', () => {
    for (const url of PRIVATE_WEBHOOK_URLS) expect(endpointUrlProblem(url, false), url).toMatch(/own machine or a private network/)
  })

  it('refuses this machine unless loopback endpoints are allowed (demo, tests, ATTUNE_WEBHOOKS_LOOPBACK)', () => {
    for (const url of ['http://127.0.0.1:9000/hook', 'https://localhost/hook', 'http://[::1]:9000/']) {
      expect(endpointUrlProblem(url, false), url).toMatch(/own machine/)
      expect(endpointUrlProblem(url, true), url).toBeNull()
    }
  })
})
