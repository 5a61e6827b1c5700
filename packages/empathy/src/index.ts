// @attune/empathy: check-in rules, frustration signals and insight arithmetic, as pure functions.

export { DEFAULT_SETTINGS, EmpathySettingsError, resolveSettings, SETTINGS_BOUNDS, SettingsIssueCode } from './settings.ts'
export {
  afterCheckIn,
  agentCheckIn,
  answerableCheckIn,
  checkInNews,
  AgentCheckInRefusal,
  beforeCheckIn,
  duringCheckIn,
  EMPTY_FOLD,
  foldLog,
  followUpCheckIn,
  followUpReason,
  isNotYet,
  isResolved,
  latestNotYet,
  nextCardAsks,
  nextFold,
  NO_CARD_ASKS,
  pendingCheckIn,
} from './rules/index.ts'
export {
  conversationRecord,
  CSV_COLUMNS,
  filterRecords,
  groupByDay,
  historyDigest,
  moodChange,
  recoveredAfterFollowUp,
  returningTrend,
  summarize,
  toCsv,
} from './insights/index.ts'
export { CUE_KINDS, detectFrustration, FRUSTRATION_THRESHOLDS, messageHasCue, warmUpDetector } from './signals/index.ts'

export type { EmpathySettings, EmpathySettingsInput, Moments, SettingsIssue, SignalThreshold } from './settings.ts'
// The rules' FrustrationLevel is the same union as the detector's; the detector's is exported.
export type { AgentCheckInResult, CardAsks, CheckInRequest, ConversationFacts, DuringDecision, LogFold } from './rules/index.ts'
export type {
  ConversationMeta,
  ConversationRecord,
  DaySummary,
  Mean,
  MomentCounts,
  MomentRates,
  Rate,
  RecordFilter,
  Summary,
  EarlierChatFacts,
  HistoryDigest,
  ReturningTrend,
  ReturningWeek,
  ShopperRecord,
} from './insights/index.ts'
export type { CueKind, FrustrationContext, FrustrationCue, FrustrationLevel, FrustrationSignal, Language } from './signals/index.ts'
