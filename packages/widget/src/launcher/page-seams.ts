// The controller's seams on a real page (STYLE.md point 3): storage, the address, idle time, the
// network, the chunks. The element adds its own (the client a page gave it, the launcher's live
// region, the greeting); tests give stand-ins instead (controller.test.ts).
import { hasStoredVisitor, type LauncherResponse } from '@attune/core'
import type { ControllerSeams } from '../controller.ts'
import { loadCatalog, loadWords } from '../i18n/catalogs.ts'
import { onDemand } from './chunk.ts'
import { loadPanel, whenIdle } from './panel-chunk.ts'

/** "We're away" (issue 15): its words and rules, fetched only where nobody can answer now. */
const loadAway = onDemand(() => import('./away.ts'))

export type PageSeams = Omit<ControllerSeams, 'client' | 'announce' | 'greet'>

/** `siteKey` is null when the page gave a client of its own instead; `locale` reads the boot option. */
export function pageSeams(siteKey: string | null, server: string, locale: () => string | null): PageSeams {
  const key = siteKey ?? ''
  return {
    returning: hasStoredVisitor(() => localStorage, key),
    languages: () => [locale(), document.documentElement.lang, ...navigator.languages],
    resuming: location.hash.startsWith('#attune-resume='),
    idle: whenIdle,
    loadPanel,
    makeClient: (panel) => panel.createWidgetClient(server, key),
    loadWords,
    loadCatalog,
    // "Who is there": one small cacheable response, asked for after boot and when its `next` passes.
    askWhoIsThere: siteKey
      ? () => fetch(`${server}/api/sites/${encodeURIComponent(siteKey)}/launcher`).then((response) => response.json() as Promise<LauncherResponse>)
      : undefined,
    loadAway,
    hidden: () => document.hidden,
    warn: console.warn,
  }
}
