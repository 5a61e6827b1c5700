import type { SharedCounts } from '../redis.ts'

/**
 * The agents typing in each conversation, who hold its automatic check-ins back: an answer is on
 * its way. Each connection marks its own typing, so one agent stopping, or closing their inbox,
 * ends their mark only.
 *
 * With several processes (decision 013) the agent may type on another process than the one whose
 * rules run: the shopper's, the one whose timer fires, or one sweeping a process gone (decision
 * 049). So each process's count is its part of a figure summed over the live processes, as the
 * agents online are: written when it changes, and read only when the rules would ask. Not the
 * bus's typing frames: a process hears a conversation's frames only while someone there follows
 * it, a lost "stopped" would hold a shopper's check-ins back for good, and a process that goes
 * away mid-reply sends none; its part stops counting with its lease.
 */
export function createTypists(shared?: Pick<SharedCounts, 'set' | 'sum'>) {
  const marks = new Map<string, Set<object>>()
  const figure = (conversationId: string) => `typing:${conversationId}`

  return {
    /**
     * Marks `typist` (a connection) typing in the conversation, or no longer. Answers true when a
     * stop leaves nobody typing here: the rules may ask now.
     */
    mark(conversationId: string, typist: object, typing: boolean): boolean {
      const typists = marks.get(conversationId) ?? new Set<object>()
      const before = typists.size
      if (typing) typists.add(typist)
      else typists.delete(typist)
      if (typists.size > 0) marks.set(conversationId, typists)
      else marks.delete(conversationId)
      // A repeated "still typing" changes nothing: no write.
      if (typists.size !== before) void shared?.set(figure(conversationId), typists.size)
      return !typing && typists.size === 0
    },

    /** Whether an agent types in the conversation on this process. */
    here(conversationId: string): boolean {
      return marks.has(conversationId)
    },

    /**
     * Whether an agent types in the conversation on any live process. Redis orders this
     * process's commands, so its own part read here is the one last written. While Redis is away,
     * this process's marks only.
     */
    async anywhere(conversationId: string): Promise<boolean> {
      if (marks.has(conversationId) || !shared) return marks.has(conversationId)
      return ((await shared.sum(figure(conversationId))) ?? 0) > 0
    },
  }
}
