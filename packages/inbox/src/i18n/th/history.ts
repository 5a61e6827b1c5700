import type { HistoryMessages } from '../en-history.ts'

/** The card's earlier chats and the managers' alerts in Thai (Thai has one plural form: `other`). */
export const history: HistoryMessages = {
  history: {
    locale: 'th',
    title: 'แชทก่อนหน้า',
    titleDevice: 'แชทก่อนหน้าบนอุปกรณ์นี้',
    loading: 'กำลังโหลดแชทก่อนหน้า…',
    failed: 'โหลดแชทก่อนหน้าไม่ได้',
    first: 'แชทกับร้านครั้งแรก',
    firstDevice: 'แชทครั้งแรกบนอุปกรณ์นี้',
    latest: (n: number, total: number) => `ล่าสุด ${n} จาก ${total}`,
    chats: { other: '{n} แชท' },
    upset: { '=1': 'ไม่พอใจหนึ่งครั้ง', other: 'ไม่พอใจ {n} ครั้ง' },
    upsetAbout: { '=1': 'ไม่พอใจเรื่อง{about}หนึ่งครั้ง', other: 'ไม่พอใจเรื่อง{about} {n} ครั้ง' },
    leftHappyAll: { '=1': 'จบแบบพอใจ', other: 'จบแบบพอใจทุกครั้ง' },
    leftHappySome: { other: 'จบแบบพอใจ {n} จาก {total} ครั้ง' },
    leftHappyNone: { '=1': 'จบแบบไม่พอใจ', other: 'ไม่เคยจบแบบพอใจ' },
    summary: (parts: readonly string[]) => parts.join(', '),
    about: {
      order: 'การจัดส่ง',
      product: 'สินค้า',
      returns: 'การคืนสินค้า',
      payment: 'การชำระเงิน',
      treatment: 'การบริการ',
      unreachable: 'ติดต่อใครไม่ได้',
      experience: 'ประสบการณ์โดยรวม',
    },
    moods: (date: string, from: string, to: string) => `${date}: จาก${from}เป็น${to}`,
    noMood: 'ไม่ได้ตอบ',
    resolved: { yes: 'แก้ไขแล้ว', partly: 'แก้ไขได้บางส่วน', no: 'ยังไม่ได้แก้ไข' },
  },
  alerts: {
    title: 'การแจ้งเตือน',
    complaint: (who: string, detail: string) => (detail ? `${who} ขู่จะร้องเรียนต่อสาธารณะ: พูดถึง “${detail}”` : `${who} ขู่จะร้องเรียนต่อสาธารณะ`),
    open: 'เปิดแชท',
    dismiss: 'ปิดการแจ้งเตือน',
    dismissLabel: (who: string) => `ปิดการแจ้งเตือนเรื่อง ${who}`,
  },
}
