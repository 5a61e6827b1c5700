export {
  PROTOCOL_VERSION,
  MAX_TEXT_LENGTH,
  MAX_FRAME_BYTES,
  MAX_ATTACHMENTS,
  MAX_QUICK_REPLIES,
  MAX_QUICK_REPLY_LENGTH,
  UPLOAD_LIMITS,
} from './version.ts'
export { CloseCode, ErrorCode, ERROR_CODES, MIN_RETRY_MS } from './errors.ts'
export { ILL_FORMED_MESSAGE, isWellFormedText } from './strings.ts'
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
  AttachmentSchema,
  ShopperContextSchema,
  MessageEventSchema,
  ResolvedEventSchema,
  HandedOffEventSchema,
  HandoffSchema,
} from './events.ts'
export { handoffStands } from './handoff.ts'
export {
  HistoryFrameSchema,
  IdentifyFrameSchema,
  ContextFrameSchema,
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
  CheckInNewsSchema,
  EventFrameSchema,
  PeerReadFrameSchema,
  PeerTypingFrameSchema,
  PongFrameSchema,
  HistoryResultFrameSchema,
  PresenceFrameSchema,
  AlertFrameSchema,
  ServerFrameSchema,
  SyncedFrameSchema,
  VisitorServerFrameSchema,
  VisitorWelcomeFrameSchema,
} from './server-frames.ts'
export { parseClientFrame, parseServerFrame } from './parse.ts'
export { decodeServerFrame, decodeVisitorFrame } from './decode.ts'

export type { CheckInAnswer, CheckInPhase, CheckInTrigger, Mood, Reason, ResolvedAnswer } from './checkins.ts'
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
  Attachment,
  ShopperContext,
  EventKind,
  MessageEvent,
  ResolvedEvent,
  HandedOffEvent,
  Handoff,
} from './events.ts'
export type {
  HistoryFrame,
  IdentifyFrame,
  ContextFrame,
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
  CheckInNews,
  EventFrame,
  PeerReadFrame,
  HistoryResultFrame,
  PresenceFrame,
  AlertFrame,
  PeerTypingFrame,
  ServerFrame,
  SyncedFrame,
  VisitorServerFrame,
  VisitorWelcomeFrame,
} from './server-frames.ts'
export type { ParseResult } from './parse.ts'
export { Role, ROLES, RoleSchema, Permission, can } from './roles.ts'
export {
  LoginRequestSchema,
  MembershipSchema,
  MeResponseSchema,
  PreferencesSchema,
  PreferencesUpdateSchema,
  INBOX_LANGUAGES,
  SwitchStoreRequestSchema,
  ThaiVoiceSchema,
} from './http/session.ts'
export type { InboxLanguage, LoginRequest, Membership, MeResponse, Preferences, PreferencesUpdate } from './http/session.ts'
export { directionOf, inboxLanguage, languageCode } from './language.ts'
export {
  PASSWORD_MIN_LENGTH,
  originProblem,
  OriginSchema,
  ChangePasswordRequestSchema,
  StoreResponseSchema,
  UpdateStoreRequestSchema,
  IdentitySecretResponseSchema,
  DeleteStoreRequestSchema,
  TransferOwnershipRequestSchema,
  MemberSchema,
  InviteSchema,
  TeamResponseSchema,
  CreateInviteRequestSchema,
  CreateInviteResponseSchema,
  ChangeRoleRequestSchema,
  InviteTokenRequestSchema,
  InviteLookupResponseSchema,
  AcceptInviteRequestSchema,
} from './http/accounts.ts'
export { HttpErrorCode, HTTP_ERROR_CODES, HTTP_STATUS, HttpErrorBodySchema } from './http/errors.ts'
export type {
  StoreResponse,
  UpdateStoreRequest,
  Member,
  Invite,
  TeamResponse,
  CreateInviteRequest,
  CreateInviteResponse,
  InviteLookupResponse,
  AcceptInviteRequest,
} from './http/accounts.ts'
export type { HttpErrorBody } from './http/errors.ts'
export { SiteResponseSchema } from './http/widget.ts'
export type { SiteResponse } from './http/widget.ts'
export { UploadResponseSchema, UPLOAD_NAME_HEADER, uploadFileName } from './http/uploads.ts'
export {
  VisitorEmailResponseSchema,
  VisitorEmailRequestSchema,
  TranscriptRequestSchema,
  ResumeRequestSchema,
  ResumeResponseSchema,
  TranscriptTextRequestSchema,
  TranscriptTextResponseSchema,
} from './http/mail.ts'
export type {
  VisitorEmailResponse,
  VisitorEmailRequest,
  TranscriptRequest,
  TranscriptTextRequest,
  TranscriptTextResponse,
  ResumeRequest,
  ResumeResponse,
} from './http/mail.ts'
export type { UploadResponse } from './http/uploads.ts'
export {
  DaySchema,
  MAX_INSIGHTS_DAYS,
  InsightsQuerySchema,
  RateSchema,
  MeanSchema,
  MomentRatesSchema,
  SummarySchema,
  DaySummarySchema,
  InsightsConversationSchema,
  InsightsResponseSchema,
  ReturningTrendSchema,
  ReturningWeekSchema,
  ComplaintRiskSchema,
} from './http/insights.ts'
export type { InsightsQuery, Rate, Mean, MomentRates, Summary, DaySummary, InsightsConversation, InsightsResponse } from './http/insights.ts'
export type { ReturningTrend, ReturningWeek, ComplaintRisk } from './http/insights.ts'
export { SHOPPER_HISTORY_LIMIT, EarlierChatSchema, ShopperHistoryResponseSchema } from './http/shopper-history.ts'
export type { EarlierChat, ShopperHistoryResponse } from './http/shopper-history.ts'
export { SettingsBodySchema, SettingsIssueSchema, InvalidSettingsBodySchema, DeletedResponseSchema } from './http/settings.ts'
export type { SettingsBody, SettingsIssue, InvalidSettingsBody, DeletedResponse } from './http/settings.ts'
export {
  FollowUpReasonSchema,
  FollowUpSchema,
  FollowUpsResponseSchema,
  FollowUpSentResponseSchema,
  ActedOnSchema,
  FeedbackSchema,
  FeedbackQuerySchema,
  FeedbackResponseSchema,
  MAX_ACTED_NOTE,
  ActedOnRequestSchema,
  FeedbackActedResponseSchema,
  ToldUsSchema,
} from './http/follow-ups.ts'
export type {
  FollowUpReason,
  FollowUp,
  FollowUpsResponse,
  FollowUpSentResponse,
  ActedOn,
  Feedback,
  FeedbackQuery,
  FeedbackResponse,
  ActedOnRequest,
  FeedbackActedResponse,
  ToldUs,
} from './http/follow-ups.ts'
export { scriptTag, npmLines } from './snippet.ts'
export { ThaiVoice, THAI_VOICES, inThaiVoice } from './thai-voice.ts'
export { laoDateFiguresFormat, laoDateFormat } from './lao-dates.ts'
export type { DateFormat, DateFormatter, DateOptions, FigureOptions } from './lao-dates.ts'
export { CARE_BREAK_AT_MOST, suggestsBreak, NoticeSchema, NoticeFrameSchema } from './care.ts'
export type { Notice, NoticeFrame } from './care.ts'
export {
  CARE_MIN_ANSWERS,
  CARE_MIN_PEOPLE,
  CareSettingsSchema,
  CareAnswerRequestSchema,
  CareAnswerResponseSchema,
  CareDaysQuerySchema,
  CareDaySchema,
  CareDaysResponseSchema,
  HandoffResponseSchema,
} from './http/agent-care.ts'
export type {
  CareSettings,
  CareAnswerRequest,
  CareAnswerResponse,
  CareDaysQuery,
  CareDay,
  CareDaysResponse,
  HandoffResponse,
} from './http/agent-care.ts'
export {
  WEEKDAYS,
  ReplyTime,
  REPLY_TIMES,
  HOURS_LIMITS,
  minutesOf,
  isTimeZone,
  TimeRangeSchema,
  ClosureSchema,
  BusinessHoursSchema,
  DEFAULT_HOURS,
  HoursBodySchema,
} from './http/hours.ts'
export type { Weekday, TimeRange, Closure, BusinessHours, HoursBody } from './http/hours.ts'
export { LauncherResponseSchema } from './http/launcher.ts'
export type { LauncherResponse } from './http/launcher.ts'
export {
  WebhookEvent,
  WEBHOOK_EVENTS,
  WEBHOOK_SIGNATURE_HEADER,
  CreateWebhookRequestSchema,
  WebhookEndpointSchema,
  WebhookSecretResponseSchema,
  WebhookAttemptSchema,
  WebhooksResponseSchema,
  WebhookTestResponseSchema,
  WebhookPayloadSchema,
} from './http/webhooks.ts'
export type {
  CreateWebhookRequest,
  WebhookEndpoint,
  WebhookSecretResponse,
  WebhookAttempt,
  WebhooksResponse,
  WebhookPayload,
} from './http/webhooks.ts'
export { MAX_PATH_PATTERN, matchesPathPattern, pathPatternProblem } from './path-pattern.ts'
export { WebhookUrlProblem, webhookUrlProblem, webhookAddressAllowed } from './webhook-url.ts'
export {
  GREETING_LANGUAGES,
  MAX_GREETING_TEXT,
  MAX_GREETINGS,
  MAX_TIME_ON_PAGE,
  GreetingConditionSchema,
  GreetingOfferSchema,
  GreetingSchema,
  GreetingRequestSchema,
  GreetingsResponseSchema,
  GreetingResponseSchema,
} from './http/greetings.ts'
export type {
  GreetingLanguage,
  GreetingCondition,
  GreetingKind,
  GreetingOffer,
  Greeting,
  GreetingRequest,
  GreetingsResponse,
  GreetingResponse,
} from './http/greetings.ts'
export {
  SEARCH_PAGE_SIZE,
  SEARCH_MAX_LENGTH,
  SearchStatusSchema,
  ConversationSearchQuerySchema,
  SearchMatchSchema,
  SnippetSchema,
  SearchResultSchema,
  ConversationSearchResponseSchema,
} from './http/search.ts'
export type { SearchStatus, ConversationSearchQuery, SearchMatch, Snippet, SearchResult, ConversationSearchResponse } from './http/search.ts'
export {
  MAX_TAG_LENGTH,
  MAX_TAGS,
  NoteSchema,
  NoteRequestSchema,
  NotesResponseSchema,
  TagSchema,
  ConversationTagsRequestSchema,
  TagsResponseSchema,
  NoteFrameSchema,
} from './http/notes.ts'
export type { Note, NoteRequest, NotesResponse, ConversationTagsRequest, TagsResponse, NoteFrame } from './http/notes.ts'
export {
  CANNED_PLACEHOLDERS,
  MAX_CANNED_SHORTCUT,
  MAX_CANNED_TITLE,
  MAX_CANNED_TEXT,
  MAX_CANNED_REPLIES,
  unknownPlaceholders,
  CannedReplySchema,
  CannedReplyRequestSchema,
  CannedRepliesResponseSchema,
  CannedReplyResponseSchema,
} from './http/canned.ts'
export type { CannedLanguage, CannedPlaceholder, CannedReply, CannedReplyRequest, CannedRepliesResponse, CannedReplyResponse } from './http/canned.ts'
export {
  PresenceStatus,
  PRESENCE_STATUSES,
  IDLE_AFTER_MS,
  isIdle,
  presenceOf,
  PresenceUpdateSchema,
  MemberPresenceSchema,
  PresenceResponseSchema,
  TeamFrameSchema,
} from './presence.ts'
export type { PresenceFacts, PresenceUpdate, MemberPresence, PresenceResponse, TeamFrame } from './presence.ts'
export {
  AssignmentMode,
  DEFAULT_ASSIGNMENT_LIMIT,
  ASSIGNMENT_LIMIT_RANGE,
  AssignmentSettingsSchema,
  DEFAULT_ASSIGNMENT,
  MAX_TRANSFER_NOTE,
  AssignRequestSchema,
  TransferRequestSchema,
  AssignmentResponseSchema,
  maySee,
  isUpset,
} from './assignment.ts'
export type { AssignmentSettings, AssignRequest, TransferRequest, AssignmentResponse } from './assignment.ts'
