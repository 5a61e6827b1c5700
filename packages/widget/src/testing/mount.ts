// Mounts <attune-chat> over a fake client for DOM tests (happy-dom).
import { type AttuneChatElement, defineAttuneChat, TAG_NAME } from '../element.ts'
// The panel is a lazy chunk: loaded here first, its dynamic import resolves within act().
import '../panel.ts'
// So is the upload UI (on the first attached file).
import '../ui/Uploads.tsx'
// And the after card's comment and scale (when an after card comes).
import '../ui/after-card.tsx'
// And the rich content (Markdown, files, quick replies), on the first message that has one.
import '../ui/rich.tsx'
// And the optional beep (when a test turns the sound on).
import '../launcher/beep.ts'
// And the whole catalogs (the launcher loads only its words at boot), for the languages tests use.
import '../i18n/en.ts'
import '../i18n/th.ts'
import '../i18n/ar.ts'
// And their later words (the during and after check-ins, attaching a file), when a chat gets there.
import '../i18n/later/en.ts'
import '../i18n/later/th.ts'
import '../i18n/later/ar.ts'
import { type FakeClient, fakeClient } from './fake-client.ts'

/** The view draws on a later task and runs effects after the next frame: wait for both to land. */
export async function act(change: () => unknown = () => {}): Promise<void> {
  await change()
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  }
}

/**
 * Acts until `ready()`: a chunk's first import is transformed on demand, which on a busy machine
 * takes seconds, not frames. Bounded by a generous deadline, then fails naming `what` it waited for.
 */
export async function actUntil(ready: () => unknown, what: string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`${what} never appeared`)
    await act()
  }
}

export interface Mounted {
  element: AttuneChatElement
  client: FakeClient
  /** Moves the clock the panel reads (it reads it again when a waiting shopper's 20 seconds are up). */
  setNow(ms: number): void
  $<E extends Element = HTMLElement>(selector: string): E | null
  $$<E extends Element = HTMLElement>(selector: string): E[]
  /** The element with this accessible text (button text, label text), or null. */
  byText<E extends Element = HTMLElement>(selector: string, text: string): E | null
}

export async function mountChat(options: { locale?: string; now?: number } = {}): Promise<Mounted> {
  defineAttuneChat()
  const client = fakeClient()
  let now = options.now ?? Date.parse('2025-01-01T10:00:00.000Z')
  const element = document.createElement(TAG_NAME) as AttuneChatElement
  element.client = client
  element.now = () => now
  if (options.locale) element.setAttribute('locale', options.locale)
  await act(() => document.body.append(element))
  const root = () => element.shadowRoot!
  // A locale other than English arrives as its own chunk before the first draw.
  await actUntil(() => root().querySelector('.launcher'), 'the launcher')
  const $$ = <E extends Element = HTMLElement>(selector: string) => [...root().querySelectorAll<E>(selector)]
  return {
    element,
    client,
    setNow: (ms) => void (now = ms),
    $: (selector) => root().querySelector(selector),
    $$,
    byText: <E extends Element = HTMLElement>(selector: string, text: string) =>
      ($$<E>(selector).find((el) => el.textContent?.trim() === text) ?? null) as E | null,
  }
}
