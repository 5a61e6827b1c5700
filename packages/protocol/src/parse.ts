import * as v from 'valibot'
import { ClientFrameSchema, type ClientFrame } from './client-frames.ts'
import { ErrorCode } from './errors.ts'
import { ServerFrameSchema, type ErrorFrame, type ServerFrame } from './server-frames.ts'
import { MAX_FRAME_BYTES } from './version.ts'

export type ParseResult<T> = { ok: true; frame: T } | { ok: false; error: ErrorFrame }

function parseWith<T>(schema: v.GenericSchema<unknown, T>, raw: string): ParseResult<T> {
  // Length in UTF-16 units is a lower bound of the UTF-8 bytes; close enough to refuse early.
  if (raw.length > MAX_FRAME_BYTES) {
    return fail(ErrorCode.FrameTooLarge, `A frame is at most ${MAX_FRAME_BYTES} bytes.`)
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return fail(ErrorCode.BadFrame, 'The frame is not valid JSON.')
  }
  const result = v.safeParse(schema, json)
  if (result.success) return { ok: true, frame: result.output }
  const ref = typeof json === 'object' && json !== null ? refOf(json) : undefined
  const issue = result.issues[0]
  const where = issue ? v.getDotPath(issue) : null
  const message = `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid frame'}`
  return fail(ErrorCode.BadFrame, message, ref)
}

function refOf(json: object): string | undefined {
  const { clientId, type } = json as { clientId?: unknown; type?: unknown }
  if (typeof clientId === 'string') return clientId
  if (typeof type === 'string') return type
  return undefined
}

function fail(code: ErrorFrame['code'], message: string, ref?: string): { ok: false; error: ErrorFrame } {
  const error: ErrorFrame = { type: 'error', code, message }
  if (ref !== undefined) error.ref = ref
  return { ok: false, error }
}

/** Validates a frame a client sent; the server answers a failure with the returned error frame. */
export function parseClientFrame(raw: string): ParseResult<ClientFrame> {
  return parseWith(ClientFrameSchema, raw)
}

/** Validates a frame the server sent; clients drop (and warn about) what fails. */
export function parseServerFrame(raw: string): ParseResult<ServerFrame> {
  return parseWith(ServerFrameSchema, raw)
}
