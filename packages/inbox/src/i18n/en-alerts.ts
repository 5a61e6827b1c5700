/**
 * The inbox's alerts and keyboard shortcuts (issue 14), in English; they travel with their own
 * chunk (components/attention), never with the first screen.
 */
export const enAlerts = {
  /** A desktop notification's title, naming the conversation as the list does. */
  notification: {
    new_conversation: (who: string) => `New conversation: ${who}`,
    message: (who: string) => `${who} wrote`,
    not_yet: (who: string) => `${who} doesn’t feel understood yet`,
    /** The body of a "Not yet" notification. */
    notYetBody: 'They answered “Not yet” to “Do you feel we understand what you need?”',
    /** The body when the shopper sent a file without words. */
    file: (name: string) => `Sent a file: ${name}`,
  },
  settings: {
    title: 'Alerts',
    hint: 'You are alerted to a new conversation, to a shopper writing in a conversation of yours, and to a “Not yet” answer.',
    sound: 'Play a sound with each alert',
    soundHint: 'A short tone, in this browser. Your choice follows you to every device.',
    save: 'Save alerts',
    saved: 'Alerts saved.',
  },
  desktop: {
    turnOn: 'Turn on desktop notifications',
    /** Said while the browser asks the person. */
    asking: 'Your browser is asking whether to allow notifications.',
    granted: 'Desktop notifications are on: they show while you are not looking at the inbox’s tab.',
    denied:
      'Your browser blocks notifications from the inbox. To allow them, open the site settings (the icon left of the address bar), set Notifications to Allow, then reload the page.',
    unsupported: 'This browser cannot show desktop notifications. The tab title and the sound still tell you.',
  },
  shortcuts: {
    button: 'Keyboard shortcuts',
    title: 'Keyboard shortcuts',
    hint: 'They work whenever you are not typing in a box, on any keyboard layout.',
    key: 'Key',
    action: 'Does',
    close: 'Close',
    actions: {
      next: 'Open the next waiting conversation',
      previous: 'Open the previous waiting conversation',
      reply: 'Go to the reply box',
      resolve: 'Resolve the open conversation',
      search: 'Search conversations',
      help: 'Show this list',
      leave: 'Leave the reply box or the search box',
    },
    /** Said when "next waiting" finds nothing. */
    noneWaiting: 'No other conversation is waiting.',
    /** Said when there is no open conversation to act on. */
    noneOpen: 'Open a conversation first.',
  },
}

export type AlertMessages = typeof enAlerts
