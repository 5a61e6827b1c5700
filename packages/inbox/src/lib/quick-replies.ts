import { MAX_QUICK_REPLIES, MAX_QUICK_REPLY_LENGTH } from '@attune/protocol'

/** What is wrong with the options an agent typed; the protocol's limits, checked before sending. */
export type QuickReplyProblem =
  | { kind: 'too_many'; max: number }
  /** `line` counts options from 1, as the agent reads them. */
  | { kind: 'too_long'; line: number; max: number }
  | { kind: 'duplicate'; line: number }

/** One option per line; blank lines and surrounding spaces do not count. */
export function parseQuickReplies(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

export function checkQuickReplies(options: readonly string[]): QuickReplyProblem[] {
  const problems: QuickReplyProblem[] = []
  if (options.length > MAX_QUICK_REPLIES) problems.push({ kind: 'too_many', max: MAX_QUICK_REPLIES })
  const seen = new Set<string>()
  options.forEach((option, i) => {
    // The server counts UTF-16 code units too (valibot maxLength), so length is the same measure.
    if (option.length > MAX_QUICK_REPLY_LENGTH) problems.push({ kind: 'too_long', line: i + 1, max: MAX_QUICK_REPLY_LENGTH })
    const folded = option.toLocaleLowerCase()
    if (seen.has(folded)) problems.push({ kind: 'duplicate', line: i + 1 })
    seen.add(folded)
  })
  return problems
}
