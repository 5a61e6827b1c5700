// The launcher's words in this language (decision 010); ../zh.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const zh: LauncherWords = {
  'launcher.open': '打开聊天',
  'launcher.close': '关闭聊天',
  'launcher.unread': { other: '{count} 条未读消息' },
  'title.flash': { other: '({count}) 新消息 — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../zh.ts')
