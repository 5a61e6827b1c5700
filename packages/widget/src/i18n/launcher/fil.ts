// The launcher's words in this language (decision 010); ../fil.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const fil: LauncherWords = {
  'launcher.open': 'Buksan ang chat',
  'launcher.close': 'Isara ang chat',
  // Filipino does not inflect the noun after a number ("5 bagong mensahe"), and its plural rules'
  // "one" covers 1, 2, 3, 5, 7, 8, 10…: one form for every count reads right.
  'launcher.unread': { other: '{count} mensaheng hindi pa nababasa' },
  'title.flash': { other: '({count}) Bagong mensahe — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../fil.ts')
