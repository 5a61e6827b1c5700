import type { Catalogs } from '../context.ts'
import { accounts } from './accounts.ts'
import { afterChat } from './after-chat.ts'
import { alerts } from './alerts.ts'
import { canned } from './canned.ts'
import { care } from './care.ts'
import { erasure } from './erasure.ts'
import { greetings } from './greetings.ts'
import { history } from './history.ts'
import { hours } from './hours.ts'
import { insights } from './insights.ts'
import { main } from './main.ts'
import { search } from './search.ts'
import { notes } from './notes.ts'
import { settings } from './settings.ts'
import { team } from './team.ts'
import { webhooks } from './webhooks.ts'

/** The inbox in Arabic: one chunk, fetched only for a person who reads Arabic (load.ts). */
export const ar: Catalogs = {
  main,
  accounts,
  afterChat,
  alerts,
  care,
  erasure,
  greetings,
  history,
  hours,
  insights,
  search,
  notes,
  settings,
  team,
  webhooks,
  canned,
}
