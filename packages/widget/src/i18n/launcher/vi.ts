// The launcher's words in this language (decision 010); ../vi.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const vi: LauncherWords = {
  'launcher.open': 'Mở trò chuyện',
  'launcher.close': 'Đóng trò chuyện',
  'launcher.unread': { other: '{count} tin nhắn chưa đọc' },
  'title.flash': { other: '({count}) Tin nhắn mới — {title}' },
}
