/**
 * The inbox is an app, not a library: this entry exists for the workspace's `exports` and for
 * embedding the views elsewhere (tests, a future admin shell). `main.tsx` boots the page.
 */
export { App } from './components/App.tsx'
export { createSessionApi, SignInFailure } from './session/api.ts'
export { createUploader, UploadFailure } from './session/uploads.ts'
export { createSettingsApi } from './session/settings.ts'
export { createStoreApi } from './session/store.ts'
export { createTeamApi } from './session/team.ts'
export { createInviteApi } from './session/invites.ts'
export { CallError } from './session/http.ts'
export { en } from './i18n/en.ts'
export type { InboxAgent, InboxConversation, AgentProfile, WelcomeAgent, ReplyOptions, TimelineItem, ConnectionStatus } from './agent.ts'
export type { UploadFile, UploadResult } from './session/uploads.ts'
export type { SessionApi, SignInResult, SwitchResult } from './session/api.ts'
export type { SettingsApi, SettingsLoadResult, SettingsSaveResult, DeleteVisitorResult } from './session/settings.ts'
export type { StoreApi, StoreInfo } from './session/store.ts'
export type { TeamApi } from './session/team.ts'
export type { InviteApi } from './session/invites.ts'
export type { CallFailure, CallResult } from './session/http.ts'
export type { InboxMessages } from './i18n/en.ts'
export type { AccountMessages } from './i18n/en-accounts.ts'
