import { checkInNews, nextCardAsks, NO_CARD_ASKS, type CardAsks } from '@attune/empathy'
import type { CheckInNews, ConversationEvent } from '@attune/protocol'

/**
 * What one shopper's connection is told of a conversation's check-in cards (decision 010): the
 * card open after each event it is sent, by empathy's rules, folded over those events from the
 * log before the first of them. Told with the first event, then only with an event that changes
 * it: it always comes with the event it follows, and a replay (a new subscription) tells it again.
 */
export function createCheckInNews(
  /** The conversation's events before `seq`, oldest first: the newest the rules read, at least. */
  before: (seq: number) => Promise<readonly ConversationEvent[]>,
) {
  let asks: CardAsks | null = null
  let told: CheckInNews | null = null
  /** The news to send with `event` (the next in seq order), or undefined when it is as told. */
  return async (event: ConversationEvent): Promise<CheckInNews | undefined> => {
    asks ??= event.seq > 1 ? (await before(event.seq)).reduce(nextCardAsks, NO_CARD_ASKS) : NO_CARD_ASKS
    asks = nextCardAsks(asks, event)
    const news = checkInNews(asks)
    if (news.pending === told?.pending && news.answerable === told.answerable) return undefined
    return (told = news)
  }
}
