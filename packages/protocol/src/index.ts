export { PROTOCOL_VERSION, MAX_TEXT_LENGTH, MAX_FRAME_BYTES } from './version.ts'
export { ErrorCode, ERROR_CODES } from './errors.ts'
export {
  CheckInAnswerSchema,
  CheckInPhaseSchema,
  CheckInTriggerSchema,
  EffortSchema,
  FrustrationLevelSchema,
  MoodSchema,
  ReasonSchema,
  ResolvedAnswerSchema,
} from './checkins.ts'
export {
  AuthorSchema,
  CheckInAnsweredEventSchema,
  CheckInAskedEventSchema,
  CheckInSkippedEventSchema,
  SignalRaisedEventSchema,
  ConversationEventSchema,
  ConversationStatusSchema,
  ConversationSummarySchema,
  EmpathySnapshotSchema,
  MessageEventSchema,
  ResolvedEventSchema,
} from './events.ts'
export {
  HistoryFrameSchema,
  IdentifyFrameSchema,
  AnswerFrameSchema,
  AskFrameSchema,
  EndFrameSchema,
  OpenFrameSchema,
  SkipFrameSchema,
  ClientFrameSchema,
  HelloFrameSchema,
  PingFrameSchema,
  ReadFrameSchema,
  ResolveFrameSchema,
  ResumeFrameSchema,
  SendFrameSchema,
  TypingFrameSchema,
} from './client-frames.ts'
export {
  AckFrameSchema,
  AgentWelcomeFrameSchema,
  ConversationFrameSchema,
  ErrorFrameSchema,
  EventFrameSchema,
  PeerReadFrameSchema,
  PeerTypingFrameSchema,
  PongFrameSchema,
  ServerFrameSchema,
  SyncedFrameSchema,
  VisitorWelcomeFrameSchema,
} from './server-frames.ts'
export { parseClientFrame, parseServerFrame } from './parse.ts'
export { decodeServerFrame } from './decode.ts'

export type {
  CheckInAnswer,
  CheckInPhase,
  CheckInTrigger,
  Mood,
  Reason,
  ResolvedAnswer,
} from './checkins.ts'
export type {
  Author,
  CheckInAnsweredEvent,
  CheckInAskedEvent,
  CheckInSkippedEvent,
  SignalRaisedEvent,
  ConversationEvent,
  ConversationStatus,
  ConversationSummary,
  EmpathySnapshot,
  EventKind,
  MessageEvent,
  ResolvedEvent,
} from './events.ts'
export type {
  HistoryFrame,
  IdentifyFrame,
  AnswerFrame,
  AskFrame,
  EndFrame,
  OpenFrame,
  SkipFrame,
  ClientFrame,
  ClientFrameInput,
  HelloFrame,
  ReadFrame,
  ResolveFrame,
  ResumeFrame,
  SendFrame,
  TypingFrame,
} from './client-frames.ts'
export type {
  AckFrame,
  AgentWelcomeFrame,
  ConversationFrame,
  ErrorFrame,
  EventFrame,
  PeerReadFrame,
  HistoryResultFrame,
  PeerTypingFrame,
  ServerFrame,
  SyncedFrame,
  VisitorWelcomeFrame,
} from './server-frames.ts'
export type { ParseResult } from './parse.ts'
