// The launcher's words in this language (decision 010); ../pt.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const pt: LauncherWords = {
  'launcher.open': 'Abrir chat',
  'launcher.close': 'Fechar chat',
  'launcher.unread': { one: '{count} mensagem não lida', other: '{count} mensagens não lidas' },
  'title.flash': { one: '({count}) Nova mensagem — {title}', other: '({count}) Novas mensagens — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../pt.ts')
