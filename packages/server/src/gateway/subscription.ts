import type { CheckInNews, ConversationEvent, ServerFrame } from '@attune/protocol'
import type { ConversationLog } from '../log.ts'

const PAGE = 200

/**
 * Delivers one conversation's events to one connection exactly once and in seq order
 * (architecture promise 3). Replay and live events go through the same queue: a live event that
 * is already sent is dropped, the next one is sent, and one that leaves a gap (the bus is not
 * ordered, and replay may still be running) makes it read the gap from the log instead.
 */
export function createSubscription(options: {
  conversationId: string
  afterSeq: number
  log: ConversationLog
  send: (frame: ServerFrame) => void
  onError: (error: unknown) => void
  /** A shopper's: the check-in news to send with an event (checkin-news.ts), if any. */
  checkInNews?: (event: ConversationEvent) => Promise<CheckInNews | undefined>
}) {
  const { conversationId, log, send } = options
  let last = options.afterSeq
  // Held until the first replay: live events heard before it wait in the queue (a resume
  // subscribes, then checks access, and only then sends anything).
  let open: () => void = () => {}
  let queue = new Promise<void>((resolve) => (open = resolve))
  let closed = false

  const enqueue = (job: () => Promise<void> | void) => {
    queue = queue.then(() => (closed ? undefined : job())).catch(options.onError)
    return queue
  }

  const deliver = async (event: ConversationEvent) => {
    const checkIn = await options.checkInNews?.(event)
    if (closed) return
    send(checkIn ? { type: 'event', conversationId, event, checkIn } : { type: 'event', conversationId, event })
    last = event.seq
  }

  async function catchUp(): Promise<void> {
    for (;;) {
      const page = await log.readAfter(conversationId, last, PAGE)
      if (closed) return
      for (const event of page) await deliver(event)
      if (page.length < PAGE) return
    }
  }

  return {
    conversationId,
    /**
     * Replays what the log holds after the current position; `then` runs after the replay.
     * `storedUpTo`, the conversation's last seq as read after subscribing, spares the read of the
     * log when this connection has everything (anything later is heard live).
     */
    replay(then?: (lastSeq: number) => void, storedUpTo?: number): Promise<void> {
      const replayed = enqueue(async () => {
        if (storedUpTo === undefined || last < storedUpTo) await catchUp()
        then?.(last)
      })
      open()
      return replayed
    },
    /**
     * Reads what the log holds after the last event sent: live events may have been lost (the bus
     * reconnected after losing Redis), and a lost last event leaves no gap for `live` to notice.
     */
    catchUp(): void {
      void enqueue(catchUp)
    },
    /** A live event from the bus. */
    live(event: ConversationEvent): void {
      void enqueue(async () => {
        if (event.seq <= last) return
        if (event.seq === last + 1) await deliver(event)
        else await catchUp()
      })
    },
    close(): void {
      closed = true
      open()
    },
  }
}

export type Subscription = ReturnType<typeof createSubscription>
