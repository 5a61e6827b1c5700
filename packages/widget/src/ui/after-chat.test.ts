// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, type Mounted, mountChat } from '../testing/mount.ts'

// After the chat (issue 16): the follow-up card, and "You told us …, we …".

let chat: Mounted
afterEach(() => chat?.element.remove())

const open = () => act(() => chat.$<HTMLButtonElement>('button.launcher')!.click())
const calls = (action: string) => chat.client.calls.filter((c) => c.action === action).map((c) => c.args)
const radio = (label: string) =>
  chat
    .$$<HTMLLabelElement>('.ci-option')
    .find((l) => l.querySelector('.ci-label')?.firstChild?.textContent === label)
    ?.querySelector('input') ?? null

describe('the follow-up card', () => {
  it('asks "How do you feel about it now?" on the same five labelled faces, and one tap answers it', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('follow_up'))
    expect(chat.$$('.checkin [role="status"]')[0]?.textContent).toBe('Quick question: How do you feel about it now?')
    expect(chat.$('fieldset legend')?.textContent).toBe('How do you feel about it now?')
    const radios = chat.$$<HTMLInputElement>('input[type="radio"]')
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['Very upset', 'Upset', 'Okay', 'Good', 'Very happy'])
    expect(chat.$$('svg.face')).toHaveLength(5)
    await act(() => radio('Good')!.click())
    expect(calls('answerCheckIn')).toEqual([[{ mood: 4 }, { final: true }]])
    expect(chat.$('fieldset')).toBeNull()
    expect(chat.$('.thanks')?.textContent).toBe("Thank you for telling us. We're here whenever you need us.")
  })

  it('is asked in the shopper’s language', async () => {
    chat = await mountChat({ locale: 'th-TH' })
    await open()
    await act(() => chat.client.ask('follow_up'))
    expect(chat.$('fieldset legend')?.textContent).toBe('เรื่องที่คุยกันครั้งก่อน ตอนนี้รู้สึกยังไงบ้างคะ')
  })

  it('offers no "End chat" while it is shown', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('follow_up'))
    expect(chat.byText('button', 'End chat')).toBeNull()
  })
})

describe('"You told us …, we …"', () => {
  it('shows the comment and the store’s note as text, under a heading, until the shopper dismisses it, keeping focus in the panel', async () => {
    chat = await mountChat()
    await act(() => chat.client.$toldUs.set({ comment: 'Delivery took <b>ten</b> days', note: 'added a second courier. $& stays' }))
    await open()
    // Its own chunk, with its words: it arrives after the panel.
    await vi.waitFor(() => expect(chat.$('.told-us')).not.toBeNull())
    const card = chat.$('.told-us')!
    const heading = chat.$(`#${card.getAttribute('aria-labelledby')}`)
    expect(heading?.textContent).toBe('Your feedback')
    expect(card.querySelector('p')?.textContent).toBe('You told us: “Delivery took <b>ten</b> days”. We: added a second courier. $& stays')
    expect(card.querySelector('b')).toBeNull()
    const gotIt = chat.byText<HTMLButtonElement>('.told-us button', 'Got it')!
    gotIt.focus()
    await act(() => gotIt.click())
    expect(calls('dismissToldUs')).toHaveLength(1)
    expect(chat.$('.told-us')).toBeNull()
    // The focus the button had stays in the panel, in the message box (WCAG 2.4.3).
    expect(chat.element.shadowRoot!.activeElement?.id).toBe('attune-message')
  })

  it('frames the note in the shopper’s language', async () => {
    chat = await mountChat({ locale: 'fil' })
    await open()
    await act(() => chat.client.$toldUs.set({ comment: 'Ang tagal', note: 'Nagdagdag kami ng courier.' }))
    await vi.waitFor(() => expect(chat.$('.told-us p')).not.toBeNull())
    expect(chat.$('.told-us p')?.textContent).toBe('Sinabi po ninyo sa amin: “Ang tagal”. Ang ginawa po namin: Nagdagdag kami ng courier.')
  })

  it('speaks in the store’s Thai voice, leaving the comment and the note as written', async () => {
    chat = await mountChat({ locale: 'th-TH' })
    await open()
    await act(() => chat.client.$site.set({ ...chat.client.$site.get()!, thaiVoice: 'male' }))
    await act(() => chat.client.$toldUs.set({ comment: 'ส่งช้าค่ะ', note: 'เพิ่มขนส่งอีกเจ้าแล้วค่ะ' }))
    await vi.waitFor(() => expect(chat.$('.told-us button')).not.toBeNull())
    expect(chat.$('.told-us button')?.textContent).toBe('รับทราบครับ')
    expect(chat.$('.told-us p')?.textContent).toBe('คุณเคยบอกเราว่า “ส่งช้าค่ะ” สิ่งที่เราทำ: เพิ่มขนส่งอีกเจ้าแล้วค่ะ')
  })

  it('keeps a Latin comment and note whole inside the Arabic sentence (each isolated)', async () => {
    chat = await mountChat({ locale: 'ar' })
    await open()
    await act(() => chat.client.$toldUs.set({ comment: 'Late again!', note: 'Fixed (2 couriers).' }))
    await vi.waitFor(() => expect(chat.$('.told-us p')).not.toBeNull())
    const text = chat.$('.told-us p')!.textContent!
    expect(text).toContain('\u2068Late again!\u2069')
    expect(text).toContain('\u2068Fixed (2 couriers).\u2069')
  })

  it('shows nothing when there is nothing to tell', async () => {
    chat = await mountChat()
    await open()
    expect(chat.$('.told-us')).toBeNull()
  })
})
