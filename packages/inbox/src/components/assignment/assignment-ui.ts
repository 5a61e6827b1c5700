// Presence and assignment's controls (issue 14): they ride in the chunk that follows the first
// screen (care/care-ui.ts), so the first screen carries none of them.
export { PresenceMenu } from './PresenceMenu.tsx'
export { TeamList } from './TeamList.tsx'
export { ConversationAssignment } from './ConversationAssignment.tsx'
