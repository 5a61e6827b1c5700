import { isUuid } from '../uuid.ts'

/** Where a page ended: the last row's activity time (UTC, to the microsecond, as Postgres keeps it) and id. */
export type Cursor = { at: string; id: string }

/** A cursor the client sent back that this server never made. */
export class BadCursor extends Error {
  override name = 'BadCursor'
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/

// Opaque to the inbox (it only passes `next` back), URL-safe, and checked on the way in, so a
// hand-made one is a typed 400 and never a SQL error.
export const encodeCursor = (cursor: Cursor): string => Buffer.from(`${cursor.at}|${cursor.id}`).toString('base64url')

export function decodeCursor(text: string): Cursor {
  const [at = '', id = '', ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|')
  if (!AT.test(at) || !isUuid(id) || rest.length > 0) throw new BadCursor('This page cursor was not made by this server.')
  return { at, id }
}
