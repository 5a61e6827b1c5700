import type { Handoff } from './events.ts'

/**
 * Whether a hand-off waits for a manager: made, and not answered yet (the server's
 * team/answered-handoffs.ts). A module of its own, without schemas, for the inbox's first screen.
 */
export const handoffStands = (handoff: Handoff | null | undefined): handoff is Handoff => !!handoff && !handoff.answered
