// When a store's greeting shows (issue 15): the first trigger that fires wins, at most once per
// visit, never in a page view where the shopper has opened the chat (greeting.ts stops the
// greeter then), and never while they type in the host page: it waits until they leave the
// field, and shows then only if its page pattern still matches. Nothing here touches the DOM;
// greeting.ts gives the seams.
import type { GreetingOffer } from '@attune/core'
import { stillHolds, type TriggerSeams, watchTrigger } from './triggers.ts'

export interface GreeterSeams extends TriggerSeams {
  /** A greeting showed in this visit already (here or in an earlier page of it). */
  greeted(): boolean
  markGreeted(): void
  /** A text field of the page (input, textarea, contenteditable) has the focus. */
  typing(): boolean
  /** Calls `listener` once the focus has left a field; returns a function that stops. */
  onFocusOut(listener: () => void): () => void
  /**
   * The chat was opened in this page view, maybe closed since (before the greeting chunk came):
   * no greeter starts then (greeting.ts stops one when the chat opens).
   */
  chatOpened(): boolean
}

/** The greeting's text in the shopper's language, else in the greeting's own. */
export const greetingText = (offer: GreetingOffer, language: string): string | undefined =>
  offer.texts[language as keyof GreetingOffer['texts']] ?? offer.texts[offer.language]

/** Watches the offers' triggers and calls `show` at most once; returns a function that stops. */
export function startGreeter(offers: readonly GreetingOffer[], language: string, seams: GreeterSeams, show: (text: string) => void): () => void {
  const stops: (() => void)[] = []
  const stop = () => stops.splice(0).forEach((s) => s())
  if (seams.greeted() || seams.chatOpened()) return stop
  /** Greetings whose trigger fired while the shopper was typing: tried again, first fired first, when they leave the field. */
  const waiting = new Set<() => void>()
  for (const offer of offers) {
    const text = greetingText(offer, language)
    if (!text) continue
    const attempt = () => {
      // A single-page app may have left the page it fired on while the shopper typed.
      if (seams.greeted() || !stillHolds(offer.condition, seams)) return
      if (seams.typing()) {
        if (!waiting.size) stops.push(seams.onFocusOut(() => waiting.forEach((again) => again())))
        waiting.add(attempt)
        return
      }
      stop()
      seams.markGreeted()
      show(text)
    }
    stops.push(watchTrigger(offer.condition, seams, attempt))
  }
  return stop
}
