import type { ClientFrameInput } from '@attune/protocol'

/**
 * "Delivered" receipts for the other side's messages: the newest seq per conversation, at most
 * one frame per burst of events (a replay of 200 events sends one receipt, not 200).
 */
export function createReceipts(send: (frame: ClientFrameInput) => boolean) {
  const sent = new Map<string, number>()
  return {
    delivered(conversationId: string, seq: number): void {
      if (seq <= (sent.get(conversationId) ?? 0)) return
      sent.set(conversationId, seq)
      void Promise.resolve().then(() => {
        if (sent.get(conversationId) === seq) send({ type: 'read', conversationId, seq, mark: 'delivered' })
      })
    },
  }
}
