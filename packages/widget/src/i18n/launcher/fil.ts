// The launcher's words in this language (decision 010); ../fil.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const fil: LauncherWords = {
  'launcher.open': 'Buksan ang chat',
  'launcher.close': 'Isara ang chat',
  'launcher.unread': { one: '{count} mensaheng hindi pa nababasa', other: '{count} mensaheng hindi pa nababasa' },
  'title.flash': { one: '({count}) Bagong mensahe — {title}', other: '({count}) Mga bagong mensahe — {title}' },
}
