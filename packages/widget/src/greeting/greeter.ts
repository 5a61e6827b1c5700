// When a store's greeting shows (issue 15): the first trigger that fires wins, at most once per
// visit, never while the chat is open, and never while the shopper is typing in the host page
// (it waits until they leave the field). Nothing here touches the DOM; greeting.ts gives the seams.
import type { GreetingOffer } from '@attune/core'
import { type TriggerSeams, watchTrigger } from './triggers.ts'

export interface GreeterSeams extends TriggerSeams {
  /** A greeting showed in this visit already (here or in an earlier page of it). */
  greeted(): boolean
  markGreeted(): void
  /** A text field of the page (input, textarea, contenteditable) has the focus. */
  typing(): boolean
  /** Calls `listener` once the focus has left a field; returns a function that stops. */
  onFocusOut(listener: () => void): () => void
  chatOpen(): boolean
}

/** The greeting's text in the shopper's language, else in the greeting's own. */
export const greetingText = (offer: GreetingOffer, language: string): string | undefined =>
  offer.texts[language as keyof GreetingOffer['texts']] ?? offer.texts[offer.language]

/** Watches the offers' triggers and calls `show` at most once; returns a function that stops. */
export function startGreeter(offers: readonly GreetingOffer[], language: string, seams: GreeterSeams, show: (text: string) => void): () => void {
  const stops: (() => void)[] = []
  const stop = () => stops.splice(0).forEach((s) => s())
  if (seams.greeted()) return stop
  /** The text that fired while the shopper was typing, shown when they leave the field. */
  let waiting: string | undefined
  const attempt = (text: string) => {
    if (seams.chatOpen() || seams.greeted()) return
    if (seams.typing()) {
      if (waiting === undefined) stops.push(seams.onFocusOut(() => attempt(waiting!)))
      waiting ??= text
      return
    }
    stop()
    seams.markGreeted()
    show(text)
  }
  for (const offer of offers) {
    const text = greetingText(offer, language)
    if (text) stops.push(watchTrigger(offer.condition, seams, () => attempt(text)))
  }
  return stop
}
