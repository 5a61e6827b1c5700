import type { Command } from '../command.ts'
import { agentAdd, agentList, agentRemove, agentResetPassword, agentRole } from './agents.ts'
import { demoRemove } from './demo.ts'
import { init } from './init.ts'
import { migrateCommand, secretRotate, visitorErase, visitorExport, visitorRevoke } from './maintenance.ts'
import { start } from './start.ts'
import { storeCreate, storeList, storeUpdate } from './stores.ts'

/** Every command, in the order `attune-server --help` lists them. */
export const COMMANDS: readonly Command[] = [
  start,
  init,
  storeCreate,
  storeList,
  storeUpdate,
  agentAdd,
  agentList,
  agentRemove,
  agentRole,
  agentResetPassword,
  secretRotate,
  visitorExport,
  visitorErase,
  visitorRevoke,
  migrateCommand,
  demoRemove,
]
