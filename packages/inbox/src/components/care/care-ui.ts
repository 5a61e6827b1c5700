// The chunk ./lazy.ts loads: what the first screen draws a moment after it (the first screen's
// budget): agent care's cards, the managers' "Delete shopper's data", which agents never see, the
// notice that replaces a conversation whose shopper was erased, and issue 14's private notes,
// tags, canned replies and the team's views, Status menu, Take, Assign and Transfer: one chunk,
// not one more, keeps the first screen's loader small (a chunk of their own cost it ~95 B more
// each; decision 027).
export { CareNotices } from './CareNotices.tsx'
export { HandOffButton } from './HandOffButton.tsx'
export { CareTimeline } from './CareTimeline.tsx'
export { DeleteShopper } from '../DeleteShopper.tsx'
export { ErasedNotice } from '../ErasedNotice.tsx'
export { ConversationTags } from '../notes/ConversationTags.tsx'
export { NotesComposer } from '../notes/NotesComposer.tsx'
export { NotesTimeline } from '../notes/NotesTimeline.tsx'
export { RowTags } from '../notes/RowTags.tsx'
export { TagFilter } from '../notes/TagFilter.tsx'
export { CannedPicker } from '../canned/CannedPicker.tsx'
export { CannedPage } from '../canned/CannedPage.tsx'
export { PresenceMenu, TeamList, ConversationAssignment } from '../assignment/assignment-ui.ts'
