import { enTeam } from './en-team.ts'
import { pageCatalog } from './page-catalog.ts'

/** Presence and assignment's catalog, for their chunk. */
export const { use: useTeamMessages } = pageCatalog('team', enTeam)
