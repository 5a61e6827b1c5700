import type { ErasureMessages } from '../en-erasure.ts'

/** "Delete shopper's data", and the notice of a shopper erased, in Lao. */
export const erasure: ErasureMessages = {
  deleteShopper: 'ລຶບຂໍ້ມູນລູກຄ້າ',
  deleteConfirm: 'ລຶບທຸກຢ່າງທີ່ລູກຄ້າຄົນນີ້ພິມ ແລະ ຕອບໄວ້ບໍ ເອົາຄືນບໍ່ໄດ້',
  deleteYes: 'ລຶບ',
  deleteCancel: 'ຍົກເລີກ',
  deleting: 'ກຳລັງລຶບ…',
  deleteFailed: {
    not_found: 'ບໍ່ພົບຂໍ້ມູນຂອງລູກຄ້າຄົນນີ້ ອາດຖືກລຶບໄປແລ້ວ',
    unauthorized: 'ຍັງບໍ່ໄດ້ລຶບຫຍັງ ອາດໝົດເວລາເຂົ້າສູ່ລະບົບແລ້ວ ເຂົ້າສູ່ລະບົບໃໝ່ອີກເທື່ອໜຶ່ງ',
    network: 'ຍັງບໍ່ໄດ້ລຶບຫຍັງ ເຊື່ອມຕໍ່ເຊີບເວີບໍ່ໄດ້ ລອງໃໝ່',
    server: 'ຍັງບໍ່ໄດ້ລຶບຫຍັງ ເຊີບເວີມີບັນຫາ ລອງໃໝ່',
  },
  erased: 'ຂໍ້ມູນຂອງລູກຄ້າຄົນນີ້ຖືກລຶບແລ້ວ',
  erasedDetail: 'ແຊັດນີ້ຖືກລຶບອອກຈາກກ່ອງຂໍ້ຄວາມແລ້ວ ລວມທັງຂໍ້ຄວາມຕອບທີ່ເຈົ້າຍັງບໍ່ໄດ້ສົ່ງນຳ',
}
