import type { Widen } from './widen.ts'

/**
 * "Delete shopper's data" (managers and up) and the notice that replaces a conversation whose
 * shopper was erased, in English; its words travel with the chunk that brings the button after
 * the first screen (components/care/lazy.ts).
 */
export const enErasure = {
  deleteShopper: "Delete shopper's data",
  deleteConfirm: 'Delete everything this shopper said and answered? This cannot be undone.',
  deleteYes: 'Delete',
  deleteCancel: 'Cancel',
  deleting: 'Deleting…',
  deleteFailed: {
    not_found: "This shopper's data was not found. It may already have been deleted.",
    unauthorized: 'Nothing was deleted: your session may have ended. Sign in again.',
    network: 'Nothing was deleted: cannot reach the server. Try again.',
    server: 'Nothing was deleted: something went wrong on the server. Try again.',
  },
  // In place of a conversation that was open when its shopper was erased, here or elsewhere.
  erased: "This shopper's data was erased.",
  erasedDetail: 'Their conversation is gone from the inbox, and so is any reply you had not sent.',
} as const

export type ErasureMessages = Widen<typeof enErasure>
