import type { Widen } from './widen.ts'

/**
 * Agent care's words (issue 16), in English; they travel with the care chunks (the check-in card,
 * the hand-off alerts, the Insights figures, the Store setting), never with the first screen.
 */
export const enCare = {
  /** In the conversation's timeline. */
  marks: {
    abusive: 'Flagged: abusive message',
    handoffNote: (name: string) => `Handed to a manager by ${name}`,
  },
  /** The corner where notices for this person appear. */
  region: 'For you',
  offer: {
    title: 'How are you after that one?',
    hint: 'That was a hard conversation. Your answer is yours: managers only ever see team totals.',
    /** Read out when the card appears; it never takes the focus. */
    announce: 'A check-in for you: how are you after that one?',
    faces: 'Your mood',
    notNow: 'Not now',
    sending: 'Saving…',
    thanks: 'Thank you for telling us.',
    breakTitle: 'Take a short break if you can',
    breakHint:
      'A few minutes away from the screen, a glass of water, a stretch. The next chat can wait a moment. If it keeps being hard, tell your manager.',
    close: 'Close',
    failed: 'Your answer was not saved. Try again.',
  },
  handoff: {
    button: 'Hand to a manager',
    sending: 'Handing over…',
    done: 'Handed to a manager. They have been told.',
    failed: 'It was not handed over. Check your connection and try again.',
    title: 'Handed to you',
    /** "Kai handed Visitor 3f2a to a manager." */
    alert: (agent: string, conversation: string) => `${agent} handed ${conversation} to a manager.`,
    open: 'Open conversation',
    dismiss: 'Dismiss',
  },
  /**
   * A chat taken from this agent because its shopper wrote while they were Away, or offline past
   * the grace (the server's assignment); `unassigned`: it waits for whoever takes it. Its card
   * shares the hand-off's Open and Dismiss.
   */
  handedOn: {
    away: {
      /** "While you were away, Visitor 3f2a's chat went to Ben." */
      to: (conversation: string, name: string) => `While you were away, ${conversation}'s chat went to ${name}.`,
      unassigned: (conversation: string) => `While you were away, ${conversation}'s chat went back to Unassigned.`,
    },
    offline: {
      to: (conversation: string, name: string) => `While you were offline, ${conversation}'s chat went to ${name}.`,
      unassigned: (conversation: string) => `While you were offline, ${conversation}'s chat went back to Unassigned.`,
    },
  },
  figures: {
    title: 'The team’s own check-ins',
    hint: (answers: number, people: number) =>
      `Agents' own answers after hard conversations. A day shows once it is over, and only with at least ${answers} answers from ${people} people, so nobody's answer can be picked out.`,
    show: 'Show the team’s figures',
    hide: 'Hide the team’s figures',
    loading: 'Loading…',
    failed: 'The team figures could not be loaded.',
    empty: 'No finished day with answers in the last 30 days.',
    day: 'Day',
    answers: 'Answers',
    mean: 'Average mood (1–5)',
    notEnough: 'Not enough answers to show',
  },
  setting: {
    title: 'Care for the team',
    label: 'Check in on agents after hard conversations',
    hint: 'After a chat that ended very upset, turned frustrated or carried abuse, the agent is offered a private check-in, at most once an hour.',
    saving: 'Saving…',
    on: 'Agents will be offered a check-in after hard conversations.',
    off: 'Agents will not be offered check-ins.',
    failed: 'The setting was not saved. Try again.',
    loadFailed: 'The setting could not be loaded.',
  },
} as const

export type CareMessages = Widen<typeof enCare>
