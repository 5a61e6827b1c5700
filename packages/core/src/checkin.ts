import { atom, type ReadableAtom } from 'nanostores'
import type { CheckInAnswer, CheckInNews, CheckInPhase, CheckInTrigger } from '@attune/protocol'

/** The answer fields a shopper gives; the phase comes from the check-in being answered. */
export type CheckInFields = Omit<CheckInAnswer, 'phase'>

/** The check-in card the shopper sees now: the server's `checkin.asked` event, with the answer so far. */
export interface ActiveCheckIn {
  /** The seq of the server's `checkin.asked` event. */
  seq: number
  phase: CheckInPhase
  trigger: CheckInTrigger
  /** What the shopper has answered so far (a card may take several taps). */
  answer: CheckInFields
}

/** What the shopper's tap tells the server about the card: the answer so far, or a skip. */
export type CheckInReply = { type: 'answer'; answer: CheckInAnswer } | { type: 'skip'; phase: CheckInPhase; forever: boolean }

export interface CheckInOptions {
  /** False while the card has more steps: the answer so far is sent, the card stays. Default true. */
  final?: boolean
}

/**
 * The shopper's side of the check-ins. The server decides when to ask and which card is open
 * (decisions 003 and 010: it tells so with the events); this keeps a card open while the shopper
 * completes it in several taps, and sends each answer cumulatively so a card abandoned half-way
 * still counts.
 */
export function createCheckIns(send: (reply: CheckInReply) => void) {
  const $checkIn = atom<ActiveCheckIn | null>(null)
  // The card the shopper answered, skipped or wrote past here, until the server closes it too: a
  // card answered in part stays open, and one closed here does not come back while the server hears of it.
  let mine = -1

  return {
    $checkIn: $checkIn as ReadableAtom<ActiveCheckIn | null>,
    /** The server's news of the open card, with the event that changed it. */
    told({ pending, answerable }: CheckInNews): void {
      const active = $checkIn.get()
      // A card the shopper answered part of here stays open as long as the server takes answers to it.
      const open = active?.seq === mine ? answerable : pending
      if (!open) mine = -1
      if (open && open.seq !== mine && (!active || open.seq > active.seq)) {
        // The asked event as it is (its seq, phase and trigger are the card's), nothing answered yet.
        $checkIn.set({ ...open, answer: {} })
      } else if (active && !open) {
        // Closed by the server: answered or skipped in another tab, or lapsed.
        $checkIn.set(null)
      }
    },
    /** Answers the card shown (nothing when none is). */
    answer(fields: CheckInFields, options: CheckInOptions = {}): void {
      const active = $checkIn.get()
      if (!active) return
      const answer = { ...active.answer, ...fields }
      mine = active.seq
      send({ type: 'answer', answer: { ...answer, phase: active.phase } })
      $checkIn.set(options.final === false ? { ...active, answer } : null)
    },
    skip(forever = false): void {
      const active = $checkIn.get()
      if (!active) return
      // After a partial answer the server already has what the shopper gave; a skip would
      // count the card as unanswered.
      if (active.seq !== mine || forever) send({ type: 'skip', phase: active.phase, forever })
      mine = active.seq
      $checkIn.set(null)
    },
    /** The shopper wrote a message: a before or after card counts as skipped (EMPATHY.md). */
    messageSent(): void {
      const active = $checkIn.get()
      if (active && active.phase !== 'during') {
        mine = active.seq
        $checkIn.set(null)
      }
    },
  }
}
