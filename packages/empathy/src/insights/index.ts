export { CSV_COLUMNS, toCsv } from './csv.ts'
export { recoveredAfterFollowUp } from './follow-up.ts'
export { filterRecords, groupByDay } from './group.ts'
export { conversationRecord, moodChange } from './record.ts'
export { summarize } from './summarize.ts'

export type { DaySummary, RecordFilter } from './group.ts'
export type { ConversationMeta, ConversationRecord, MomentCounts } from './record.ts'
export type { Mean, MomentRates, Rate, Summary } from './summarize.ts'
