import type { ServerFrame } from './server-frames.ts'

const SERVER_FRAME_TYPES: ReadonlySet<string> = new Set([
  'welcome',
  'event',
  'ack',
  'synced',
  'history',
  'typing',
  'read',
  'conversation',
  'error',
  'pong',
  'presence',
  'notice',
  'alert',
  'team',
])

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

function isEvent(value: unknown): boolean {
  return (
    isObject(value) &&
    Number.isInteger(value.seq) &&
    (value.seq as number) >= 1 &&
    typeof value.kind === 'string' &&
    typeof value.at === 'string' &&
    isObject(value.author) &&
    typeof value.author.role === 'string'
  )
}

/**
 * A client's cheap check of a frame from the server: JSON, a known type, and well-formed events
 * (the fields ordering and dedupe rely on). The server built the frame from input it had already
 * validated with the full schemas, so clients need not ship the schema library: that keeps the
 * headless core under its 8 KB budget. Returns null for anything else; callers drop it.
 */
export function decodeServerFrame(raw: string): ServerFrame | null {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  // The set holds only strings, so a missing or non-string type is not in it either.
  if (!isObject(value) || !SERVER_FRAME_TYPES.has(value.type as string)) return null
  if (value.type === 'event' && !isEvent(value.event)) return null
  if (value.type === 'history' && !(Array.isArray(value.events) && value.events.every(isEvent))) return null
  if ((value.type === 'ack' || value.type === 'synced') && typeof value.conversationId !== 'string') return null
  return value as ServerFrame
}
