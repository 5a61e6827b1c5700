import { MAX_TEXT_LENGTH } from '@attune/protocol'
import { AttuneError } from './errors.ts'

/**
 * Trims and checks a message before it is queued, so bad input fails at once, typed. Text may be
 * empty only when the message carries files.
 */
export function validateText(text: unknown, hasFiles = false): string {
  if (typeof text !== 'string') {
    throw new AttuneError('invalid_input', 'A message must be a string.')
  }
  const trimmed = text.trim()
  if (trimmed.length === 0 && !hasFiles) {
    throw new AttuneError('invalid_input', 'A message needs some text.')
  }
  if (trimmed.length > MAX_TEXT_LENGTH) {
    throw new AttuneError('invalid_input', `A message is at most ${MAX_TEXT_LENGTH} characters (got ${trimmed.length}).`)
  }
  return trimmed
}
