// The launcher's words in this language (decision 010); ../id.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const id: LauncherWords = {
  'launcher.open': 'Buka chat',
  'launcher.close': 'Tutup chat',
  'launcher.unread': { other: '{count} pesan belum dibaca' },
  'title.flash': { other: '({count}) Pesan baru — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../id.ts')
