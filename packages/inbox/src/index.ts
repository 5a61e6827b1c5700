/**
 * The inbox is an app, not a library: this entry exists for the workspace's `exports` and for
 * embedding the views elsewhere (tests, a future admin shell). `main.tsx` boots the page.
 */
export { App } from './components/App.tsx'
export { createSessionApi, SignInFailure } from './session/api.ts'
export { createUploader, UploadFailure } from './session/uploads.ts'
export { createStoreApi } from './session/settings.ts'
export { en } from './i18n/en.ts'
export type { InboxAgent, InboxConversation, AgentProfile, ReplyOptions, TimelineItem, ConnectionStatus } from './agent.ts'
export type { UploadFile, UploadResult } from './session/uploads.ts'
export type { SessionApi, SignInResult } from './session/api.ts'
export type { StoreApi, SettingsLoadResult, SettingsSaveResult, DeleteVisitorResult } from './session/settings.ts'
export type { InboxMessages } from './i18n/en.ts'
