// The launcher's words in this language (decision 010); ../vi.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const vi: LauncherWords = {
  'launcher.open': 'Mở trò chuyện',
  'launcher.close': 'Đóng trò chuyện',
  'launcher.unread': { other: '{count} tin nhắn chưa đọc' },
  'title.flash': { other: '({count}) Tin nhắn mới — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../vi.ts')
