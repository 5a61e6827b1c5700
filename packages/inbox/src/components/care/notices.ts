import type { Notice } from '@attune/protocol'
import { atom } from 'nanostores'
import type { InboxAgent } from '../../agent.ts'

/**
 * This connection's notices, in arrival order, outside any component: a page change redraws the
 * corner (CareNotices), and a waiting offer must survive it.
 */
export const $notices = atom<Notice[]>([])

/**
 * Hears a new client's notices (App), from before it connects: the server tells the ones kept
 * while the person had no inbox open right after the welcome (decision 024), before the corner's
 * chunk has loaded. A new client (a store switch) starts afresh; the one it replaces is being
 * closed by then, and what it was told is for this session's store too.
 */
export function listenForNotices(client: InboxAgent): void {
  $notices.set([])
  client.on('notice', (notice) => $notices.set([...$notices.get(), notice]))
}
