// The launcher's words in this language (decision 010); ../ar.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const ar: LauncherWords = {
  'launcher.open': 'افتح الدردشة',
  'launcher.close': 'أغلق الدردشة',
  'launcher.unread': {
    zero: 'لا توجد رسائل غير مقروءة',
    one: 'رسالة واحدة غير مقروءة',
    two: 'رسالتان غير مقروءتين',
    few: '{count} رسائل غير مقروءة',
    many: '{count} رسالة غير مقروءة',
    other: '{count} رسالة غير مقروءة',
  },
  'title.flash': {
    zero: '({count}) رسائل جديدة — {title}',
    one: '({count}) رسالة جديدة — {title}',
    two: '({count}) رسالتان جديدتان — {title}',
    few: '({count}) رسائل جديدة — {title}',
    many: '({count}) رسالة جديدة — {title}',
    other: '({count}) رسالة جديدة — {title}',
  },
}
