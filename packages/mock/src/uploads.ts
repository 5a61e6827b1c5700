import { UPLOAD_LIMITS } from '@attune/protocol'
import { refuse } from './http-errors.ts'

/** A Content-Type as the real server compares it: no parameters, lower case. */
export const mediaType = (contentType: string | null) => (contentType ?? '').split(';')[0]!.trim().toLowerCase()

/**
 * The real server's answer to a file it refuses (its uploads.ts, in the same order, with the same
 * codes and messages), or null when it would take it. The daily quotas are not played.
 */
export function uploadRefusal(file: { size: number; type: string }) {
  if (file.size === 0) return refuse('bad_request', 'The file is empty.')
  if (file.size > UPLOAD_LIMITS.maxBytes) return refuse('too_large', `Files are at most ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB.`)
  if (!(UPLOAD_LIMITS.types as readonly string[]).includes(file.type)) {
    return refuse('unsupported_type', `Files of type ${file.type || 'unknown'} are not accepted.`)
  }
  return null
}
