import type { ToldUsWords } from './en.ts'

export const lo: ToldUsWords = {
  label: 'ຄຳຕິຊົມຂອງທ່ານ',
  text: 'ທ່ານເຄີຍບອກພວກເຮົາວ່າ “{comment}”. ສິ່ງທີ່ພວກເຮົາໄດ້ເຮັດ: {note}',
  dismiss: 'ຮັບຊາບແລ້ວ',
}
