import type { TeamMessages } from '../en-team.ts'

/** Presence and assignment in Thai. */
export const team: TeamMessages = {
  views: {
    label: 'แสดงแชท',
    mine: 'ของฉัน',
    unassigned: 'ยังไม่มีคนรับ',
    all: 'ทั้งหมด',
    count: (n: number) => `${n}`,
  },
  status: {
    label: 'สถานะ',
    online: 'ออนไลน์',
    away: 'ไม่อยู่',
    offline: 'ออฟไลน์',
    idle: 'ไม่อยู่ (ไม่ได้ใช้งานสักพัก)',
  },
  team: {
    title: 'ทีมตอนนี้',
    you: (name: string) => `${name} (คุณ)`,
    nobody: 'ยังไม่มีคนอื่นออนไลน์',
  },
  assignee: {
    none: 'ยังไม่มีคนรับ',
    to: (name: string) => `${name} ดูแลอยู่`,
    you: 'คุณดูแลอยู่',
  },
  take: 'รับแชทนี้',
  takeWhich: (label: string) => `รับแชท ${label}`,
  assign: 'มอบหมาย',
  transfer: 'ส่งต่อ',
  to: 'ให้',
  choose: 'เลือกคนในทีม',
  note: 'ฝากโน้ตถึงเขา',
  noteHint: 'โน้ตนี้เห็นแค่คนในทีม ลูกค้าไม่เห็น',
  cancel: 'ยกเลิก',
  noteFrom: (by: string) => `โน้ตจาก ${by}`,
  done: (name: string) => `ตอนนี้ ${name} ดูแลแชทนี้แล้ว`,
  taken: 'มีคนรับแชทนี้ไปก่อนแล้ว',
  notYours: 'แชทนี้ไม่ได้อยู่กับคุณแล้ว ส่งต่อไม่ได้',
  failed: 'ทำไม่สำเร็จ ลองอีกครั้งนะ',
  settings: {
    title: 'การแบ่งแชท',
    mode: 'แชทใหม่',
    auto: 'แบ่งให้พนักงานที่ออนไลน์อยู่ทีละคนตามคิว',
    autoHint: 'ลูกค้าที่กำลังไม่พอใจจะไปหาคนที่มีแชทค้างน้อยที่สุดก่อน',
    manual: 'ให้รอในช่อง "ยังไม่มีคนรับ" จนกว่าจะมีคนกดรับ',
    limit: 'จำนวนแชทที่เปิดค้างได้ต่อคน',
    limitHint: 'ถ้าใครมีแชทค้างครบจำนวนนี้แล้ว จะยังไม่ได้แชทใหม่จนกว่าจะปิดไปสักแชท',
    save: 'บันทึกการแบ่งแชท',
    saved: 'บันทึกการแบ่งแชทแล้ว',
  },
}
