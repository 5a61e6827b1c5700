import { describe, expect, it } from 'vitest'
import * as empathy from './index.ts'

describe('@attune/empathy', () => {
  it('the package root exports the documented API', () => {
    expect(Object.keys(empathy).sort()).toEqual(
      [
        'AgentCheckInRefusal',
        'CSV_COLUMNS',
        'CUE_KINDS',
        'DEFAULT_SETTINGS',
        'EmpathySettingsError',
        'FRUSTRATION_THRESHOLDS',
        'SETTINGS_BOUNDS',
        'SettingsIssueCode',
        'afterCheckIn',
        'agentCheckIn',
        'answerableCheckIn',
        'beforeCheckIn',
        'checkInNews',
        'conversationRecord',
        'detectFrustration',
        'duringCheckIn',
        'EMPTY_FOLD',
        'foldLog',
        'filterRecords',
        'followUpCheckIn',
        'followUpReason',
        'groupByDay',
        'historyDigest',
        'isNotYet',
        'isResolved',
        'latestNotYet',
        'messageHasCue',
        'moodChange',
        'nextCardAsks',
        'nextFold',
        'NO_CARD_ASKS',
        'pendingCheckIn',
        'recoveredAfterFollowUp',
        'resolveSettings',
        'returningTrend',
        'summarize',
        'toCsv',
        'warmUpDetector',
      ].sort(),
    )
  })

  it('a detector result can be passed to the rules as it is', () => {
    const signal = empathy.detectFrustration(['hello'])
    const decision = empathy.duringCheckIn(
      { now: 0, openedAt: 0, events: [], agentTyping: false, frustration: signal, optedOut: false },
      empathy.resolveSettings(),
    )
    expect(decision).toEqual({ ask: null, nextCheckAt: null })
  })
})
