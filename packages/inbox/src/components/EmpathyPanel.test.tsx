// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { ConversationSummary, EmpathySnapshot } from '@attune/protocol'
import { cleanup, button, byLabel, mount, settle } from '../testing/dom.ts'
import { fakeConversation, summary, empathy as calmEmpathy } from '../testing/fake-agent.ts'
import type { ErrorSource } from './use-check-in.ts'
import { ConversationView } from './ConversationView.tsx'
import { ar } from '../suggestions/ar.ts'

afterEach(() => {
  cleanup()
})

/** An upset Thai shopper with a product problem, a little concerned. */
const empathy = (overrides: Partial<EmpathySnapshot> = {}): EmpathySnapshot =>
  calmEmpathy({
    moodBefore: 2,
    moodNow: 2,
    reason: 'product',
    topic: 'returns',
    signal: { level: 'concerned', score: 0.5, cues: [{ kind: 'repetition', detail: '×2' }] },
    language: 'th',
    ...overrides,
  })

function setup(conv: ConversationSummary, errors?: ErrorSource) {
  const conversation = fakeConversation()
  const view = mount(<ConversationView conversation={conversation} label="Visitor 3f2a" summary={conv} errors={errors} clock={() => '10:00'} />)
  return { conversation, root: view.root }
}

describe('the empathy card', () => {
  it("shows the shopper's mood, reason, topic and signal in words, with faces hidden from AT", () => {
    const { root } = setup(summary({ id: 'c', empathy: empathy() }))
    const card = root.querySelector('aside.empathy-card')!
    expect(card.getAttribute('aria-labelledby')).toBe('empathy-title')
    expect(card.textContent).toContain('upset')
    expect(card.textContent).toContain('Product or service condition')
    expect(card.textContent).toContain('Returns & refunds')
    expect(card.textContent).toContain('Concerned')
    expect(card.textContent).toContain('repeated ×2')
    for (const svg of card.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true')
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('')
  })

  it('opens and folds with "Details", a disclosure that keeps every fact in the page while folded', () => {
    const { root } = setup(summary({ id: 'c', empathy: empathy() }))
    const card = root.querySelector('aside.empathy-card')!
    // The heading first, then the button: the card keeps its name and its place in the headings.
    const details = card.querySelector(':scope > h3 + button')!
    expect(details).toBe(button(card, 'Details'))
    expect(details.getAttribute('aria-expanded')).toBe('false')
    // Folding is the stylesheet's, on narrow screens: the words stay for whoever opens or reads them.
    expect(card.textContent).toContain('Returns & refunds')
    act(() => button(card, 'Details').click())
    expect(details.getAttribute('aria-expanded')).toBe('true')
    act(() => button(card, 'Details').click())
    expect(details.getAttribute('aria-expanded')).toBe('false')
  })

  it('paints the change of mood by its sign: better green, worse red', () => {
    const signOf = (moodNow: 1 | 2 | 4) =>
      setup(summary({ id: `c${moodNow}`, empathy: empathy({ moodNow }) }))
        .root.querySelector('.trend-change')!
        .getAttribute('data-sign')
    expect([signOf(4), signOf(2), signOf(1)]).toEqual(['1', '0', '-1'])
  })

  it('raises a distinct "Not yet" alert in the alert region', () => {
    const { root } = setup(summary({ id: 'c', empathy: empathy({ understood: false }) }))
    const alert = root.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain("The shopper doesn't feel understood yet")
    expect(alert.querySelector('.empathy-alert')).toBeTruthy()
  })
})

describe("the shopper's page and the store's attributes", () => {
  it('links the page by its title in a new tab and lists the attributes, booleans as Yes/No', () => {
    const { root } = setup(
      summary({
        id: 'c',
        empathy: empathy(),
        context: {
          page: { url: 'https://shop.example/products/linen-tote', title: 'Linen tote' },
          attributes: { cartTotal: 89, plan: 'gold', returning: true, coupon: null },
        },
      }),
    )
    const card = root.querySelector('aside.empathy-card')!
    const page = [...card.querySelectorAll('dt')].find((dt) => dt.textContent === 'Page')!.nextElementSibling!
    const link = page.querySelector('a')!
    expect(link.getAttribute('href')).toBe('https://shop.example/products/linen-tote')
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(link.textContent).toBe('Linen tote (opens in a new tab)')
    const about = card.querySelector('section[aria-labelledby="empathy-about-title"]')!
    expect(about.querySelector('h4')!.textContent).toBe('About the shopper')
    expect([...about.querySelectorAll('.empathy-attribute')].map((row) => row.textContent)).toEqual(['cartTotal89', 'plangold', 'returningYes'])
  })

  it('shows neither without context', () => {
    const { root } = setup(summary({ id: 'c', empathy: empathy() }))
    expect(root.textContent).not.toContain('About the shopper')
    expect([...root.querySelectorAll('dt')].map((dt) => dt.textContent)).not.toContain('Page')
  })
})

describe('the Check in button', () => {
  it('asks the during check-in, then waits for the server', async () => {
    const { conversation, root } = setup(summary({ id: 'c', empathy: empathy() }))
    const checkIn = button(root, 'Check in')
    expect(checkIn.disabled).toBe(false)
    act(() => checkIn.click())
    await settle()
    expect(conversation.checkIns).toBe(1)
    expect(button(root, 'Check in').disabled).toBe(true)
  })

  it('is disabled with an explanation while a check-in is pending, and when resolved', () => {
    const { root } = setup(summary({ id: 'c', empathy: empathy({ pending: 'during' }) }))
    const checkIn = button(root, 'Check in')
    expect(checkIn.disabled).toBe(true)
    const note = root.querySelector(`#${checkIn.getAttribute('aria-describedby')}`)!
    expect(note.textContent).toBe("A check-in is waiting for the shopper's answer.")
    expect(root.querySelector('.empathy-card')!.textContent).toContain('Check-in sent, waiting for an answer')
    // Told to screen readers once, by the note: the card's line says the same thing.
    const toldWaiting = [...root.querySelectorAll('[role="status"], [role="alert"], [aria-live]')].filter((region) =>
      /waiting/.test(region.textContent ?? ''),
    )
    expect(toldWaiting).toEqual([note])
  })

  it('explains a refusal calmly', async () => {
    let emit: (error: { code: string; ref?: string }) => void = () => {}
    const errors: ErrorSource = (listener) => {
      emit = listener
      return () => {}
    }
    const { root } = setup(summary({ id: 'c', empathy: empathy() }), errors)
    act(() => button(root, 'Check in').click())
    // Another request's error is not this button's business.
    act(() => emit({ code: 'bad_frame', ref: 'some-message' }))
    await settle()
    expect(button(root, 'Check in').disabled).toBe(true)
    act(() => emit({ code: 'bad_frame', ref: 'ask-1' }))
    await settle()
    expect(root.querySelector('#check-in-note')!.textContent).toMatch(/was not sent/)
    expect(button(root, 'Check in').disabled).toBe(false)
  })
})

describe('suggested acknowledgements', () => {
  it("offers them in the shopper's language and inserts one at the start of the reply, unsent", async () => {
    const { conversation, root } = setup(summary({ id: 'c', empathy: empathy() }))
    // Thai's catalog loads on first use.
    await vi.waitFor(() => expect(root.querySelector('[aria-labelledby="suggestions-title"] button')).not.toBeNull())
    const group = root.querySelector('[role="group"][aria-labelledby="suggestions-title"]')!
    const choices = [...group.querySelectorAll('button')]
    expect(choices.length).toBeGreaterThanOrEqual(2)
    expect(choices.length).toBeLessThanOrEqual(3)
    expect(choices[0]!.getAttribute('lang')).toBe('th')
    const reply = byLabel<HTMLTextAreaElement>(root, 'Reply')
    act(() => {
      reply.value = 'เลขพัสดุคือ TH123'
      reply.dispatchEvent(new Event('input', { bubbles: true }))
    })
    act(() => choices[0]!.click())
    await settle()
    expect(reply.value.startsWith(choices[0]!.textContent!)).toBe(true)
    expect(reply.value.endsWith('เลขพัสดุคือ TH123')).toBe(true)
    expect(document.activeElement).toBe(reply)
    expect(conversation.replies).toEqual([])
  })

  it("speaks Thai in the agent's own voice (their preferences)", async () => {
    const conversation = fakeConversation()
    const conv = summary({ id: 'c', empathy: empathy() })
    const { root } = mount(
      <ConversationView conversation={conversation} label="Visitor 3f2a" summary={conv} thaiVoice="male" clock={() => '10:00'} />,
    )
    await vi.waitFor(() => expect(root.querySelector('[aria-labelledby="suggestions-title"] button')).not.toBeNull())
    const texts = [...root.querySelectorAll('[aria-labelledby="suggestions-title"] button')].map((b) => b.textContent!)
    expect(texts.every((text) => text.includes('ครับ'))).toBe(true)
    expect(texts.join()).not.toMatch(/ค่ะ|คะ(?![ก-๎])/)
  })

  it("shows an Arabic shopper's lines right to left, and one chosen starts the reply in that direction", async () => {
    // A conversation of its own: the earlier tests' drafts are kept per conversation.
    const conversation = fakeConversation([], 'c-ar')
    const conv = summary({ id: 'c-ar', empathy: empathy({ language: 'ar-EG', reason: 'unreachable', signal: undefined }) })
    const { root } = mount(<ConversationView conversation={conversation} label="Visitor 3f2a" summary={conv} clock={() => '10:00'} />)
    await vi.waitFor(() => expect(root.querySelector('[aria-labelledby="suggestions-title"] button')).not.toBeNull())
    const choices = [...root.querySelectorAll<HTMLButtonElement>('[aria-labelledby="suggestions-title"] button')]
    expect(choices.map((b) => b.textContent)).toEqual([ar['unreachable.ack'], ar['unreachable.next']])
    for (const choice of choices) {
      expect(choice.lang).toBe('ar')
      // Its first strong letter, Arabic, sets the direction (the inbox around it is left to right).
      expect(choice.getAttribute('dir')).toBe('auto')
    }
    act(() => choices[1]!.click())
    await settle()
    const reply = byLabel<HTMLTextAreaElement>(root, 'Reply')
    expect(reply.value).toBe(`${ar['unreachable.next']} `)
    expect(reply.getAttribute('dir')).toBe('auto')
    expect(conversation.replies).toEqual([])
  })
})
