// The chunk ./lazy.ts loads: presence and assignment's controls (issue 14).
export { ViewTabs } from './ViewTabs.tsx'
export { PresenceMenu } from './PresenceMenu.tsx'
export { TeamPresence } from './TeamPresence.tsx'
export { RowAssignment } from './RowAssignment.tsx'
export { ConversationAssignment } from './ConversationAssignment.tsx'
