import type { ServerFrame, VisitorServerFrame } from './server-frames.ts'

/** The `type` of every frame a visitor can receive (VisitorServerFrameSchema's options). */
const VISITOR_FRAME_TYPES: readonly string[] = ['welcome', 'event', 'ack', 'synced', 'typing', 'read', 'history', 'error', 'pong', 'presence']

/** The `type` of every frame an agent can receive: the visitor's and the rest of ServerFrameSchema's options. */
const SERVER_FRAME_TYPES: readonly string[] = /* @__PURE__ */ VISITOR_FRAME_TYPES.concat('conversation', 'notice', 'alert', 'note', 'team')

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
 * A client's cheap check of a frame from the server: JSON, a type `known` to the role, and
 * well-formed events (the fields ordering and dedupe rely on). The server built the frame from
 * input it had already validated with the full schemas, so clients need not ship the schema
 * library: that keeps the headless core under its budget. Returns null for anything else
 * (callers drop it), an unknown type and another role's frame alike.
 */
function decode(raw: string, known: readonly string[]): unknown {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isObject(value) || !known.includes(value.type as string)) return null
  if (value.type === 'event' && !isEvent(value.event)) return null
  if (value.type === 'history' && !(Array.isArray(value.events) && value.events.every(isEvent))) return null
  if ((value.type === 'ack' || value.type === 'synced') && typeof value.conversationId !== 'string') return null
  return value
}

/** The agent's check: every frame the server sends (see `decode`). */
export const decodeServerFrame = (raw: string): ServerFrame | null => decode(raw, SERVER_FRAME_TYPES) as ServerFrame | null

/**
 * The shopper's check: only the frames a visitor receives, so a shopper's bundle carries no
 * agent frame's name; an agent's frame is dropped like a type nobody knows (issue 13).
 */
export const decodeVisitorFrame = (raw: string): VisitorServerFrame | null => decode(raw, VISITOR_FRAME_TYPES) as VisitorServerFrame | null
