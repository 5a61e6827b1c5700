import { lazyPage } from '../lazy.ts'

/**
 * Presence and assignment's controls (issue 14) in one chunk, fetched right after the first
 * screen (its budget): the view tabs, the "Status" menu, the team's presence, Take, Assign and
 * Transfer. Until it arrives the list already shows the person's default view.
 */
export const useLazyAssignment = lazyPage(() => import('./assignment-ui.ts'))
