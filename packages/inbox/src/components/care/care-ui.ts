// The chunk ./lazy.ts loads: what the first screen draws a moment after it (the first screen's
// budget): agent care's cards, and the managers' "Delete shopper's data", which agents never see.
export { CareNotices } from './CareNotices.tsx'
export { HandOffButton } from './HandOffButton.tsx'
export { CareTimeline } from './CareTimeline.tsx'
export { DeleteShopper } from '../DeleteShopper.tsx'
