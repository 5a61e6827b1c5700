// The launcher's words in this language (decision 010); ../ja.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const ja: LauncherWords = {
  'launcher.open': 'チャットを開く',
  'launcher.close': 'チャットを閉じる',
  'launcher.unread': { other: '未読メッセージ {count} 件' },
  'title.flash': { other: '({count}) 新着メッセージ — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../ja.ts')
