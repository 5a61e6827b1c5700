import type { Widen } from './widen.ts'

/**
 * Every string an agent sees, in English. Other locales implement `InboxMessages` so a later
 * change can pick one by the agent's language; components never hold literal copy.
 */
export const en = {
  /** The BCP 47 tag for Intl (dates, numbers, plural rules) and `<html lang>`. */
  locale: 'en',
  appName: 'Attune Inbox',
  signIn: {
    title: 'Sign in to your inbox',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalidCredentials: 'That email and password do not match. Check them and try again.',
    badInput: 'Enter your email address and password.',
    network: 'Cannot reach the server. Check your connection and try again.',
    server: 'Something went wrong on the server. Try again in a moment.',
    checking: 'Checking your session…',
    expired: 'Your session has ended. Sign in again to keep answering.',
    /** 429, with the server's wait rounded up: "Too many sign-in attempts. Try again in 5 minutes." */
    rateLimited: (wait: string) => `Too many sign-in attempts. Try again in ${wait}.`,
    minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
    seconds: (n: number) => (n === 1 ? '1 second' : `${n} seconds`),
    noStore: "This account is not on any store's team. Ask a store's owner or admin for an invitation.",
    storeDeleted: 'The store was deleted. Sign in again to work in another of your stores.',
  },
  /** A person's role in a store (protocol's Role). */
  roles: {
    owner: 'Owner',
    admin: 'Admin',
    manager: 'Manager',
    agent: 'Agent',
  },
  header: {
    signOut: 'Sign out',
    nav: 'Main',
    conversations: 'Conversations',
    insights: 'Insights',
    'follow-ups': 'Follow-ups',
    settings: 'Settings',
    'canned-replies': 'Canned replies',
    store: 'Store',
    team: 'Team',
    loading: 'Loading…',
    /** The store this session works in, and the person's role there: "Demo Store · Owner". */
    where: (store: string, role: string) => `${store} · ${role}`,
    /** Read before `where` on the store switcher's button. */
    switchStore: 'Switch store. Now: ',
    stores: 'Your stores',
    switched: (store: string, role: string) => `Now working in ${store} as ${role}.`,
    switchFailed: 'Could not switch stores. Check your connection and try again.',
    roleChanged: (store: string, role: string) => `Your role in ${store} is now ${role}.`,
    // The inbox's connection, not the person's presence ("Status": Online, Away), so never "Online".
    status: {
      idle: 'Not connected',
      connecting: 'Connecting…',
      online: 'Connected',
      offline: 'Connection lost, reconnecting…',
    },
    signedInAs: (name: string) => `Signed in as ${name}`,
  },
  list: {
    title: 'Open conversations',
    empty: 'No open conversations',
    emptyHint: 'New chats from shoppers appear here as they arrive.',
    visitor: (shortId: string) => `Visitor ${shortId}`,
    noMessages: 'No messages yet',
    /** The list's line for the agent's reply: the reply is isolated (isolating.ts) where it or the line reads right to left. */
    agentSaid: (text: string) => `Agent: ${text}`,
    file: (name: string) => `File: ${name}`,
    waiting: (duration: string) => `Waiting ${duration}`,
    answered: 'Answered',
    notYet: 'Not yet',
    /** Read out when a conversation rises because its shopper answered "Not yet". */
    notYetRaised: (visitor: string) => `${visitor} doesn't feel understood yet`,
    signal: (level: string) => `Signal: ${level}`,
    handedOff: 'Handed to a manager',
  },
  mood: {
    /** The five faces, worded as the shopper saw them (EMPATHY.md). */
    1: 'very upset',
    2: 'upset',
    3: 'okay',
    4: 'good',
    5: 'very happy',
    notAsked: 'Not asked yet',
    skipped: 'Skipped',
  },
  reason: {
    treatment: 'How they were treated',
    product: 'Product or service condition',
    unreachable: "Couldn't reach anyone",
    experience: 'The overall experience',
    other: 'Something else',
  },
  /** Topic ids from the store's settings; an id missing here is shown as it is. */
  topic: {
    order: 'Order & delivery',
    product: 'Product',
    returns: 'Returns & refunds',
    payment: 'Payment',
    other: 'Something else',
  } as Record<string, string>,
  signal: {
    calm: 'Calm',
    concerned: 'Concerned',
    frustrated: 'Frustrated',
  },
  /** The detector's cues in words, so the agent sees why ("waiting 4 min · repeated ×2"). */
  cue: {
    lexicon: (detail: string) => (detail ? `strong words (${detail})` : 'strong words'),
    negated: (detail: string) => (detail ? `unhappy words (${detail})` : 'unhappy words'),
    escalation: (detail: string) => (detail ? `asks for ${detail}` : 'asks for a manager or refund'),
    emoji: (detail: string) => (detail ? `upset emoji ${detail}` : 'upset emoji'),
    capitals: (_detail: string) => 'capitals',
    punctuation: (detail: string) => (detail ? `punctuation ${detail}` : 'punctuation'),
    stretching: (_detail: string) => 'stretched words',
    repetition: (detail: string) => (detail ? `repeated ${detail}` : 'repeated'),
    /** `count` messages sent one after another (0: the detector did not say how many). */
    burst: (count: number) => (count ? `${count} messages in a row` : 'several messages in a row'),
    waiting: (detail: string) => (detail ? `waiting ${detail}` : 'waiting'),
    positive: (_detail: string) => 'friendly words',
    laughter: (_detail: string) => 'laughter',
    complaint: (detail: string) => (detail ? `mentions “${detail}”` : 'threatens a public complaint'),
    abuse: (detail: string) => (detail ? `abusive words (${detail})` : 'abusive words'),
  },
  /** A word the shopper negated or withheld, in a cue's detail ("¬happy"). */
  notWord: (word: string) => `not ${word}`,
  /** A burst that is "Hello? Anyone there?" after an earlier message (the cue's detail "nudge"). */
  nudge: 'asked again if anyone is there',
  card: {
    title: 'How the shopper feels',
    mood: 'Mood',
    reason: 'Reason',
    topic: 'Topic',
    trend: 'Trend',
    signal: 'Signal',
    waiting: 'Waiting',
    notGiven: 'Not given',
    noCues: 'no cues',
    notWaiting: 'Not waiting',
    trendWords: (from: string, to: string) => `${from} → ${to}`,
    trendSpoken: (from: string, to: string) => `from ${from} to ${to}`,
    better: 'better',
    worse: 'worse',
    same: 'no change yet',
    notYet: "The shopper doesn't feel understood yet",
    notYetHint: 'Ask what they need in their own words, then say back what you understood.',
    understood: 'Feels understood',
    pending: 'Check-in sent, waiting for an answer',
    comment: 'Their comment',
    page: 'Page',
    about: 'About the shopper',
    yes: 'Yes',
    no: 'No',
    opensInNewTab: '(opens in a new tab)',
    /** Public-complaint risk, apart from the frustration level (issue 16). */
    complaint: 'Complaint risk',
    /** Opens the rest of the card where it is folded above the messages (tablets, phones). */
    details: 'Details',
  },
  checkIn: {
    button: 'Check in',
    pendingHint: "A check-in is waiting for the shopper's answer.",
    deleted: 'Deleted.',
    resolvedHint: 'Resolved conversations cannot be checked in on.',
    sending: 'Asking the shopper…',
    refused: {
      closed: 'The check-in was not sent: the conversation is resolved.',
      rate_limited: 'The check-in was not sent: too many actions at once. Try again in a moment.',
      other: "The check-in was not sent. One may already be waiting for the shopper's answer.",
    },
  },
  suggestions: {
    title: 'Suggested acknowledgements',
    hint: (language: string) => `In ${language}. Choosing one puts it at the start of your reply to edit; nothing is sent.`,
    language: {
      en: 'English',
      th: 'Thai',
      fil: 'Filipino',
      lo: 'Lao',
      id: 'Indonesian',
      ms: 'Malay',
      vi: 'Vietnamese',
      es: 'Spanish',
      pt: 'Portuguese',
      zh: 'Chinese',
      ja: 'Japanese',
      ar: 'Arabic',
    },
  },
  time: {
    /**
     * Under a minute, said as a length of time: it follows "Waiting" on a row and on the card
     * (Thai "รอมา ไม่ถึง 1 นาที"; "just now", "รอมา เมื่อสักครู่", read as a point in time).
     */
    underMinute: 'under a minute',
    minutes: (n: number) => `${n} min`,
    hours: (n: number) => `${n} h`,
    days: (n: number) => `${n} d`,
  },
  conversation: {
    /** A conversation opened from a link (Insights) before the list knows it. */
    linked: (id: string) => `Conversation ${id}`,
    noneSelected: 'Select a conversation to read and reply.',
    logLabel: (visitor: string) => `Conversation with ${visitor}`,
    back: 'Back to conversations',
    shopper: 'Shopper',
    you: 'You',
    system: 'Attune',
    typing: 'Shopper is typing…',
    resolve: 'Resolve',
    resolvedNote: 'Resolved',
    resolvedHint: 'This conversation is resolved. It reopens if the shopper writes again.',
    empty: 'No messages yet.',
    state: { sending: 'Sending…', sent: 'Sent', delivered: 'Delivered', read: 'Seen', failed: 'Not sent' },
    /** Beside a reply the server refused for good: sends it again. */
    retry: 'Send again',
    loadOlder: 'Load earlier messages',
    loadingOlder: 'Loading earlier messages…',
    quickReplies: 'Quick replies offered',
    deleted: 'Deleted.',
  },
  /** Files on messages and in the composer. */
  files: {
    size: {
      bytes: (n: number) => (n === 1 ? '1 byte' : `${n} bytes`),
      kb: (n: number) => `${n} KB`,
      mb: (n: number) => `${n} MB`,
    },
    /** "invoice.pdf · 182 KB" */
    label: (name: string, size: string) => `${name} · ${size}`,
    opensInNewTab: '(opens in a new tab)',
    attached: 'Files',
  },
  composer: {
    label: 'Reply',
    placeholder: 'Write a reply… (Enter to send, Shift+Enter for a new line)',
    send: 'Send',
    attach: 'Attach a file',
    attachHint: 'Images, PDF, TXT or CSV, up to 10 MB each, 5 per message.',
    files: 'Files to send',
    remove: 'Remove',
    uploading: (name: string) => `Uploading ${name}`,
    ready: 'Ready',
    waitForUploads: 'Wait for the files to finish uploading, then send.',
    /** Why a file was not attached; the first four are checked before uploading. */
    refused: {
      too_large: (name: string) => `"${name}" is too large: files can be at most 10 MB.`,
      unsupported_type: (name: string) => `"${name}" can't be attached: use an image (PNG, JPEG, GIF, WebP), a PDF, or a TXT or CSV file.`,
      empty: (name: string) => `"${name}" is empty.`,
      too_many: (name: string) => `"${name}" was not attached: a reply carries at most 5 files.`,
      unauthorized: (name: string) => `"${name}" was not uploaded: your session may have ended. Sign in again.`,
      network: (name: string) => `"${name}" was not uploaded: cannot reach the server. Remove it and try again.`,
      server: (name: string) => `"${name}" was not uploaded: something went wrong on the server. Remove it and try again.`,
    },
    quickReplies: 'Quick replies',
    quickRepliesField: 'Quick replies, one per line',
    quickRepliesHint: 'Up to 5 short options, 40 characters each. The shopper sees them as buttons under your message.',
    quickRepliesPreview: 'Buttons the shopper will see',
    quickRepliesProblem: {
      too_many: (max: number) => `Use at most ${max} quick replies.`,
      too_long: (line: number, max: number) => `Quick reply ${line} is longer than ${max} characters.`,
      duplicate: (line: number) => `Quick reply ${line} repeats an earlier one.`,
    },
  },
} as const

/** The shape every locale's catalog has; functions keep word order free per language. */
export type InboxMessages = Widen<typeof en>
