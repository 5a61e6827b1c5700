import type { Widen } from './widen.ts'

/**
 * Every string an agent sees, in English. Other locales implement `InboxMessages` so a later
 * change can pick one by the agent's language; components never hold literal copy.
 */
export const en = {
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
    settings: 'Settings',
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
    status: {
      idle: 'Not connected',
      connecting: 'Connecting…',
      online: 'Online',
      offline: 'Offline, reconnecting…',
    },
    signedInAs: (name: string) => `Signed in as ${name}`,
  },
  list: {
    title: 'Open conversations',
    empty: 'No open conversations',
    emptyHint: 'New chats from shoppers appear here as they arrive.',
    visitor: (shortId: string) => `Visitor ${shortId}`,
    noMessages: 'No messages yet',
    agentPrefix: 'Agent: ',
    file: (name: string) => `File: ${name}`,
    waiting: (duration: string) => `Waiting ${duration}`,
    answered: 'Answered',
    notYet: 'Not yet',
    /** Read out when a conversation rises because its shopper answered "Not yet". */
    notYetRaised: (visitor: string) => `${visitor} doesn't feel understood yet`,
    signal: (level: string) => `Signal: ${level}`,
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
    burst: (detail: string) => (detail ? `${detail} in a row` : 'several messages in a row'),
    waiting: (detail: string) => (detail ? `waiting ${detail}` : 'waiting'),
    positive: (_detail: string) => 'friendly words',
    laughter: (_detail: string) => 'laughter',
    complaint: (detail: string) => (detail ? `mentions ${detail}` : 'threatens a public complaint'),
  },
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
    page: 'Page',
    about: 'About the shopper',
    yes: 'Yes',
    no: 'No',
    opensInNewTab: '(opens in a new tab)',
    /** Public-complaint risk, apart from the frustration level (issue 16). */
    complaint: 'Complaint risk',
  },
  /**
   * The shopper's earlier chats on the card (issue 16). Counted phrases are plural forms chosen
   * with Intl.PluralRules in `locale`: `=N` for an exact number (English "twice"), else the
   * CLDR category (`one`, `other`…); `{n}`, `{total}` and `{about}` are filled in.
   */
  history: {
    locale: 'en',
    title: 'Earlier chats',
    titleDevice: 'Earlier chats on this device',
    loading: 'Loading earlier chats…',
    failed: 'Earlier chats could not be loaded.',
    first: 'First chat with the store',
    firstDevice: 'First chat on this device',
    /** When more chats were had than the card lists. */
    latest: (n: number, total: number) => `Latest ${n} of ${total}`,
    chats: { one: '{n} chat', other: '{n} chats' },
    upset: { '=1': 'upset once', '=2': 'upset twice', other: 'upset {n} times' },
    upsetAbout: { '=1': 'upset once about {about}', '=2': 'upset twice about {about}', other: 'upset {n} times about {about}' },
    leftHappyAll: { '=1': 'left happy', other: 'left happy each time' },
    leftHappySome: { one: 'left happy {n} of {total} time', other: 'left happy {n} of {total} times' },
    leftHappyNone: { '=1': "didn't leave happy", other: 'never left happy' },
    /** The parts in order: "3 chats, upset twice about delivery, left happy each time". */
    summary: (parts: readonly string[]) => parts.join(', '),
    /** What the upset chats were about, as the summary says it. */
    about: {
      order: 'delivery',
      product: 'a product',
      returns: 'returns',
      payment: 'payment',
      treatment: 'how they were treated',
      unreachable: 'not reaching anyone',
      experience: 'the overall experience',
    } as Record<string, string>,
    /** One earlier chat, read out: "12 Nov 2026: from upset to good". */
    moods: (date: string, from: string, to: string) => `${date}: from ${from} to ${to}`,
    noMood: 'no answer',
    resolved: { yes: 'Resolved', partly: 'Partly resolved', no: 'Not resolved' },
  },
  /** Live alerts for managers, admins and owners (issue 16). */
  alerts: {
    title: 'Alerts',
    complaint: (who: string, detail: string) =>
      detail ? `${who} threatens a public complaint: mentions ${detail}.` : `${who} threatens a public complaint.`,
    open: 'Open conversation',
    dismiss: 'Dismiss',
    dismissLabel: (who: string) => `Dismiss the alert about ${who}`,
  },
  checkIn: {
    button: 'Check in',
    pendingHint: "A check-in is waiting for the shopper's answer.",
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
    language: { en: 'English', th: 'Thai', fil: 'Filipino', lo: 'Lao' },
  },
  time: {
    justNow: 'just now',
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
    loadOlder: 'Load earlier messages',
    loadingOlder: 'Loading earlier messages…',
    quickReplies: 'Quick replies offered',
    deleteShopper: "Delete shopper's data",
    deleteConfirm: 'Delete everything this shopper said and answered? This cannot be undone.',
    deleteYes: 'Delete',
    deleteCancel: 'Cancel',
    deleting: 'Deleting…',
    deleted: 'Deleted.',
    deleteFailed: {
      not_found: "This shopper's data was not found. It may already have been deleted.",
      unauthorized: 'Nothing was deleted: your session may have ended. Sign in again.',
      network: 'Nothing was deleted: cannot reach the server. Try again.',
      server: 'Nothing was deleted: something went wrong on the server. Try again.',
    },
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
