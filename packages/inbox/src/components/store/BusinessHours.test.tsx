// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import { DEFAULT_HOURS, type BusinessHours as Hours } from '@attune/protocol'
import { createHoursApi } from '../../session/hours.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { fakeFetch, refusal } from '../../testing/fake-fetch.ts'
import { BusinessHours } from './BusinessHours.tsx'

afterEach(cleanup)

const late: Hours = { ...DEFAULT_HOURS, weekly: { ...DEFAULT_HOURS.weekly, fri: [{ start: '18:00', end: '24:00' }] } }

async function open(stored: Hours = late) {
  const server = fakeFetch({
    'GET /api/store/hours': [200, { hours: stored }],
    'PUT /api/store/hours': (body) => [200, body],
  })
  const { root } = mount(<BusinessHours api={createHoursApi('', server.fetch)} />)
  await settle()
  return { root, server }
}

const choose = (control: HTMLInputElement | HTMLSelectElement, value: string | boolean) =>
  act(() => {
    if (typeof value === 'boolean') (control as HTMLInputElement).checked = value
    else control.value = value
    control.dispatchEvent(new Event('change', { bubbles: true }))
  })
const click = (target: HTMLElement) => act(() => target.click())
const alertText = (root: HTMLElement) => root.querySelector('[role="alert"]')!.textContent
const puts = (server: ReturnType<typeof fakeFetch>) => server.calls.filter((c) => c.route === 'PUT /api/store/hours')

describe('Business hours on the Store page', () => {
  it('edits every part with labelled controls and saves them in one PUT (a range closing at 00:00 is saved as 24:00)', async () => {
    const { root, server } = await open()
    // Friday's midnight close shows as 00:00 in the time input.
    expect(byLabel(root, 'Closes Friday, hours 1').value).toBe('00:00')
    expect(root.querySelector('[aria-labelledby="hours-sat"]')!.textContent).toContain('Closed')

    choose(byLabel(root, 'Use business hours'), true)
    choose(byLabel<HTMLSelectElement>(root, 'Time zone'), 'Asia/Bangkok')
    await click(button(root, 'Add hours to Saturday'))
    type(byLabel(root, 'Opens Saturday, hours 1'), '10:00')
    await click(button(root, 'Remove Monday 09:00–17:00'))
    type(byLabel(root, 'From'), '2026-12-31')
    type(byLabel(root, 'To (optional, for several days)'), '2027-01-01')
    type(byLabel(root, 'Label (optional)'), 'New Year')
    await click(button(root, 'Add closure'))
    expect(root.querySelector('.hours-closures li')!.textContent).toContain('2026-12-31 to 2027-01-01 — New Year')
    choose(byLabel<HTMLSelectElement>(root, 'Typical reply time'), 'hour')

    await click(button(root, 'Save business hours'))
    await settle()
    expect(puts(server)).toHaveLength(1)
    expect(puts(server)[0]!.body).toEqual({
      hours: {
        enabled: true,
        timeZone: 'Asia/Bangkok',
        weekly: { ...DEFAULT_HOURS.weekly, mon: [], sat: [{ start: '10:00', end: '17:00' }], fri: [{ start: '18:00', end: '24:00' }] },
        closures: [{ from: '2026-12-31', to: '2027-01-01', label: 'New Year' }],
        replyTime: 'hour',
      },
    })
    expect(root.querySelector('[role="status"].settings-status')!.textContent).toBe('Business hours saved.')
  })

  it('names a refused range in an alert and sends nothing; the edit stays to be fixed', async () => {
    const { root, server } = await open()
    type(byLabel(root, 'Opens Tuesday, hours 1'), '18:00')
    await click(button(root, 'Save business hours'))
    expect(alertText(root)).toMatch(/^Tuesday, hours 1: A range starts before it ends/)
    expect(puts(server)).toHaveLength(0)
    expect(byLabel(root, 'Opens Tuesday, hours 1').value).toBe('18:00')
  })

  it('says so in the catalog’s words when the server refuses hours the form let through', async () => {
    const { root, server } = await open()
    server.answer({ 'PUT /api/store/hours': [400, refusal('bad_request', 'hours.timeZone: Pick a time zone by its IANA name, e.g. Asia/Bangkok.')] })
    await click(button(root, 'Save business hours'))
    await settle()
    expect(alertText(root)).toBe('Not saved: the server did not accept what was entered. Check it and try again.')
  })

  it('says so when the hours cannot be loaded', async () => {
    const server = fakeFetch({ 'GET /api/store/hours': [500, refusal('internal')] })
    const { root } = mount(<BusinessHours api={createHoursApi('', server.fetch)} />)
    await settle()
    expect(root.querySelector('[role="status"]')!.textContent).toContain('could not be loaded')
  })
})
