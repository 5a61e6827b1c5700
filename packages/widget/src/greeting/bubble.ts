// The greeting bubble in plain DOM (no Preact: this chunk must stay small and share nothing with
// the panel). A message from the store beside the launcher: never modal, it never takes the focus,
// and it goes with its close button, with Escape, or when the chat opens.
import type { GreetingWords } from '../i18n/greeting/en.ts'

// The border is transparent: the shadow draws the edge, and forced-colors mode (which drops
// shadows) draws the border in the system's colour. The launcher's colours only: the panel's may
// not have arrived. Class names of its own: these rules join the panel's in the widget's one
// stylesheet, where `.greeting` is the panel's welcome line (which they used to lift out of the
// message list and float over the composer).
export const css =
  '.greeting-bubble{position:absolute;bottom:72px;inset-inline-end:0;display:flex;align-items:flex-start;width:max-content;max-width:min(320px,calc(100vw - 40px));' +
  'border:1px solid transparent;border-radius:var(--a-radius);background:var(--a-bg);color:var(--a-text);box-shadow:0 4px 14px rgb(15 23 42/.28)}' +
  '.root.left .greeting-bubble{left:0;right:auto}.root.right .greeting-bubble{right:0;left:auto}' +
  '.greeting-text{flex:1;padding:12px 4px 12px 16px;border-radius:inherit;text-align:start;overflow-wrap:anywhere}' +
  '.greeting-close{flex:none;width:44px;height:44px;border-radius:50%;font-size:24px;line-height:1}'

export interface Bubble {
  /** Removes the bubble; the focus, if it was in it, goes to the launcher (WCAG 2.4.3), never to the page's top. */
  remove(): void
}

/** Draws the bubble before `launcher` in `parent`; `onOpen` runs on a click on its text. */
export function drawBubble(
  parent: HTMLElement,
  launcher: HTMLElement,
  text: string,
  words: GreetingWords,
  onOpen: () => void,
  onClose: () => void,
): Bubble {
  const doc = parent.ownerDocument
  const box = doc.createElement('section')
  box.className = 'greeting-bubble'
  box.setAttribute('aria-label', words.label)
  const message = doc.createElement('button')
  message.type = 'button'
  message.className = 'greeting-text'
  message.textContent = text
  const close = doc.createElement('button')
  close.type = 'button'
  close.className = 'greeting-close'
  close.setAttribute('aria-label', words.close)
  close.textContent = '×'
  box.append(message, close)
  parent.insertBefore(box, launcher)
  message.addEventListener('click', onOpen)
  close.addEventListener('click', onClose)
  return {
    remove() {
      const focused = box.contains((parent.getRootNode() as ShadowRoot).activeElement)
      box.remove()
      if (focused) launcher.focus()
    },
  }
}
