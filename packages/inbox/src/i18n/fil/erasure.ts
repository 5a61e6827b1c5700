import type { ErasureMessages } from '../en-erasure.ts'

/** "Delete shopper's data", and the notice of a shopper erased, in Filipino. */
export const erasure: ErasureMessages = {
  deleteShopper: 'I-delete ang data ng customer',
  deleteConfirm: 'Buburahin ang lahat ng sinabi at isinagot ng customer na ito? Hindi na ito maibabalik.',
  deleteYes: 'I-delete',
  deleteCancel: 'Cancel',
  deleting: 'Dine-delete…',
  deleteFailed: {
    not_found: 'Hindi makita ang data ng customer na ito. Baka na-delete na.',
    unauthorized: 'Walang na-delete: baka tapos na ang session mo. Mag-sign in ulit.',
    network: 'Walang na-delete: hindi maabot ang server. Subukan ulit.',
    server: 'Walang na-delete: may problema sa server. Subukan ulit.',
  },
  erased: 'Na-delete na ang data ng customer na ito.',
  erasedDetail: 'Wala na sa inbox ang chat niya, pati ang reply mong hindi pa na-send.',
}
