import type { ErasureMessages } from '../en-erasure.ts'

/** "Delete shopper's data", and the notice of a shopper erased, in Thai. */
export const erasure: ErasureMessages = {
  deleteShopper: 'ลบข้อมูลลูกค้า',
  deleteConfirm: 'ลบทุกอย่างที่ลูกค้าคนนี้พิมพ์และตอบไว้ใช่ไหม ย้อนกลับไม่ได้',
  deleteYes: 'ลบ',
  deleteCancel: 'ยกเลิก',
  deleting: 'กำลังลบ…',
  deleteFailed: {
    not_found: 'ไม่พบข้อมูลของลูกค้าคนนี้ อาจถูกลบไปแล้ว',
    unauthorized: 'ยังไม่ได้ลบอะไร การเข้าสู่ระบบอาจหมดเวลาแล้ว เข้าสู่ระบบใหม่อีกครั้ง',
    network: 'ยังไม่ได้ลบอะไร เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ ลองใหม่',
    server: 'ยังไม่ได้ลบอะไร เซิร์ฟเวอร์มีปัญหา ลองใหม่',
  },
  erased: 'ข้อมูลของลูกค้าคนนี้ถูกลบแล้ว',
  erasedDetail: 'แชทนี้ถูกลบออกจากกล่องข้อความแล้ว รวมถึงข้อความตอบที่คุณยังไม่ได้ส่งด้วย',
}
