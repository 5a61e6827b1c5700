// The launcher's words in this language (decision 010); ../es.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const es: LauncherWords = {
  'launcher.open': 'Abrir chat',
  'launcher.close': 'Cerrar chat',
  'launcher.unread': { one: '{count} mensaje sin leer', other: '{count} mensajes sin leer' },
  'title.flash': { one: '({count}) Mensaje nuevo — {title}', other: '({count}) Mensajes nuevos — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../es.ts')
