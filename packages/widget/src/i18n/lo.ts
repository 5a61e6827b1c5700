import { laoDateFiguresFormat } from '@attune/core'
import type { I18n } from '../ui/types.ts'
import type { Catalog } from './en.ts'
import { lo as launcher } from './launcher/lo.ts'

// Lao as a shop speaks to customers: ທ່ານ for the shopper, the deferential ເຈົ້າ closing apologies,
// thanks and requests, ເດີ to reassure; questions end in ບໍ່. Lao runs clauses on with a space,
// without English full stops, dashes or semicolons.
// The catalog brings Lao's dates too (`dates`, in this chunk only): Chrome's ICU has none and
// would write "Sunday, December 6" and "7:50 AM" among these words.
export const lo: Catalog & Pick<I18n, 'dates'> = {
  ...launcher,
  'panel.title': 'ແຊັດກັບ {store}',
  'panel.titleFallback': 'ແຊັດກັບພວກເຮົາ',
  'panel.hide': 'ເຊື່ອງແຊັດ',
  'panel.endChat': 'ຈົບການແຊັດ',
  'panel.greeting': 'ສະບາຍດີເຈົ້າ ມີຫຍັງໃຫ້ຊ່ວຍບໍ່?',
  'log.label': 'ຂໍ້ຄວາມ',
  'author.you': 'ທ່ານ',
  'author.agent': 'ທີມງານ',
  'message.sending': 'ກຳລັງສົ່ງ…',
  'message.sent': 'ສົ່ງແລ້ວ',
  'message.delivered': 'ສົ່ງເຖິງແລ້ວ',
  'message.read': 'ອ່ານແລ້ວ',
  'message.failed': 'ສົ່ງບໍ່ສຳເລັດ',
  'message.retry': 'ລອງໃໝ່',
  'message.resolved': 'ເລື່ອງນີ້ຮຽບຮ້ອຍແລ້ວເຈົ້າ',
  'typing.agent': '{name} ກຳລັງພິມ…',
  'composer.label': 'ຂໍ້ຄວາມ',
  'composer.placeholder': 'ພິມຂໍ້ຄວາມ…',
  'composer.send': 'ສົ່ງ',
  'composer.hint': 'ກົດ Enter ເພື່ອສົ່ງ ກົດ Shift+Enter ເພື່ອຂຶ້ນແຖວໃໝ່',
  'composer.tooLong': 'ຂໍ້ຄວາມຍາວເກີນໄປ ສົ່ງບໍ່ໄດ້ເຈົ້າ',
  'status.offline': 'ຕອນນີ້ທ່ານອອບລາຍຢູ່ ພໍອອນລາຍແລ້ວ ຂໍ້ຄວາມຈະສົ່ງໃຫ້ເອງເຈົ້າ',

  'checkin.announce': 'ຂໍຖາມແດ່ເຈົ້າ {question}',
  'checkin.skip': 'ຂ້າມ',
  'checkin.never': 'ບໍ່ຕ້ອງຖາມອີກ',
  'checkin.next': 'ຕໍ່ໄປ',
  'checkin.send': 'ສົ່ງ',
  'checkin.before.question': 'ຕອນນີ້ທ່ານຮູ້ສຶກແນວໃດແດ່?',
  'checkin.before.why': 'ທີມງານຈະໄດ້ຊ່ວຍໄດ້ຖືກໃຈຂຶ້ນ',
  'mood.1': 'ບໍ່ດີເລີຍ',
  'mood.2': 'ບໍ່ຄ່ອຍດີ',
  'mood.3': 'ທຳມະດາ',
  'mood.4': 'ດີ',
  'mood.5': 'ດີຫຼາຍ',
  'checkin.reason.question': 'ເປັນຍ້ອນຫຍັງ?',
  'reason.treatment': 'ການດູແລທີ່ໄດ້ຮັບ',
  'reason.product': 'ສິນຄ້າ ຫຼື ບໍລິການ',
  'reason.unreachable': 'ຕິດຕໍ່ໃຜບໍ່ໄດ້ເລີຍ',
  'reason.experience': 'ປະສົບການໂດຍລວມ',
  'reason.other': 'ເລື່ອງອື່ນ',
  'checkin.topic.question': 'ກ່ຽວກັບເລື່ອງຫຍັງ?',
  'topic.order': 'ຄຳສັ່ງຊື້ ແລະ ການຈັດສົ່ງ',
  'topic.product': 'ສິນຄ້າ',
  'topic.returns': 'ການສົ່ງຄືນ ແລະ ການຄືນເງິນ',
  'topic.payment': 'ການຊຳລະເງິນ',
  'topic.other': 'ເລື່ອງອື່ນ',
  'checkin.thanks.before': 'ຂອບໃຈເຈົ້າທີ່ບອກ ມີຫຍັງໃຫ້ຊ່ວຍ ພິມມາໄດ້ເລີຍເດີ',

  'panel.online': 'ພວກເຮົາອອນລາຍຢູ່',
  'panel.away': 'ພວກເຮົາຈະຮີບຕອບໃຫ້ໄວທີ່ສຸດເຈົ້າ',
  'log.earlier': 'ໂຫຼດຂໍ້ຄວາມກ່ອນໜ້າ',
  'composer.attach': 'ແນບໄຟລ໌',
  'upload.drop': 'ວາງໄຟລ໌ໄວ້ບ່ອນນີ້ເພື່ອສົ່ງ',
  'quickReplies.label': 'ຄຳຕອບທີ່ແນະນຳ',
  'day.today': 'ມື້ນີ້',
  'day.yesterday': 'ມື້ວານ',
  dates: laoDateFiguresFormat,
}

/** The words this language's chats reach later (./later/en.ts says which): a chunk of their own. */
export const later = () => import('./later/lo.ts')
