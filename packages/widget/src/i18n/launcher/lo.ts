// The launcher's words in this language (decision 010); ../lo.ts spreads them.
import type { LauncherWords } from '../en.ts'

export const lo: LauncherWords = {
  'launcher.open': 'ເປີດແຊັດ',
  'launcher.close': 'ປິດແຊັດ',
  'launcher.unread': { other: 'ມີ {count} ຂໍ້ຄວາມທີ່ຍັງບໍ່ໄດ້ອ່ານ' },
  'title.flash': { other: '({count}) ຂໍ້ຄວາມໃໝ່ — {title}' },
}

/** This language's whole catalog, fetched with the panel: the launcher names one chunk per language, not two (decision 010). */
export const catalog = () => import('../lo.ts')
