/**
 * Presence and assignment's words (issue 14), in English; they travel with the assignment chunk
 * that follows the first screen.
 */
export const enTeam = {
  views: {
    label: 'Which conversations',
    mine: 'Mine',
    unassigned: 'Unassigned',
    all: 'All',
    resolved: 'Resolved',
    /** Said after the view's name: how many it shows. */
    count: (n: number) => `${n}`,
  },
  status: {
    label: 'Status',
    online: 'Online',
    away: 'Away',
    offline: 'Offline',
    /** Beside the menu while the inbox reported itself idle. */
    idle: 'Away while idle',
    /** The server did not take the change: the menu shows the status as it still is. */
    notChanged: 'Your status was not changed. Try again.',
  },
  team: {
    title: 'Team now',
    you: (name: string) => `${name} (you)`,
    nobody: 'Nobody else is online.',
  },
  assignee: {
    none: 'Unassigned',
    to: (name: string) => `Assigned to ${name}`,
    you: 'Assigned to you',
  },
  take: 'Take',
  /** The accessible name of a row's Take button: which conversation. */
  takeWhich: (label: string) => `Take ${label}`,
  assign: 'Assign',
  transfer: 'Transfer',
  to: 'To',
  choose: 'Choose someone',
  note: 'Note for them',
  noteHint: 'Only your team sees this note; the shopper never does.',
  cancel: 'Cancel',
  noteFrom: (by: string) => `Note from ${by}`,
  done: (name: string) => `Assigned to ${name}.`,
  taken: 'Someone else took this conversation first.',
  notYours: 'This conversation is no longer yours to transfer.',
  failed: 'That did not work. Try again.',
  settings: {
    title: 'Assignment',
    mode: 'New conversations',
    auto: 'Hand them out to the agents online, in turn',
    autoHint: 'An upset shopper goes first to the agent with the fewest open conversations.',
    manual: 'Let them wait in Unassigned until someone takes them',
    limit: 'Open conversations per agent',
    limitHint: 'An agent at this many gets no new ones until one is resolved.',
    save: 'Save assignment',
    saved: 'Assignment saved.',
  },
}

export type TeamMessages = typeof enTeam
