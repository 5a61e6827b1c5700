// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { CannedReply } from '@attune/protocol'
import type { ReplyOptions } from '../../agent.ts'
import { forgetSession } from '../../session/forget.ts'
import { cleanup, mount, settle, type } from '../../testing/dom.ts'
import { Composer } from '../Composer.tsx'
import { CannedPicker } from './CannedPicker.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const replies: CannedReply[] = [
  { id: '1', shortcut: 'delivery', title: 'Delivery times', language: 'en', texts: { en: 'Parcels arrive in 2–3 days.' } },
  {
    id: '2',
    shortcut: 'refund',
    title: 'Refund policy',
    language: 'en',
    texts: { en: 'Hi {shopper_name}, refunds take 5 days.', th: 'สวัสดีค่ะคุณ{shopper_name} คืนเงินภายใน 5 วันนะคะ' },
  },
]

async function setup(
  language: string,
  shopperName?: string,
  answer = () => new Response(JSON.stringify({ cannedReplies: replies }), { status: 200 }),
) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => answer()),
  )
  const sent: string[] = []
  const { root } = mount(
    <Composer
      onSend={(text: string, _options: ReplyOptions) => void sent.push(text)}
      onTyping={() => {}}
      canned={{
        Picker: CannedPicker,
        source: {
          summary: { empathy: { language } as never, ...(shopperName ? { visitorName: shopperName } : {}) },
          agent: { name: 'Nok', siteKey: 'shop', stores: [] },
        },
      }}
    />,
  )
  const box = root.querySelector('textarea')!
  return { root, box, sent }
}

/** Types `value` with the caret at its end, then waits for the list's chunk and its replies. */
async function typeAtEnd(box: HTMLTextAreaElement, value: string) {
  box.focus()
  type(box, value)
  box.setSelectionRange(value.length, value.length)
  await vi.waitFor(async () => {
    await settle()
    expect(document.querySelector('[role="status"].sr-only')?.textContent).not.toMatch(/Loading/)
    expect(document.getElementById('canned-listbox')).not.toBeNull()
  })
}

const press = (box: HTMLTextAreaElement, key: string) =>
  act(() => {
    box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })

const options = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.querySelector('code')!.textContent)

describe('canned replies in the reply box', () => {
  it("opens on / with every reply, narrows as the shortcut is typed, and inserts the shopper's variant with their name, unsent", async () => {
    const { box, sent } = await setup('th-TH', 'สมชาย')
    await typeAtEnd(box, '/')
    expect(options()).toEqual(['/delivery', '/refund'])
    expect(document.querySelector('[role="status"].sr-only')!.textContent).toBe(
      '2 canned replies. Up and Down to choose, Enter to insert, Escape to close.',
    )
    await typeAtEnd(box, '/re')
    expect(options()).toEqual(['/refund'])
    expect(box.getAttribute('aria-controls')).toBe('canned-listbox')
    expect(box.getAttribute('aria-activedescendant')).toBe('canned-option-0')

    press(box, 'Enter')
    await settle()
    expect(box.value).toBe('สวัสดีค่ะคุณสมชาย คืนเงินภายใน 5 วันนะคะ')
    expect(sent).toEqual([])
    expect(document.getElementById('canned-listbox')).toBeNull()
    expect(box.hasAttribute('aria-activedescendant')).toBe(false)
    expect(document.querySelector('[role="status"].sr-only')!.textContent).toBe('Inserted “Refund policy”. Edit it, then send.')
  })

  it("moves with the arrow keys, and falls back to the reply's own language without a raw placeholder", async () => {
    const { box, sent } = await setup('lo')
    await typeAtEnd(box, 'Hello /')
    press(box, 'ArrowDown')
    expect(box.getAttribute('aria-activedescendant')).toBe('canned-option-1')
    expect(document.getElementById('canned-option-1')!.getAttribute('aria-selected')).toBe('true')
    press(box, 'Tab')
    await settle()
    expect(box.value).toBe('Hello Hi, refunds take 5 days.')
    expect(sent).toEqual([])
  })

  it('closes on Escape and lets Enter send what was typed', async () => {
    const { box, sent } = await setup('en')
    await typeAtEnd(box, '/del')
    press(box, 'Escape')
    await settle()
    expect(document.getElementById('canned-listbox')).toBeNull()
    press(box, 'Enter')
    expect(sent).toEqual(['/del'])
  })

  it('opens nothing for a slash inside a word', async () => {
    const { box } = await setup('en')
    box.focus()
    type(box, 'and/or')
    box.setSelectionRange(6, 6)
    await settle()
    await settle()
    expect(document.getElementById('canned-listbox')).toBeNull()
  })

  it("never offers the last store's replies in the next one, even when the next store's list cannot be read", async () => {
    const first = await setup('en')
    await typeAtEnd(first.box, '/')
    expect(options()).toEqual(['/delivery', '/refund'])
    cleanup()
    // A store switch or the next person's sign-in (App calls it).
    forgetSession()
    const next = await setup('en', undefined, () => new Response(JSON.stringify({ error: { code: 'internal', message: 'down' } }), { status: 500 }))
    next.box.focus()
    type(next.box, '/')
    next.box.setSelectionRange(1, 1)
    await vi.waitFor(async () => {
      await settle()
      expect(document.querySelector('[role="status"].sr-only')!.textContent).toBe('Canned replies could not be loaded.')
    })
    expect(options()).toEqual([])
  })
})
