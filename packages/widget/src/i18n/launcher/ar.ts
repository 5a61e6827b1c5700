// The launcher's words in this language (decision 010); ../ar.ts spreads them.
import type { LauncherWords } from '../en.ts'

// No `zero` forms: a count the launcher or the tab title says is always 1 or more.
export const ar: LauncherWords = {
  'launcher.open': 'فتح الدردشة',
  'launcher.close': 'إغلاق الدردشة',
  'launcher.unread': {
    one: 'رسالة واحدة غير مقروءة',
    two: 'رسالتان غير مقروءتين',
    few: '{count} رسائل غير مقروءة',
    many: '{count} رسالة غير مقروءة',
    other: '{count} رسالة غير مقروءة',
  },
  'title.flash': {
    one: '({count}) رسالة جديدة — {title}',
    two: '({count}) رسالتان جديدتان — {title}',
    few: '({count}) رسائل جديدة — {title}',
    many: '({count}) رسالة جديدة — {title}',
    other: '({count}) رسالة جديدة — {title}',
  },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../ar.ts')
