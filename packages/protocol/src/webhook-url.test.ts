import { describe, expect, it } from 'vitest'
import { WebhookUrlProblem, webhookAddressAllowed, webhookUrlProblem } from './webhook-url.ts'

describe('where a webhook may go', () => {
  it('takes an https URL on a public name or address', () => {
    for (const url of [
      'https://shop.example/hooks/attune?src=chat',
      'https://93.184.215.14/hook',
      'https://[2606:4700::1111]/hook',
      'https://shop.example./hook',
    ])
      expect(webhookUrlProblem(url), url).toBeNull()
  })

  it('refuses this machine and private networks by address, however the address is written', () => {
    for (const url of [
      'https://localhost/h',
      'https://localhost./h',
      'https://api.localhost/h',
      'https://127.0.0.1/h',
      'https://127.1/h',
      'https://2130706433/h',
      'https://0.0.0.0:8443/h',
      'https://0/h',
      'https://[::]/h',
      'https://[::1]/h',
      'https://[::ffff:127.0.0.1]/h',
      'https://[::ffff:7f00:1]:8443/h',
      'https://10.0.0.5/h',
      'https://172.16.4.1/h',
      'https://192.168.1.1/h',
      'https://100.64.0.1/h',
      'https://169.254.169.254/latest/meta-data',
      'https://[fd00::1]/h',
      'https://[fe80::1]/h',
      'https://224.0.0.1/h',
      'https://[ff02::1]/h',
      'https://[64:ff9b::a00:5]/h',
      'http://169.254.169.254/',
    ])
      expect(webhookUrlProblem(url), url).toBe(WebhookUrlProblem.NotPublic)
  })

  it('takes this machine only where loopback is allowed, and never the private network then either', () => {
    for (const url of ['http://127.0.0.1:9000/hook', 'https://localhost/hook', 'http://[::1]:9000/', 'http://[::ffff:127.0.0.1]:9000/'])
      expect(webhookUrlProblem(url, true), url).toBeNull()
    for (const url of ['https://0.0.0.0:9000/', 'https://10.0.0.5/', 'https://[::]/']) expect(webhookUrlProblem(url, true), url).toBe('not_public')
  })

  it('refuses the tunnels and translators that lead into IPv4 from an address it cannot judge', () => {
    for (const url of [
      'http://[2002:7f00:1::]/',
      'https://[2002:7f00:1::]/h',
      'https://[2002:a00:5::1]/h',
      'https://[2002:5db8:d70e::1]/h',
      'https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/h',
      'https://[2001::1]/h',
      'https://[2001:2::1]/h',
      'https://[2001:db8::1]/h',
      'https://[100::1]/h',
      'https://[64:ff9b:1::7f00:1]/h',
      'https://[64:ff9b:1:5db8:d7:e00::]/h',
    ])
      expect(webhookUrlProblem(url), url).toBe(WebhookUrlProblem.NotPublic)
    expect(webhookUrlProblem('http://[2002:7f00:1::]:9000/', true)).toBe(WebhookUrlProblem.NotPublic)
    for (const address of ['2002:7f00:1::', '2001:0:4136:e378:8000:63bf:80ff:fffe', '64:ff9b:1::a00:5'])
      expect(webhookAddressAllowed(address, true), address).toBe(false)
    // Their neighbours are ordinary public addresses.
    for (const address of ['2001:4860:4860::8888', '2001:200::1', '2003::1', '64:ff9b:2::1', '101::1'])
      expect(webhookAddressAllowed(address), address).toBe(true)
  })

  it('refuses plain http, credentials and what is not a URL', () => {
    expect(webhookUrlProblem('http://shop.example/hook')).toBe('not_https')
    expect(webhookUrlProblem('ftp://shop.example/hook')).toBe('not_https')
    expect(webhookUrlProblem('https://user:pw@shop.example/hook')).toBe('credentials')
    expect(webhookUrlProblem('shop.example/hook')).toBe('not_url')
  })

  it('judges each resolved address, in either way a resolver writes it', () => {
    for (const address of ['93.184.215.14', '2606:4700::1111', '::ffff:93.184.215.14', '64:ff9b::5db8:d70e'])
      expect(webhookAddressAllowed(address), address).toBe(true)
    for (const address of ['127.0.0.1', '::1', '0.0.0.0', '::', '10.1.2.3', '172.31.255.255', '192.168.0.1', '100.127.0.1', '169.254.169.254'])
      expect(webhookAddressAllowed(address), address).toBe(false)
    for (const address of ['::ffff:127.0.0.1', '::ffff:10.0.0.5', 'fd12:3456::1', 'fe80::1%eth0', 'ff02::1', 'not an address', ''])
      expect(webhookAddressAllowed(address), address).toBe(false)
    expect(webhookAddressAllowed('172.32.0.1')).toBe(true)
    expect(webhookAddressAllowed('100.128.0.1')).toBe(true)
    expect(webhookAddressAllowed('127.0.0.1', true)).toBe(true)
    expect(webhookAddressAllowed('::ffff:127.0.0.1', true)).toBe(true)
    expect(webhookAddressAllowed('10.0.0.5', true)).toBe(false)
  })
})
