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
  },
  header: {
    signOut: 'Sign out',
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
    waiting: (duration: string) => `Waiting ${duration}`,
    answered: 'Answered',
  },
  time: {
    justNow: 'just now',
    minutes: (n: number) => `${n} min`,
    hours: (n: number) => `${n} h`,
    days: (n: number) => `${n} d`,
  },
  conversation: {
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
    state: { sending: 'Sending…', sent: 'Sent', failed: 'Not sent' },
  },
  composer: {
    label: 'Reply',
    placeholder: 'Write a reply… (Enter to send, Shift+Enter for a new line)',
    send: 'Send',
  },
} as const

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> }

/** The shape every locale's catalog has; functions keep word order free per language. */
export type InboxMessages = Widen<typeof en>
