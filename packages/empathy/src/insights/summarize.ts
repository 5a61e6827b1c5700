import type { Mean, MomentRates, Rate, Summary } from '@attune/protocol'
import type { ConversationRecord } from './record.ts'
import { moodChange } from './record.ts'
import { recoveredAfterFollowUp } from './follow-up.ts'

// The figures' shape is the wire's (`GET /api/insights`): one home, in the protocol.
export type { Mean, MomentRates, Rate, Summary } from '@attune/protocol'

function rate(count: number, n: number): Rate {
  return { value: n === 0 ? null : count / n, count, n }
}

function mean(values: readonly number[]): Mean {
  const n = values.length
  return { value: n === 0 ? null : values.reduce((a, b) => a + b, 0) / n, n }
}

const countWhere = <T>(items: readonly T[], match: (item: T) => boolean): number => items.filter(match).length
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)

function answerRates(records: readonly ConversationRecord[]): MomentRates {
  return {
    before: rate(
      countWhere(records, (r) => r.answered.before),
      countWhere(records, (r) => r.asked.before),
    ),
    during: rate(sum(records.map((r) => r.answered.during)), sum(records.map((r) => r.asked.during))),
    after: rate(
      countWhere(records, (r) => r.answered.after),
      countWhere(records, (r) => r.asked.after),
    ),
  }
}

/**
 * The insight figures over a set of records. Every rate carries its denominator and is null, never
 * NaN, when the denominator is 0.
 *
 * Resolution is reported as two shares, "yes" and "partly", instead of one figure with
 * partly = 0.5: a half point blends two different outcomes into a number nobody can read back
 * ("60 %" could be all partly or most yes, some no), and the weight would be our invention.
 */
export function summarize(records: readonly ConversationRecord[]): Summary {
  const changes = records.flatMap((r) => {
    const change = moodChange(r)
    return change === null ? [] : [change]
  })
  const startedUpset = records.filter((r) => r.moodBefore !== null && r.moodBefore <= 2 && r.moodAfter !== null)
  const understood = records.flatMap((r) => r.understood)
  const resolved = records.flatMap((r) => (r.resolved === null ? [] : [r.resolved]))
  const ended = records.flatMap((r) => (r.moodAfter === null ? [] : [r.moodAfter]))
  const followUps = records.flatMap((r) => {
    const recovered = recoveredAfterFollowUp(r)
    return recovered === null ? [] : [recovered]
  })

  const languages = [...new Set(records.map((r) => r.language))].sort()
  const matrix = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0])
  for (const r of records) {
    const row = r.moodBefore === null ? undefined : matrix[r.moodBefore - 1]
    if (row && r.moodAfter !== null) row[r.moodAfter - 1]! += 1
  }

  return {
    conversations: records.length,
    meanChange: mean(changes),
    moodRecoveryRate: rate(
      countWhere(startedUpset, (r) => r.moodAfter! >= 3),
      startedUpset.length,
    ),
    feltUnderstoodRate: rate(
      countWhere(understood, (yes) => yes),
      understood.length,
    ),
    resolutionRate: rate(
      countWhere(resolved, (a) => a === 'yes'),
      resolved.length,
    ),
    partlyResolvedRate: rate(
      countWhere(resolved, (a) => a === 'partly'),
      resolved.length,
    ),
    meanEffort: mean(records.flatMap((r) => (r.effort === null ? [] : [r.effort]))),
    satisfaction: rate(
      countWhere(ended, (mood) => mood >= 4),
      ended.length,
    ),
    answerRate: answerRates(records),
    answerRateByLanguage: Object.fromEntries(languages.map((language) => [language, answerRates(records.filter((r) => r.language === language))])),
    recoveredAfterFollowUp: rate(
      countWhere(followUps, (yes) => yes),
      followUps.length,
    ),
    startEndMatrix: matrix,
    veryUpsetAtEnd: records.filter((r) => r.moodAfter === 1).map((r) => r.id),
  }
}
