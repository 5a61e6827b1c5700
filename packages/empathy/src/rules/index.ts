export { agentCheckIn, AgentCheckInRefusal, duringCheckIn } from './during.ts'
export { EMPTY_FOLD, foldLog, nextFold } from './fold.ts'
export { followUpCheckIn, followUpReason } from './follow-up.ts'
export { answerableCheckIn, isNotYet, isResolved, latestNotYet, pendingCheckIn } from './log.ts'
export { afterCheckIn, beforeCheckIn } from './moments.ts'

export type { AgentCheckInResult } from './during.ts'
export type { LogFold } from './fold.ts'
export type { CheckInRequest, ConversationFacts, DuringDecision } from './types.ts'
