// The launcher's words in this language (decision 010); ../th.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const th: LauncherWords = {
  'launcher.open': 'เปิดแชท',
  'launcher.close': 'ปิดแชท',
  'launcher.unread': { other: 'ข้อความที่ยังไม่ได้อ่าน {count} ข้อความ' },
  'title.flash': { other: '({count}) ข้อความใหม่ — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../th.ts')
