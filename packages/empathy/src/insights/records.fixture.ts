// Test-only: eight conversations whose figures summarize.test.ts computes by hand.
import type { ConversationRecord } from './record.ts'

type AfterTheChat = 'comment' | 'followedUp' | 'moodFollowUp'
type Row = Omit<ConversationRecord, 'asked' | 'answered' | AfterTheChat> &
  Partial<Pick<ConversationRecord, AfterTheChat>> & { asked: [boolean, number, boolean]; answered: [boolean, number, boolean] }

// None of the eight left a comment or was followed up (follow-up.test.ts covers those).
const record = ({ asked, answered, ...rest }: Row): ConversationRecord => ({
  comment: null,
  followedUp: false,
  moodFollowUp: null,
  ...rest,
  asked: { before: asked[0], during: asked[1], after: asked[2] },
  answered: { before: answered[0], during: answered[1], after: answered[2] },
})

//   id  started (UTC)      lang topic    reason      agent before after understood  resolved effort asked      answered
//   c1  03-03 02:00        en   order    unreachable a1    2      4     [T]         yes      6      T,1,T      T,1,T
//   c2  03-03 10:00        th   returns  product     a2    1      1     [F,F]       no       2      T,2,T      T,2,T
//   c3  03-03 23:30        en   product  –           a1    4      5     []          yes      –      T,0,T      T,0,T
//   c4  03-04 08:00        fil  payment  treatment   a2    1      3     [T,F]       partly   4      T,2,T      T,2,T
//   c5  03-04 09:00        th   –        –           a1    –      4     [T]         yes      –      T,1,T      F,1,T   (skipped before)
//   c6  03-05 12:00        lo   order    experience  –     2      –     []          –        –      T,1,T      T,0,F   (left unanswered)
//   c7  03-05 13:00        en   other    –           a2    3      2     [T]         partly   5      T,1,T      T,1,T
//   c8  03-05 14:00        ms   –        –           a1    –      –     []          –        –      F,0,F      F,0,F   (moments off)
export const RECORDS: readonly ConversationRecord[] = [
  record({
    id: 'c1',
    startedAt: '2025-03-03T02:00:00.000Z',
    language: 'en',
    topic: 'order',
    reason: 'unreachable',
    agentId: 'a1',
    moodBefore: 2,
    moodAfter: 4,
    understood: [true],
    resolved: 'yes',
    effort: 6,
    asked: [true, 1, true],
    answered: [true, 1, true],
  }),
  record({
    id: 'c2',
    startedAt: '2025-03-03T10:00:00.000Z',
    language: 'th',
    topic: 'returns',
    reason: 'product',
    agentId: 'a2',
    moodBefore: 1,
    moodAfter: 1,
    understood: [false, false],
    resolved: 'no',
    effort: 2,
    asked: [true, 2, true],
    answered: [true, 2, true],
  }),
  record({
    id: 'c3',
    startedAt: '2025-03-03T23:30:00.000Z',
    language: 'en',
    topic: 'product',
    reason: null,
    agentId: 'a1',
    moodBefore: 4,
    moodAfter: 5,
    understood: [],
    resolved: 'yes',
    effort: null,
    asked: [true, 0, true],
    answered: [true, 0, true],
  }),
  record({
    id: 'c4',
    startedAt: '2025-03-04T08:00:00.000Z',
    language: 'fil',
    topic: 'payment',
    reason: 'treatment',
    agentId: 'a2',
    moodBefore: 1,
    moodAfter: 3,
    understood: [true, false],
    resolved: 'partly',
    effort: 4,
    asked: [true, 2, true],
    answered: [true, 2, true],
  }),
  record({
    id: 'c5',
    startedAt: '2025-03-04T09:00:00.000Z',
    language: 'th',
    topic: null,
    reason: null,
    agentId: 'a1',
    moodBefore: null,
    moodAfter: 4,
    understood: [true],
    resolved: 'yes',
    effort: null,
    asked: [true, 1, true],
    answered: [false, 1, true],
  }),
  record({
    id: 'c6',
    startedAt: '2025-03-05T12:00:00.000Z',
    language: 'lo',
    topic: 'order',
    reason: 'experience',
    agentId: null,
    moodBefore: 2,
    moodAfter: null,
    understood: [],
    resolved: null,
    effort: null,
    asked: [true, 1, true],
    answered: [true, 0, false],
  }),
  record({
    id: 'c7',
    startedAt: '2025-03-05T13:00:00.000Z',
    language: 'en',
    topic: 'other',
    reason: null,
    agentId: 'a2',
    moodBefore: 3,
    moodAfter: 2,
    understood: [true],
    resolved: 'partly',
    effort: 5,
    asked: [true, 1, true],
    answered: [true, 1, true],
  }),
  record({
    id: 'c8',
    startedAt: '2025-03-05T14:00:00.000Z',
    language: 'ms',
    topic: null,
    reason: null,
    agentId: 'a1',
    moodBefore: null,
    moodAfter: null,
    understood: [],
    resolved: null,
    effort: null,
    asked: [false, 0, false],
    answered: [false, 0, false],
  }),
]
