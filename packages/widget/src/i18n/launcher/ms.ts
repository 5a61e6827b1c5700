// The launcher's words in this language (decision 010); ../ms.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const ms: LauncherWords = {
  'launcher.open': 'Buka sembang',
  'launcher.close': 'Tutup sembang',
  'launcher.unread': { other: '{count} mesej belum dibaca' },
  'title.flash': { other: '({count}) Mesej baharu — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../ms.ts')
