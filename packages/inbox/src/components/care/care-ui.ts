// The chunk ./lazy.ts loads: what the first screen draws a moment after it (the first screen's
// budget): agent care's cards, the managers' "Delete shopper's data", which agents never see, and
// canned replies (issue 14) — the reply box's `/` list and the managers' page, here rather than in
// a chunk of their own, which cost the first screen ~95 B more (decision 027).
export { CareNotices } from './CareNotices.tsx'
export { HandOffButton } from './HandOffButton.tsx'
export { CareTimeline } from './CareTimeline.tsx'
export { DeleteShopper } from '../DeleteShopper.tsx'
export { CannedPicker } from '../canned/CannedPicker.tsx'
export { CannedPage } from '../canned/CannedPage.tsx'
