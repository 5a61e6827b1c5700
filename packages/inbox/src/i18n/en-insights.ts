import type { Widen } from './widen.ts'

/**
 * The Insights page's words, in English. They travel with the page's lazy chunk, not in `en.ts`
 * (the first screen's catalog, under a 32 KB budget with the code: .size-limit.cjs).
 */
export const enInsights = {
  title: 'Insights',
  intro: 'How shoppers felt before and after their chats. Read changes, not levels: markets answer differently.',
  filters: 'Filters',
  from: 'From',
  to: 'To',
  topic: 'Topic',
  reason: 'Reason',
  language: 'Language',
  agent: 'Agent',
  allTopics: 'All topics',
  allReasons: 'All reasons',
  allLanguages: 'All languages',
  allAgents: 'All agents',
  loading: 'Loading insights…',
  failed: 'Insights could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  empty: 'No conversations in this period.',
  emptyHint: 'Try a longer date range or fewer filters.',
  downloadCsv: 'Download CSV',
  count: (n: number) => (n === 1 ? '1 conversation' : `${n} conversations`),
  daysIn: (zone: string) => `Days are counted in ${zone} time.`,
  figures: {
    title: 'Headline figures',
    meanChange: 'Mean mood change',
    moodRecovery: 'Mood recovery',
    feltUnderstood: 'Felt understood',
    resolution: 'Resolved',
    effort: 'Mean effort',
    satisfaction: 'Satisfaction',
    followUpRecovery: 'Recovered after follow-up',
    n: (n: number) => `n = ${n}`,
    help: {
      meanChange: 'Mood after minus mood before, on the five faces.',
      moodRecovery: 'Started upset or very upset, ended okay or better.',
      feltUnderstood: 'Answered "Yes" to "Do you feel we understand what you need?"',
      resolution: (partly: string) => `Said their question was resolved (${partly} said partly).`,
      effort: '"… made it easy for me", 1 strongly disagree to 7 strongly agree.',
      satisfaction: 'Ended good or very happy.',
      followUpRecovery: 'Followed up after ending upset, then answered good or better, or two faces above how the chat ended.',
    },
  },
  moodChart: {
    title: 'Mood before and after, by day',
    before: 'Mood before',
    after: 'Mood after',
    axis: 'Mood (1–5)',
    summary: (before: string, after: string) => `Over the period: mean mood before ${before}, after ${after}.`,
  },
  answerChart: {
    title: 'Answer rate per moment, by day',
    axis: 'Answered (%)',
    before: 'Before',
    during: 'During',
    after: 'After',
    summary: (before: string, during: string, after: string) =>
      `Over the period: before ${before}, during ${during}, after ${after} of check-ins answered.`,
    byLanguage: 'Answer rate by language',
  },
  table: {
    show: 'Show the numbers',
    day: 'Day',
    language: 'Language',
  },
  matrix: {
    title: 'Start × end',
    caption: 'Conversations by mood at the start (rows) and at the end (columns)',
    start: 'Start',
    end: 'End',
  },
  risk: {
    title: 'Ended very upset',
    hint: 'Public-complaint risk: these shoppers may share a bad experience. Reach out.',
    none: 'No conversation ended very upset.',
  },
  conversations: {
    title: 'Conversations',
    started: 'Started',
    conversation: 'Conversation',
    before: 'Before',
    after: 'After',
    change: 'Change',
    resolved: 'Resolved',
    understood: 'Felt understood',
    agent: 'Agent',
    unassigned: 'Nobody',
    more: (shown: number, total: number) => `Showing ${shown} of ${total}. Download the CSV for all of them.`,
    answer: { yes: 'Yes', partly: 'Partly', no: 'No' },
    understoodAnswers: (yes: number, notYet: number) => `${yes} yes · ${notYet} not yet`,
  },
  open: (id: string) => `Conversation ${id}`,
  /** Returning shoppers' trend (issue 16; empathy's `returningTrend`). */
  returning: {
    title: 'Returning shoppers',
    hint: 'Shoppers with two or more chats in the period: their latest chat’s mood against their first (how they left, else how they came in).',
    none: 'No shopper came back with a mood to compare in this period.',
    shoppers: (n: number) => (n === 1 ? '1 returning shopper' : `${n} returning shoppers`),
    improving: 'Improving',
    steady: 'Steady',
    worsening: 'Worsening',
    first: 'Mean mood, first chat',
    latest: 'Mean mood, latest chat',
    caption: 'Returning shoppers by the week of their latest chat',
    week: 'Week of',
    count: 'Shoppers',
  },
  /** Public-complaint risk cues (issue 16). */
  complaints: {
    title: 'Complaint risk',
    hint: 'Messages that threatened a public review, social media or a complaint to an authority.',
    count: (messages: number, conversations: number) =>
      `${messages === 1 ? '1 message' : `${messages} messages`} in ${conversations === 1 ? '1 conversation' : `${conversations} conversations`}.`,
    none: 'No shopper threatened a public complaint in this period.',
  },
} as const

export type InsightsMessages = Widen<typeof enInsights>
