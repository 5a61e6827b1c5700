// The chunk ./lazy.ts loads: what the first screen draws a moment after it (the first screen's
// budget): agent care's cards, and the managers' "Delete shopper's data", which agents never see;
// and the team's views, Status menu, Take, Assign and Transfer (issue 14).
export { CareNotices } from './CareNotices.tsx'
export { HandOffButton } from './HandOffButton.tsx'
export { CareTimeline } from './CareTimeline.tsx'
export { DeleteShopper } from '../DeleteShopper.tsx'
export { PresenceMenu, TeamList, ConversationAssignment } from '../assignment/assignment-ui.ts'
