import type { SearchMessages } from '../en-search.ts'

/** Conversation search and the "Resolved" list in Lao. */
export const search: SearchMessages = {
  locale: 'lo',
  label: 'ຊອກຫາແຊັດ',
  placeholder: 'ຄຳໃນແຊັດ, ຊື່, ອີເມວ ຫຼື ເລກອໍເດີ',
  searching: 'ກຳລັງຊອກຫາ…',
  none: 'ບໍ່ພົບແຊັດທີ່ກົງກັນ',
  found: (n: number) => `ພົບ ${n} ແຊັດ`,
  foundMore: (n: number) => `ພົບຫຼາຍກວ່າ ${n} ແຊັດ ລອງເພີ່ມຄຳຄົ້ນຫາໃຫ້ແຄບລົງ`,
  failed: 'ຊອກຫາບໍ່ສຳເລັດ ກວດເບິ່ງອິນເຕີເນັດແລ້ວລອງໃໝ່',
  retry: 'ລອງໃໝ່',
  tooLong: (max: number) => `ຄຳຄົ້ນຫາຍາວໄດ້ບໍ່ເກີນ ${max} ຕົວອັກສອນ ລອງຕັດໃຫ້ສັ້ນລົງ`,
  results: 'ຜົນການຊອກຫາ',
  status: { open: 'ຍັງເປີດຢູ່', resolved: 'ປິດແລ້ວ' },
  matched: { name: 'ຊື່ລູກຄ້າກົງກັນ', email: 'ອີເມວລູກຄ້າກົງກັນ', order: 'ເລກອໍເດີຂອງລູກຄ້າກົງກັນ' },
  resolvedTitle: 'ແຊັດທີ່ປິດແລ້ວ',
  resolvedEmpty: 'ຍັງບໍ່ມີແຊັດທີ່ປິດແລ້ວ',
  resolvedLoading: 'ກຳລັງໂຫຼດແຊັດທີ່ປິດແລ້ວ…',
  loaded: (n: number) => `ສະແດງແຊັດທີ່ປິດແລ້ວ ${n} ລາຍການ`,
  loadMore: 'ໂຫຼດເພີ່ມ',
  loadingMore: 'ກຳລັງໂຫຼດ…',
}
