import { onDemand } from './chunk.ts'

/** The greeting chunk (issue 15), fetched only when the store has a greeting on. */
export const loadGreeting = onDemand(() => import('../greeting/greeting.ts'))
