// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { createTranslator } from '../i18n/t.ts'
import { buildLauncher, type LauncherDom } from './dom.ts'

const t = createTranslator(en, { locale: 'en', dir: 'ltr' })

let launcher: LauncherDom
/** What the launcher asked of the chat. */
let asked: string[]
/** What a screen reader and a sighted shopper get from the launcher as drawn. */
const drawn = () => {
  const button = launcher.button
  const description = button.getAttribute('aria-describedby')
  const badge = button.querySelector<HTMLElement>('.badge')!
  const label = button.querySelector<HTMLElement>('.launcher-label')!
  return {
    name: button.getAttribute('aria-label'),
    expanded: button.getAttribute('aria-expanded'),
    controls: button.getAttribute('aria-controls'),
    description: description && button.querySelector(`#${description}`)?.textContent,
    badge: badge.hidden ? null : badge.textContent,
    label: label.hidden ? null : label.textContent,
    away: button.getAttribute('data-away'),
  }
}

beforeEach(() => {
  document.body.replaceChildren()
  asked = []
  launcher = buildLauncher(document.body, {
    toggle: (byShopper) => void asked.push(`toggle ${byShopper}`),
    intent: () => void asked.push('intent'),
  })
})

describe('the launcher', () => {
  it('names itself by what it does: "Open chat" when closed, "Close chat" when open, which controls the panel', () => {
    launcher.update(false, 0, t)
    expect(drawn()).toMatchObject({ name: 'Open chat', expanded: 'false', controls: null })
    launcher.update(true, 0, t)
    expect(drawn()).toMatchObject({ name: 'Close chat', expanded: 'true', controls: 'attune-panel' })
  })

  it("shows unread agent messages as a badge, its text alternative the launcher's description", () => {
    launcher.update(false, 2, t)
    expect(drawn()).toMatchObject({ badge: '2', description: '2 unread messages' })
    launcher.update(false, 12, t)
    expect(drawn()).toMatchObject({ badge: '9+', description: '12 unread messages' })
  })

  it('hides the badge when there is nothing unread or the panel is open', () => {
    launcher.update(false, 3, t)
    launcher.update(false, 0, t)
    expect(drawn()).toMatchObject({ badge: null, description: null })
    launcher.update(true, 3, t)
    expect(drawn()).toMatchObject({ badge: null, description: null })
  })

  it('starts its name with the label it shows while closed (WCAG 2.5.3 Label in Name)', () => {
    launcher.update(false, 0, t, 'Questions?')
    expect(drawn()).toMatchObject({ name: 'Questions?, Open chat', label: 'Questions?' })
    launcher.update(true, 0, t, 'Questions?')
    expect(drawn()).toMatchObject({ name: 'Close chat', label: null })
  })

  it('says after its name, and beside it, that nobody is there and when the store is back (issue 15)', () => {
    const line = "We're away — back tomorrow at 9:00 AM"
    launcher.update(false, 0, t, null, line)
    expect(drawn()).toMatchObject({ name: `Open chat, ${line}`, away: line })
    launcher.update(false, 0, t, 'Questions?', line)
    expect(drawn().name).toBe(`Questions?, Open chat, ${line}`)
    // The open panel says it itself.
    launcher.update(true, 0, t, null, line)
    expect(drawn()).toMatchObject({ name: 'Close chat', away: null })
    launcher.update(false, 0, t)
    expect(drawn().away).toBeNull()
  })

  it("toggles the chat as the shopper's own act on a click, and tells of their intent on pointer over, focus or touch", () => {
    launcher.button.click()
    for (const type of ['pointerenter', 'focus', 'touchstart']) launcher.button.dispatchEvent(new Event(type))
    expect(asked).toEqual(['toggle true', 'intent', 'intent', 'intent'])
  })
})
