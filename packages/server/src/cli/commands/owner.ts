import { createPeople, generatePassword, type PersonRecord } from '../../accounts/people.ts'
import { createStores, type StoreRecord } from '../../accounts/stores.ts'
import type { Database } from '../../db/database.ts'
import { CliError } from '../command.ts'

/** `--store KEY`, as every command on one store names it. */
export const storeFlag = { type: 'string', value: 'KEY', required: true, help: "the store's site key (see: attune-server store list)" } as const

export type NewStore = { name: string; origins: string[]; ownerEmail: string; ownerName?: string | undefined; ownerPassword?: string | undefined }

/**
 * Creates a store and makes `ownerEmail` its owner, in one transaction. A new person gets the
 * given password or a generated one (returned, to print once); someone with an account already
 * keeps theirs.
 */
export async function createStoreWithOwner(
  db: Database,
  input: NewStore,
): Promise<{ store: StoreRecord; owner: PersonRecord; generatedPassword: string | null }> {
  const people = createPeople(db)
  const stores = createStores(db)
  const existing = await people.byEmail(input.ownerEmail)
  if (existing && input.ownerPassword !== undefined) {
    throw new CliError('failed', `${existing.email} has an account already and keeps its password: leave out --owner-password.`)
  }
  const generatedPassword = existing || input.ownerPassword !== undefined ? null : generatePassword()
  return db.transaction(async (tx) => {
    const store = await stores.create({ name: input.name, origins: input.origins }, tx)
    const owner =
      existing ??
      (await people.create({ email: input.ownerEmail, name: input.ownerName ?? '', password: input.ownerPassword ?? generatedPassword! }, tx))
    await people.join(store.id, owner.id, 'owner', tx)
    return { store, owner, generatedPassword }
  })
}
