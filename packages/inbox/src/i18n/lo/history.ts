import type { HistoryMessages } from '../en-history.ts'

/** The card's earlier chats and the managers' alerts in Lao (Lao has one plural form: `other`). */
export const history: HistoryMessages = {
  history: {
    locale: 'lo',
    title: 'ແຊັດກ່ອນໜ້າ',
    titleDevice: 'ແຊັດກ່ອນໜ້າໃນອຸປະກອນນີ້',
    loading: 'ກຳລັງໂຫຼດແຊັດກ່ອນໜ້າ…',
    failed: 'ໂຫຼດແຊັດກ່ອນໜ້າບໍ່ໄດ້',
    first: 'ແຊັດກັບຮ້ານເທື່ອທຳອິດ',
    firstDevice: 'ແຊັດເທື່ອທຳອິດໃນອຸປະກອນນີ້',
    latest: (n: number, total: number) => `ລ່າສຸດ ${n} ຈາກ ${total}`,
    chats: { other: '{n} ແຊັດ' },
    upset: { '=1': 'ບໍ່ພໍໃຈເທື່ອໜຶ່ງ', other: 'ບໍ່ພໍໃຈ {n} ເທື່ອ' },
    upsetAbout: { '=1': 'ບໍ່ພໍໃຈເລື່ອງ{about}ເທື່ອໜຶ່ງ', other: 'ບໍ່ພໍໃຈເລື່ອງ{about} {n} ເທື່ອ' },
    leftHappyAll: { '=1': 'ຈົບແບບພໍໃຈ', other: 'ຈົບແບບພໍໃຈທຸກເທື່ອ' },
    leftHappySome: { other: 'ຈົບແບບພໍໃຈ {n} ຈາກ {total} ເທື່ອ' },
    leftHappyNone: { '=1': 'ຈົບແບບບໍ່ພໍໃຈ', other: 'ບໍ່ເຄີຍຈົບແບບພໍໃຈ' },
    summary: (parts: readonly string[]) => parts.join(', '),
    about: {
      order: 'ການຈັດສົ່ງ',
      product: 'ສິນຄ້າ',
      returns: 'ການສົ່ງຄືນ',
      payment: 'ການຈ່າຍເງິນ',
      treatment: 'ການບໍລິການ',
      unreachable: 'ຕິດຕໍ່ໃຜບໍ່ໄດ້',
      experience: 'ປະສົບການໂດຍລວມ',
    },
    moods: (date: string, from: string, to: string) => `${date}: ຈາກ${from}ເປັນ${to}`,
    noMood: 'ບໍ່ໄດ້ຕອບ',
    resolved: { yes: 'ແກ້ໄຂແລ້ວ', partly: 'ແກ້ໄຂໄດ້ບາງສ່ວນ', no: 'ຍັງບໍ່ໄດ້ແກ້ໄຂ' },
  },
  alerts: {
    title: 'ການແຈ້ງເຕືອນ',
    complaint: (who: string, detail: string) => (detail ? `${who} ຂູ່ວ່າຈະຮ້ອງຮຽນຕໍ່ສາທາລະນະ: ເວົ້າເຖິງ “${detail}”` : `${who} ຂູ່ວ່າຈະຮ້ອງຮຽນຕໍ່ສາທາລະນະ`),
    open: 'ເປີດແຊັດ',
    dismiss: 'ປິດການແຈ້ງເຕືອນ',
    dismissLabel: (who: string) => `ປິດການແຈ້ງເຕືອນກ່ຽວກັບ ${who}`,
  },
}
