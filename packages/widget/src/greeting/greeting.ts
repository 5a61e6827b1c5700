// The greeting chunk (greeting-*.js, issue 15): fetched only where the store has a greeting on
// (the launcher's answer lists them). It watches the triggers on the real page and draws the
// bubble beside the launcher; the launcher pays only for asking whether there are greetings.
import type { GreetingOffer } from '@attune/core'
import type { Controller } from '../controller.ts'
import { matchLocale } from '../i18n/catalogs.ts'
import { GREETING_WORDS } from '../i18n/greeting/index.ts'
import { type Bubble, drawBubble } from './bubble.ts'
import { type GreeterSeams, startGreeter } from './greeter.ts'

export { css } from './bubble.ts'

const on = <E extends Event>(target: EventTarget, type: string, listener: (event: E) => void) => {
  target.addEventListener(type, listener as EventListener)
  return () => target.removeEventListener(type, listener as EventListener)
}

/** A field the shopper types in, looked for through open shadow roots (a page's own components). */
export function typingIn(doc: Document): boolean {
  let focused = doc.activeElement
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement
  return !!focused && (focused.tagName === 'INPUT' || focused.tagName === 'TEXTAREA' || (focused as HTMLElement).isContentEditable)
}

/**
 * This visit's number and whether it was greeted. A visit is the tab's session (sessionStorage:
 * a reload stays in it); the count of visits is kept in localStorage. Where storage is refused
 * (some private modes), every page is a first visit and greets at most once.
 */
function visitRecord(siteKey: string) {
  const visitKey = `attune:visit:${siteKey}`
  const greetedKey = `attune:greeted:${siteKey}`
  let greeted = false
  let visit = 1
  try {
    visit = Number(sessionStorage.getItem(visitKey)) || Number(localStorage.getItem(visitKey)) + 1
    sessionStorage.setItem(visitKey, String(visit))
    localStorage.setItem(visitKey, String(visit))
    greeted = !!sessionStorage.getItem(greetedKey)
  } catch {}
  return {
    visit: () => visit,
    greeted: () => greeted,
    markGreeted() {
      greeted = true
      try {
        sessionStorage.setItem(greetedKey, '1')
      } catch {}
    },
  }
}

/** The seams of this page: its clock, path, pointer and focus, the controller's facts and state. */
function pageSeams(chat: Controller, siteKey: string): GreeterSeams {
  const navigation = (window as { navigation?: EventTarget }).navigation
  return {
    ...visitRecord(siteKey),
    sinceLoad: () => performance.now(),
    path: () => location.pathname,
    // The Navigation API sees every same-document navigation; elsewhere, back and forward only.
    onPathChange: (listener) => (navigation ? on(navigation, 'currententrychange', listener) : on(window, 'popstate', listener)),
    onFacts: (listener) => chat.$facts.subscribe(listener),
    hovers: () => matchMedia('(hover: hover) and (pointer: fine)').matches,
    onLeaveTop: (listener) => on<MouseEvent>(document, 'mouseout', (event) => !event.relatedTarget && event.clientY <= 0 && listener()),
    typing: () => typingIn(document),
    // After the focus has moved: during focusout it is on no field at all.
    onFocusOut: (listener) => on(document, 'focusout', () => setTimeout(listener)),
    chatOpened: () => chat.opened,
  }
}

/**
 * Starts the store's greetings on `element` (<attune-chat>) once its launcher is drawn; returns a
 * function that stops them. It finds the launcher in the shadow root itself, so the launcher chunk
 * hands over no more than the element and its controller.
 */
export function greet(element: HTMLElement, chat: Controller, offers: readonly GreetingOffer[]): () => void {
  const stops: (() => void)[] = []
  let bubble: Bubble | undefined
  const dismiss = () => {
    bubble?.remove()
    bubble = undefined
    for (const stop of stops.splice(0)) stop()
  }
  const show = (text: string) => {
    const launcher = element.shadowRoot!.querySelector<HTMLElement>('.launcher')!
    const parent = launcher.parentElement!
    const words = GREETING_WORDS[matchLocale(chat.$locale.get()?.locale)?.code ?? 'en'] ?? GREETING_WORDS.en!
    bubble = drawBubble(parent, launcher, text, words, () => (dismiss(), chat.setOpen(true, true)), dismiss)
    // The launcher's polite live region (launcher/dom.ts) says it; the bubble never takes the focus.
    parent.querySelector(':scope > [role="status"]')!.textContent = `${words.label}: ${text}`
    stops.push(
      // Escape from anywhere closes it (WCAG 1.4.13's spirit), unless the page used that Escape.
      on<KeyboardEvent>(window, 'keydown', (event) => event.key === 'Escape' && !event.defaultPrevented && dismiss()),
    )
  }
  let started = false
  // The launcher is built when its words arrive, just before they are set on $locale.
  const unsubscribe = chat.$locale.subscribe((i18n) => {
    if (!i18n || started) return
    started = true
    const language = matchLocale(i18n.locale)?.code ?? 'en'
    stops.push(
      // A greeting is an invitation: a shopper who opens the chat has taken it up, so it goes, and
      // none shows in this page view any more (one waiting for its time or for a field is dropped).
      chat.$open.listen((open) => open && dismiss()),
      startGreeter(offers, language, pageSeams(chat, element.getAttribute('site-key')!), show),
    )
  })
  return () => {
    unsubscribe()
    dismiss()
  }
}
