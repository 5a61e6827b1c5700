/**
 * Private notes and tags (issue 14), in English; they travel with the notes chunk that follows
 * the first screen, never with the first screen itself.
 */
export const enNotes = {
  /** The reply box's switch; tests and screen-reader users rely on this exact name. */
  switch: 'Private note',
  /** The note box's label, where the reply box's says "Reply". */
  noteLabel: 'Note for your team',
  /** Under it while the switch is on. */
  onlyTeam: 'Only your team sees this',
  notePlaceholder: 'Write a note for your team…',
  /** The note in the timeline: the words say it is private, not the colour alone. */
  noteBy: (name: string) => `Private note · ${name}`,
  added: 'Note added. Only your team sees it.',
  notSaved: 'The note was not saved; it is still in the box. Check your connection and try again.',
  loadFailed: 'Private notes could not be loaded. Reload the page to try again.',
  tags: 'Tags',
  noTags: 'No tags yet.',
  addTag: 'Add a tag',
  addTagHint: 'Type a tag and press Enter; a new one is added to the store’s tags.',
  add: 'Add',
  removeTag: (tag: string) => `Remove tag ${tag}`,
  tagAdded: (tag: string) => `Tag ${tag} added.`,
  tagRemoved: (tag: string) => `Tag ${tag} removed.`,
  tooMany: (max: number) => `A conversation has at most ${max} tags.`,
  tooLong: (max: number) => `A tag is at most ${max} characters.`,
  tagsNotSaved: 'The tags were not saved. Check your connection and try again.',
  /** The conversation list's filter. */
  filter: 'Tag',
  allTags: 'All tags',
  /** Read before a row's tags, so they are not mistaken for its preview. */
  rowTags: (tags: string) => `Tags: ${tags}`,
  /**
   * In the timeline, in place of "Not sent" beside "Send again": why the server refused a reply
   * for good, by core's error code (`bad_frame` also stands for `frame_too_large`, `other` for the
   * rest). With this chunk, not the first screen: its budget has no room for them.
   */
  notSent: {
    closed: 'Not sent: the conversation was resolved.',
    not_found: 'Not sent: this conversation may now be someone else’s, or an attached file was removed.',
    forbidden: 'Not sent: your role in this store may not reply to shoppers.',
    bad_frame: 'Not sent: the reply is too long, or has too many files or quick replies.',
    other: 'Not sent: something went wrong on the server.',
  },
}

export type NotesMessages = typeof enNotes
