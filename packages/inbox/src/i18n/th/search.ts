import type { SearchMessages } from '../en-search.ts'

/** Conversation search and the "Resolved" list in Thai. */
export const search: SearchMessages = {
  locale: 'th',
  label: 'ค้นหาแชท',
  placeholder: 'คำในแชท ชื่อ อีเมล หรือเลขออเดอร์',
  searching: 'กำลังค้นหา…',
  none: 'ไม่พบแชทที่ตรงกัน',
  found: (n: number) => `พบ ${n} แชท`,
  foundMore: (n: number) => `พบมากกว่า ${n} แชท ลองเพิ่มคำค้นให้แคบลง`,
  failed: 'ค้นหาไม่สำเร็จ ตรวจสอบอินเทอร์เน็ตแล้วลองใหม่',
  retry: 'ลองใหม่',
  tooLong: (max: number) => `คำค้นยาวได้ไม่เกิน ${max} ตัวอักษร ลองตัดให้สั้นลง`,
  results: 'ผลการค้นหา',
  status: { open: 'ยังเปิดอยู่', resolved: 'ปิดแล้ว' },
  matched: { name: 'ชื่อลูกค้าตรงกัน', email: 'อีเมลลูกค้าตรงกัน', order: 'เลขออเดอร์ของลูกค้าตรงกัน' },
  resolvedTitle: 'แชทที่ปิดแล้ว',
  resolvedEmpty: 'ยังไม่มีแชทที่ปิดแล้ว',
  resolvedLoading: 'กำลังโหลดแชทที่ปิดแล้ว…',
  loaded: (n: number) => `แสดงแชทที่ปิดแล้ว ${n} รายการ`,
  loadMore: 'โหลดเพิ่ม',
  loadingMore: 'กำลังโหลด…',
}
