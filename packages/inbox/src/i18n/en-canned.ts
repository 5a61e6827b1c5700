/**
 * Canned replies' words (issue 14), in English: the "Canned replies" page and the reply box's
 * `/shortcut` list. They travel with those chunks, never with the first screen.
 */
export const enCanned = {
  title: 'Canned replies',
  hint: 'Answers your team gives often. In the reply box, type / and the shortcut to insert one in the shopper’s language, ready to edit before sending.',
  placeholdersHint:
    'In a text, {shopper_name}, {agent_name} and {store_name} are filled in when the reply is inserted. Without a name, it is left out.',
  quickRepliesNote: 'Quick replies are different: the buttons under one message that a shopper taps to answer.',
  none: 'No canned replies yet.',
  add: 'Add a canned reply',
  edit: 'Edit',
  remove: 'Delete',
  /** Read after the visible "Edit" or "Delete": which reply. */
  which: (shortcut: string) => ` /${shortcut}`,
  /** How many languages a reply is written in, on its row. */
  languageCount: (n: number) => (n === 1 ? '1 language' : `${n} languages`),
  confirm: {
    question: (shortcut: string) => `Delete /${shortcut}? Your team can no longer insert it.`,
    yes: 'Delete',
  },
  form: {
    addTitle: 'New canned reply',
    editTitle: (shortcut: string) => `Edit /${shortcut}`,
    title: 'Title',
    titleHint: 'What the team sees in the list, e.g. Refund policy.',
    shortcut: 'Shortcut',
    shortcutHint: 'Typed after / in the reply box: lowercase letters, digits and dashes, e.g. refund.',
    language: 'Main language',
    languageHint: 'Inserted when the shopper’s language has no text of its own.',
    text: (language: string) => `Text in ${language}`,
    translations: 'Texts in other languages (optional)',
    save: 'Save canned reply',
    cancel: 'Cancel',
  },
  problems: {
    titleMissing: 'Give the reply a title.',
    titleTooLong: (max: number) => `A title is at most ${max} characters.`,
    shortcutMissing: 'Give the reply a shortcut.',
    shortcutInvalid: 'Use only lowercase letters, digits and dashes, like refund-policy.',
    shortcutTooLong: (max: number) => `A shortcut is at most ${max} characters.`,
    shortcutTaken: (shortcut: string) => `/${shortcut} is already used by another canned reply.`,
    textMissing: (language: string) => `Write the reply in ${language}.`,
    textTooLong: (max: number) => `At most ${max} characters.`,
    unknownPlaceholder: (names: string) => `${names} cannot be filled in. Use {shopper_name}, {agent_name} or {store_name}.`,
  },
  saving: 'Saving…',
  /** An add refused: the store keeps as many as it may (MAX_CANNED_REPLIES). */
  full: (max: number) => `Not added: a store keeps at most ${max} canned replies. Delete one to add another.`,
  added: (shortcut: string) => `Canned reply /${shortcut} added.`,
  saved: (shortcut: string) => `Canned reply /${shortcut} saved.`,
  removed: (shortcut: string) => `Deleted /${shortcut}.`,
  picker: {
    /** The list's name. */
    label: 'Canned replies',
    /** Said politely as the list opens and narrows. */
    count: (n: number) =>
      n === 0
        ? 'No canned reply matches.'
        : `${n === 1 ? '1 canned reply' : `${n} canned replies`}. Up and Down to choose, Enter to insert, Escape to close.`,
    loading: 'Loading canned replies…',
    failed: 'Canned replies could not be loaded.',
    /** Said once a reply is in the box. */
    inserted: (title: string) => `Inserted “${title}”. Edit it, then send.`,
  },
}

export type CannedMessages = typeof enCanned
