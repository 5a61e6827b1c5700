import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { AccountMessages } from './en-accounts.ts'
import type { AfterChatMessages } from './en-after-chat.ts'
import type { AlertMessages } from './en-alerts.ts'
import type { CannedMessages } from './en-canned.ts'
import type { CareMessages } from './en-care.ts'
import type { ErasureMessages } from './en-erasure.ts'
import type { GreetingMessages } from './en-greetings.ts'
import type { HistoryMessages } from './en-history.ts'
import type { HoursMessages } from './en-hours.ts'
import type { InsightsMessages } from './en-insights.ts'
import type { SearchMessages } from './en-search.ts'
import type { NotesMessages } from './en-notes.ts'
import type { SettingsMessages } from './en-settings.ts'
import type { TeamMessages } from './en-team.ts'
import type { WebhookMessages } from './en-webhooks.ts'
import { en, type InboxMessages } from './en.ts'
import { isolating } from './isolating.ts'

/**
 * One language's catalogs: the first screen's (`main`) and each lazy page's. Another language
 * than English arrives whole, in one chunk of its own (load.ts); English stays where it is, the
 * first screen's in `en.ts` and each page's in that page's chunk.
 */
export interface Catalogs {
  main: InboxMessages
  accounts: AccountMessages
  afterChat: AfterChatMessages
  alerts: AlertMessages
  care: CareMessages
  erasure: ErasureMessages
  greetings: GreetingMessages
  history: HistoryMessages
  hours: HoursMessages
  insights: InsightsMessages
  search: SearchMessages
  notes: NotesMessages
  settings: SettingsMessages
  team: TeamMessages
  webhooks: WebhookMessages
  canned: CannedMessages
}

/** The catalogs in use; null: English. Provided by `InLanguage`. */
export const CatalogsContext = createContext<Catalogs | null>(null)

export function useMessages(): InboxMessages {
  return isolating(useContext(CatalogsContext)?.main ?? en)
}
